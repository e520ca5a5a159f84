import { createRoute, z } from '@hono/zod-openapi';
import { sql } from 'kysely';
import type { AppContext } from '../env.ts';
import { createRouter } from '../router.ts';

const route = createRoute({
  method: 'get',
  path: '/',
  tags: ['Platform'],
  summary: 'Health: answers ok when the database is reachable',
  responses: {
    200: {
      description: 'Healthy',
      content: { 'application/json': { schema: z.object({ status: z.literal('ok') }) } },
    },
    503: {
      description: 'Database unreachable',
      content: { 'application/json': { schema: z.object({ status: z.literal('unavailable') }) } },
    },
  },
});

export function healthRoutes(ctx: AppContext) {
  return createRouter().openapi(route, async (c) => {
    try {
      await sql`select 1`.execute(ctx.db.kysely);
      return c.json({ status: 'ok' as const }, 200);
    } catch (error) {
      ctx.logger.error({ err: error }, 'health check: database unreachable');
      return c.json({ status: 'unavailable' as const }, 503);
    }
  });
}
