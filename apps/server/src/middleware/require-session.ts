import { UnauthenticatedError } from '@strata/core';
import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../env.ts';

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * The only writes an anonymous request may reach, each public by design: signing in, completing a
 * password reset with its one-time token, first-run set-up with its one-time link, and signing out
 * (which only clears the cookie when there is no session). Everything else needs a session.
 */
export const PUBLIC_WRITES: readonly string[] = [
  'POST /api/auth/login',
  'POST /api/auth/logout',
  'POST /api/auth/reset',
  'POST /api/setup',
];

/** Whether `method path` is one of the public writes (a trailing slash does not matter). */
export function isPublicWrite(method: string, path: string): boolean {
  const normalised = path.length > 1 ? path.replace(/\/+$/, '') : path;
  return PUBLIC_WRITES.includes(`${method.toUpperCase()} ${normalised}`);
}

/**
 * Authentication before validation: an anonymous write answers 401 whatever its body, so the
 * request's fields are never checked (or echoed) for someone who may not write at all.
 * Runs after the session middleware, before any route's validator.
 */
export function requireSessionForWrites() {
  return createMiddleware<AppEnv>(async (c, next) => {
    if (WRITE_METHODS.has(c.req.method) && !c.get('actor') && !isPublicWrite(c.req.method, c.req.path)) {
      throw new UnauthenticatedError();
    }
    await next();
  });
}
