import { OpenAPIHono } from '@hono/zod-openapi';
import { ValidationError } from '@strata/core';
import type { AppEnv } from './env.ts';
import { ProblemSchema, zodIssues } from './problem.ts';

/**
 * A router whose request validation failures become 400 problem details listing each failing field.
 * Every module's routes are built on it.
 */
export function createRouter(): OpenAPIHono<AppEnv> {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (!result.success) {
        throw new ValidationError('The request is not valid.', zodIssues(result.target, result.error));
      }
    },
  });
}

/** Standard error responses to spread into a route's `responses`. */
export function problemResponses(...statuses: number[]) {
  const out: Record<
    number,
    { description: string; content: { 'application/problem+json': { schema: typeof ProblemSchema } } }
  > = {};
  const descriptions: Record<number, string> = {
    400: 'Invalid request (the failing fields are listed)',
    401: 'Not signed in',
    403: 'Signed in, but the role does not allow it',
    404: 'Not found',
    409: 'Conflict with the current state',
    413: 'Body too large',
    415: 'Unsupported file type',
    429: 'Too many requests',
  };
  for (const s of statuses) {
    out[s] = {
      description: descriptions[s] ?? 'Error',
      content: { 'application/problem+json': { schema: ProblemSchema } },
    };
  }
  return out;
}

/** The standard set for a write route. */
export const WRITE_PROBLEMS = [400, 401, 403] as const;
