import { useEffect, useState } from 'react';
import { api, ProblemError } from './client.ts';

export type ApiResult<T> =
  | { status: 'loading' }
  | { status: 'ok'; data: T }
  | { status: 'error'; error: ProblemError };

/** GETs an API path when the component mounts (or the path changes); aborts on unmount. */
export function useApi<T>(path: string): ApiResult<T> {
  const [result, setResult] = useState<ApiResult<T>>({ status: 'loading' });
  useEffect(() => {
    const controller = new AbortController();
    setResult({ status: 'loading' });
    api
      .request<T>(path, { signal: controller.signal })
      .then((data) => setResult({ status: 'ok', data }))
      .catch((error: unknown) => {
        if (controller.signal.aborted) return;
        const problem =
          error instanceof ProblemError
            ? error
            : new ProblemError({ type: 'about:blank', title: String(error), status: 0 });
        setResult({ status: 'error', error: problem });
      });
    return () => controller.abort();
  }, [path]);
  return result;
}
