import { createRoute, z } from '@hono/zod-openapi';
import { UnauthenticatedError } from '@strata/core';
import { presentUser, type SessionGrant } from '@strata/platform';
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { AppContext } from '../env.ts';
import { SESSION_COOKIE } from '../middleware/session.ts';
import { clientAddress } from '../request-info.ts';
import { createRouter, problemResponses } from '../router.ts';

export const UserSchema = z
  .object({
    id: z.string().uuid(),
    email: z.string(),
    role: z.enum(['secretariat', 'co_chair', 'focal_point', 'observer_contact', 'operator', 'reviewer']),
    countryIso3: z.string().nullable(),
    organisationId: z.string().nullable(),
    companyId: z.string().nullable(),
    displayName: z.string().nullable(),
  })
  .meta({ id: 'User' });

export const SessionSchema = z
  .object({ user: UserSchema.nullable(), csrfToken: z.string().nullable() })
  .meta({ id: 'Session' });

const login = createRoute({
  method: 'post',
  path: '/login',
  tags: ['Accounts'],
  summary: 'Sign in with e-mail and password; sets an httpOnly session cookie',
  request: {
    body: {
      required: true,
      content: {
        'application/json': {
          schema: z.object({ email: z.string().min(3).max(320), password: z.string().min(1).max(1024) }),
        },
      },
    },
  },
  responses: {
    200: { description: 'Signed in', content: { 'application/json': { schema: SessionSchema } } },
    ...problemResponses(400, 401, 429),
  },
});

const logout = createRoute({
  method: 'post',
  path: '/logout',
  tags: ['Accounts'],
  summary: 'Sign out (needs the x-csrf-token header)',
  responses: { 204: { description: 'Signed out' }, ...problemResponses(403) },
});

const session = createRoute({
  method: 'get',
  path: '/session',
  tags: ['Accounts'],
  summary: 'The signed-in account and its CSRF token, or nulls',
  responses: { 200: { description: 'Session', content: { 'application/json': { schema: SessionSchema } } } },
});

const NewPassword = z.string().min(1).max(1024);

const changePassword = createRoute({
  method: 'post',
  path: '/password',
  tags: ['Accounts'],
  summary: 'Change your password (needs the current one); your other sessions end',
  request: {
    body: {
      required: true,
      content: {
        'application/json': {
          schema: z.object({ currentPassword: z.string().min(1).max(1024), newPassword: NewPassword }),
        },
      },
    },
  },
  responses: {
    200: {
      description: 'Changed',
      content: { 'application/json': { schema: z.object({ sessionsEnded: z.number() }) } },
    },
    ...problemResponses(400, 401, 403),
  },
});

const signOutEverywhere = createRoute({
  method: 'post',
  path: '/sign-out-everywhere',
  tags: ['Accounts'],
  summary: 'End every session of your account, this one included',
  responses: {
    200: {
      description: 'Signed out',
      content: { 'application/json': { schema: z.object({ sessionsEnded: z.number() }) } },
    },
    ...problemResponses(401, 403),
  },
});

const completeReset = createRoute({
  method: 'post',
  path: '/reset',
  tags: ['Accounts'],
  summary: 'Set a new password with a one-time reset link from the secretariat; every session ends',
  request: {
    body: {
      required: true,
      content: {
        'application/json': {
          schema: z.object({ token: z.string().min(20).max(200), newPassword: NewPassword }),
        },
      },
    },
  },
  responses: {
    200: {
      description: 'Password set: sign in with it',
      content: { 'application/json': { schema: z.object({ email: z.string() }) } },
    },
    ...problemResponses(400, 403, 429),
  },
});

/** Sets the httpOnly session cookie of a new session. */
export function setSessionCookie(c: Context, ctx: AppContext, grant: SessionGrant): void {
  setCookie(c, SESSION_COOKIE, grant.token, {
    httpOnly: true,
    sameSite: 'Lax',
    secure: ctx.config.secureCookies,
    path: '/',
    expires: grant.expiresAt,
  });
}

/**
 * Sign-in attempts are limited per client address, per e-mail and in total (the platform's sign-in
 * limits, kept in the database); the limit is checked before the password hash is computed.
 */
export function authRoutes(ctx: AppContext) {
  const limiter = ctx.platform.signInLimits;
  return createRouter()
    .openapi(login, async (c) => {
      const { email, password } = c.req.valid('json');
      const address = clientAddress(c);
      await limiter.attempt(address, email);
      const user = await ctx.platform.accounts.authenticate(email, password);
      if (!user) throw new UnauthenticatedError('Wrong e-mail or password.');
      await limiter.succeeded(address, email);
      const grant = await ctx.platform.accounts.startSession(user);
      setSessionCookie(c, ctx, grant);
      ctx.logger.info({ userId: user.userId }, 'signed in');
      return c.json({ user: presentUser(user), csrfToken: grant.csrfToken }, 200);
    })
    .openapi(logout, async (c) => {
      const token = getCookie(c, SESSION_COOKIE);
      if (token) await ctx.platform.accounts.endSession(token);
      deleteCookie(c, SESSION_COOKIE, { path: '/' });
      return c.body(null, 204);
    })
    .openapi(changePassword, async (c) => {
      const { currentPassword, newPassword } = c.req.valid('json');
      const token = getCookie(c, SESSION_COOKIE) ?? '';
      const result = await ctx.platform.credentials.changePassword(
        c.get('actor'),
        token,
        currentPassword,
        newPassword,
      );
      return c.json(result, 200);
    })
    .openapi(signOutEverywhere, async (c) => {
      const result = await ctx.platform.credentials.signOutEverywhere(c.get('actor'));
      deleteCookie(c, SESSION_COOKIE, { path: '/' });
      return c.json(result, 200);
    })
    .openapi(completeReset, async (c) => {
      const { token, newPassword } = c.req.valid('json');
      // Tokens are 256-bit random, but guessing is still limited like sign-in attempts.
      await limiter.attemptReset(clientAddress(c));
      return c.json(await ctx.platform.credentials.completeReset(token, newPassword), 200);
    })
    .openapi(session, async (c) => {
      const actor = c.get('actor');
      const user = actor
        ? await ctx.platform.accounts.resolveSession(getCookie(c, SESSION_COOKIE) ?? '')
        : null;
      return c.json({ user: user ? presentUser(user.user) : null, csrfToken: c.get('csrfToken') }, 200);
    });
}
