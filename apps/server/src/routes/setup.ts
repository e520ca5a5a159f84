import { createRoute, z } from '@hono/zod-openapi';
import { presentUser } from '@strata/platform';
import type { AppContext } from '../env.ts';
import { DisplayNameSchema } from '../name-schema.ts';
import { createRouter, problemResponses } from '../router.ts';
import { SessionSchema, setSessionCookie } from './auth.ts';

const status = createRoute({
  method: 'get',
  path: '/',
  tags: ['Accounts'],
  summary: 'Whether this installation still needs its first secretariat account',
  responses: {
    200: {
      description: 'Set-up state',
      content: {
        'application/json': { schema: z.object({ needed: z.boolean() }).meta({ id: 'SetupState' }) },
      },
    },
  },
});

const complete = createRoute({
  method: 'post',
  path: '/',
  tags: ['Accounts'],
  summary: 'Create the first secretariat account with the one-time set-up link the server printed; signs in',
  request: {
    body: {
      required: true,
      content: {
        'application/json': {
          schema: z.object({
            token: z.string().min(20).max(200),
            email: z.string().min(3).max(320),
            password: z.string().min(1).max(1024),
            displayName: DisplayNameSchema.nullable().optional(),
          }),
        },
      },
    },
  },
  responses: {
    201: { description: 'Set up and signed in', content: { 'application/json': { schema: SessionSchema } } },
    ...problemResponses(400, 403, 409),
  },
});

/** First-run set-up: the server prints a one-time link while no secretariat account exists. */
export function setupRoutes(ctx: AppContext) {
  const { accounts, credentials } = ctx.platform;
  return createRouter()
    .openapi(status, async (c) => c.json({ needed: await credentials.setupNeeded() }, 200))
    .openapi(complete, async (c) => {
      const { token, ...input } = c.req.valid('json');
      const user = await credentials.completeSetup(token, input);
      const grant = await accounts.startSession(user);
      setSessionCookie(c, ctx, grant);
      ctx.logger.info({ userId: user.userId }, 'first-run set-up done');
      return c.json({ user: presentUser(user), csrfToken: grant.csrfToken }, 201);
    });
}

/** The web app's set-up page for a token; the token travels in the fragment, never in a request line. */
export function setupLink(baseUrl: string, token: string): string {
  return `${baseUrl}/setup#token=${token}`;
}
