import { ForbiddenError } from '@strata/core';
import { getCookie } from 'hono/cookie';
import { createMiddleware } from 'hono/factory';
import type { AppContext, AppEnv } from '../env.ts';

export const SESSION_COOKIE = 'strata_session';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Resolves the session cookie to an actor (null when absent or expired) and, for cookie-authenticated
 * writes, checks the CSRF token sent in `x-csrf-token` against the session's (synchroniser token).
 */
export function sessionMiddleware(ctx: AppContext) {
  return createMiddleware<AppEnv>(async (c, next) => {
    c.set('actor', null);
    c.set('csrfToken', null);
    const token = getCookie(c, SESSION_COOKIE);
    if (token) {
      const session = await ctx.platform.accounts.resolveSession(token);
      if (session) {
        c.set('actor', session.user);
        c.set('csrfToken', session.csrfToken);
        if (!SAFE_METHODS.has(c.req.method) && c.req.header('x-csrf-token') !== session.csrfToken) {
          throw new ForbiddenError(
            'Missing or wrong CSRF token: send the x-csrf-token header of your session.',
          );
        }
      }
    }
    await next();
  });
}
