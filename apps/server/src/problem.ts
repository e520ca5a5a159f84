import { type FieldIssue, StrataError } from '@strata/core';
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { Logger } from 'pino';
import { z } from 'zod';

/** RFC 9457 problem details, the body of every error response. */
export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  errors?: FieldIssue[];
  /** On a 500: the request id under which the server logged the error. */
  requestId?: string;
}

export const ProblemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    instance: z.string().optional(),
    errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
    requestId: z.string().optional(),
  })
  .meta({ id: 'Problem' });

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
};

/** Problem type URIs are relative: `/api/problems/<type>` answers with what the type means. */
export const PROBLEM_TYPE_BASE = '/api/problems/';

/** What each problem type means, served at its type URI. */
export const PROBLEM_TYPES: Record<string, string> = {
  validation:
    'The request or an uploaded file is not valid; `errors` lists each failing field with the reason.',
  'malformed-json': 'The request body is not valid JSON.',
  unauthenticated: 'The action needs a signed-in account: sign in at POST /api/auth/login.',
  forbidden:
    'The signed-in account may not do this (its role or binding does not allow it), or the CSRF token is missing.',
  'not-found': 'The resource or route does not exist.',
  conflict: 'The request conflicts with the current state (a duplicate, or a workflow step out of order).',
  'payload-too-large': 'The request body is larger than the server accepts (STRATA_MAX_BODY_BYTES).',
  'unsupported-media-type':
    'The uploaded file is not of an accepted type (checked from its content, not its name).',
  'rate-limited': 'Too many attempts; wait for the number of seconds in the Retry-After header.',
  'http-error': 'The HTTP request itself is not acceptable.',
  internal: 'An unexpected error on the server; it has been logged, and no internals are shown.',
};

export function problemResponse(
  c: Context,
  status: number,
  type: string,
  detail?: string,
  errors?: FieldIssue[],
  headers: Record<string, string> = {},
  requestId?: string,
): Response {
  const body: ProblemDetails = {
    type: `${PROBLEM_TYPE_BASE}${type}`,
    title: TITLES[status] ?? 'Error',
    status,
    ...(detail ? { detail } : {}),
    instance: c.req.path,
    ...(errors && errors.length > 0 ? { errors } : {}),
    ...(requestId ? { requestId } : {}),
  };
  return c.body(JSON.stringify(body), status as ContentfulStatusCode, {
    'content-type': 'application/problem+json',
    ...headers,
  });
}

/** PostgreSQL's SQLSTATE for a unique violation; both engines report it as `code`. */
const UNIQUE_VIOLATION = '23505';

/** The SQLSTATE of a database error, also when a library wrapped it as the `cause`. */
function sqlState(error: unknown): string | undefined {
  for (let e = error, depth = 0; e && typeof e === 'object' && depth < 3; depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code;
    e = (e as { cause?: unknown }).cause;
  }
  return undefined;
}

/**
 * Converts any thrown error to problem details. A unique violation anywhere is a 409 conflict;
 * unknown errors become a 500 without internals, carrying the request id under which the error and
 * its stack were logged (once, here).
 */
export function errorToProblem(c: Context, error: unknown, logger: Logger): Response {
  if (error instanceof StrataError) {
    const headers: Record<string, string> = {};
    if ('retryAfterSeconds' in error && typeof error.retryAfterSeconds === 'number') {
      headers['retry-after'] = String(error.retryAfterSeconds);
    }
    return problemResponse(c, error.status, error.type, error.message, error.detailFields, headers);
  }
  if (error instanceof SyntaxError && /JSON/i.test(error.message)) {
    return problemResponse(c, 400, 'malformed-json', 'The request body is not valid JSON.');
  }
  const status = (error as { status?: unknown })?.status;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    return problemResponse(c, status, 'http-error', (error as Error).message);
  }
  if (sqlState(error) === UNIQUE_VIOLATION) {
    return problemResponse(
      c,
      409,
      'conflict',
      'This would duplicate an existing record: the same name or key is already in use.',
    );
  }
  const requestId = c.get('requestId') as string | undefined;
  logger.error({ err: error, requestId, method: c.req.method, path: c.req.path }, 'unhandled error');
  return problemResponse(
    c,
    500,
    'internal',
    `Something went wrong on our side. It has been logged under request id ${requestId ?? 'unknown'}.`,
    undefined,
    {},
    requestId,
  );
}

/** zod issues → the `errors` list of a 400 problem, with the request part as path prefix. */
export function zodIssues(target: string, error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({
    path: [target, ...issue.path.map(String)].join('.'),
    message: issue.message,
  }));
}
