import { createRoute, z } from '@hono/zod-openapi';
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
    if (await ctx.platform.health.databaseReachable()) return c.json({ status: 'ok' as const }, 200);
    ctx.logger.error('health check: database unreachable');
    return c.json({ status: 'unavailable' as const }, 503);
  });
}
