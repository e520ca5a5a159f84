import { useRef, useState } from 'react';
import { type ApiResult, useApi } from '../../api/useApi.ts';

/**
 * `useApi` that can be reloaded after a write and keeps showing the last loaded data meanwhile, so forms
 * on the page stay mounted (and keep their confirmation) while the data refreshes.
 */
export function useReloadable<T>(path: string): { result: ApiResult<T>; data: T | null; reload: () => void } {
  const [count, setCount] = useState(0);
  const separator = path.includes('?') ? '&' : '?';
  const result = useApi<T>(count ? `${path}${separator}r=${count}` : path);
  const last = useRef<{ path: string; data: T } | null>(null);
  if (result.status === 'ok') last.current = { path, data: result.data };
  const data = result.status === 'ok' ? result.data : last.current?.path === path ? last.current.data : null;
  return { result, data, reload: () => setCount((n) => n + 1) };
}
