import { api, ProblemError } from './client.ts';
import type { Problem, Session } from './types.ts';

/**
 * Posts a body the JSON client does not send (a multipart form, a file as it is) with the session's CSRF
 * token, and returns the JSON answer. A failure throws a {@link ProblemError}.
 */
export async function postBody<T = unknown>(
  path: string,
  body: BodyInit,
  headers: Record<string, string> = {},
): Promise<T> {
  const session = await api.request<Session>('/auth/session');
  const response = await fetch(`/api${path}`, {
    method: 'POST',
    body,
    credentials: 'same-origin',
    headers: {
      accept: 'application/json, application/problem+json',
      'x-csrf-token': session.csrfToken ?? '',
      ...headers,
    },
  });
  const answer = (await response.json().catch(() => null)) as unknown;
  if (!response.ok) {
    throw new ProblemError(
      (answer as Problem | null) ?? {
        type: 'about:blank',
        title: response.statusText,
        status: response.status,
      },
    );
  }
  return answer as T;
}

/** Sends a multipart form (see {@link postBody}). */
export const postForm = <T = unknown>(path: string, form: FormData): Promise<T> => postBody<T>(path, form);
