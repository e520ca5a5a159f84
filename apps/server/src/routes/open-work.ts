import { createRoute, z } from '@hono/zod-openapi';
import { UnauthenticatedError } from '@strata/core';
import type { AppContext } from '../env.ts';
import type { ServerModule } from '../modules/types.ts';
import { createRouter, problemResponses } from '../router.ts';

const OpenWorkItemSchema = z
  .object({
    kind: z.string().meta({ description: 'What is open, as a code: `<module>.<what>` (e.g. process.call)' }),
    count: z.number().int(),
    due: z.string().nullable().meta({ description: 'Deadline (ISO 8601), when there is one' }),
    title: z.string().nullable().meta({ description: 'Title of the call or round, as written' }),
    link: z.string().meta({ description: 'Web path where the person acts on it' }),
  })
  .meta({ id: 'OpenWorkItem' });

const route = createRoute({
  method: 'get',
  path: '/open',
  tags: ['Platform'],
  summary: 'What is open for the signed-in person in each module: calls, rounds, disclosures, jobs, queues',
  responses: {
    200: {
      description: 'Per module, what is open, nearest deadline first',
      content: {
        'application/json': {
          schema: z.object({
            modules: z.array(z.object({ module: z.string(), items: z.array(OpenWorkItemSchema) })),
          }),
        },
      },
    },
    ...problemResponses(401),
  },
});

/** `GET /api/me/open`: each module's answer to "what is open for this person", gathered in one request. */
export function openWorkRoutes(ctx: AppContext, modules: readonly ServerModule[]) {
  return createRouter().openapi(route, async (c) => {
    const actor = c.get('actor');
    if (!actor) throw new UnauthenticatedError('Sign in to see what is open for you.');
    const answers = [];
    for (const m of modules) {
      if (!m.openWork) continue;
      const items = await m.openWork(ctx, actor);
      // nearest deadline first; items without one (queues, counts) after them
      items.sort((a, b) => (a.due ?? '\uffff').localeCompare(b.due ?? '\uffff'));
      if (items.length > 0) answers.push({ module: m.name, items });
    }
    return c.json({ modules: answers }, 200);
  });
}
