import { createRoute, z } from '@hono/zod-openapi';
import { NotFoundError } from '@strata/core';
import { PROBLEM_TYPES } from '../problem.ts';
import { createRouter, problemResponses } from '../router.ts';

const route = createRoute({
  method: 'get',
  path: '/{type}',
  tags: ['Platform'],
  summary: 'What a problem type (the `type` of an error response) means',
  request: { params: z.object({ type: z.string().max(64) }) },
  responses: {
    200: {
      description: 'The problem type',
      content: { 'application/json': { schema: z.object({ type: z.string(), description: z.string() }) } },
    },
    ...problemResponses(404),
  },
});

export function problemTypeRoutes() {
  return createRouter().openapi(route, (c) => {
    const { type } = c.req.valid('param');
    const description = PROBLEM_TYPES[type];
    if (!description) throw new NotFoundError(`Problem type ${type}`);
    return c.json({ type, description }, 200);
  });
}
