import { api, ProblemError } from './client.ts';
import type { Problem, Session } from './types.ts';

/**
 * Sends a multipart form with the session's CSRF token (the shared client speaks JSON only) and returns
 * the JSON answer. A failure throws a {@link ProblemError}.
 */
export async function postForm<T = unknown>(path: string, form: FormData): Promise<T> {
  const session = await api.request<Session>('/auth/session');
  const response = await fetch(`/api${path}`, {
    method: 'POST',
    body: form,
    credentials: 'same-origin',
    headers: {
      accept: 'application/json, application/problem+json',
      'x-csrf-token': session.csrfToken ?? '',
    },
  });
  const body = (await response.json().catch(() => null)) as unknown;
  if (!response.ok) {
    throw new ProblemError(
      (body as Problem | null) ?? {
        type: 'about:blank',
        title: response.statusText,
        status: response.status,
      },
    );
  }
  return body as T;
}
