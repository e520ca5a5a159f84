import { NETWORK_ERROR_STATUS, ProblemError } from '../api/client.ts';

export type SignInField = 'email' | 'password';

/** What the sign-in form shows for a failure: a summary message id and per-field server messages. */
export interface SignInErrorView {
  summaryId: string;
  fields: Partial<Record<SignInField, string>>;
}

/** The form field a problem's `errors[].path` names (`email`, `/email`, `body.email`), if any. */
function fieldOf(path: string): SignInField | null {
  const last = path.split(/[./]/).filter(Boolean).pop();
  return last === 'email' || last === 'password' ? last : null;
}

/**
 * Maps a failed `POST /api/auth/login` to what the form says: wrong credentials (401), too many attempts
 * (429), server unreachable, invalid fields (400/422, with the server's field messages), anything else.
 */
export function describeSignInError(error: unknown): SignInErrorView {
  if (!(error instanceof ProblemError)) return { summaryId: 'auth.error.unknown', fields: {} };
  if (error.status === 401) return { summaryId: 'auth.error.credentials', fields: {} };
  if (error.status === 429) return { summaryId: 'auth.error.tooMany', fields: {} };
  if (error.status === NETWORK_ERROR_STATUS) return { summaryId: 'auth.error.network', fields: {} };
  const fields: SignInErrorView['fields'] = {};
  for (const issue of error.errors ?? []) {
    const field = fieldOf(issue.path);
    if (field && !fields[field]) fields[field] = issue.message;
  }
  const invalid = error.status === 400 || error.status === 422;
  return { summaryId: invalid ? 'auth.error.fix' : 'auth.error.unknown', fields };
}
