import { createRoute, z } from '@hono/zod-openapi';
import { UN_GROUPS } from '@strata/core';
import type { AppContext } from '../env.ts';
import { createRouter, problemResponses } from '../router.ts';

export const LocalizedName = z
  .object({ ar: z.string(), zh: z.string(), en: z.string(), fr: z.string(), ru: z.string(), es: z.string() })
  .meta({ id: 'LocalizedText' });

export const CountrySchema = z
  .object({
    iso3: z.string().length(3).meta({ example: 'BRA' }),
    iso2: z.string().length(2).meta({ example: 'BR' }),
    m49: z.string().length(3).meta({ example: '076' }),
    name: LocalizedName,
    unMember: z.boolean(),
    unGroup: z
      .enum(UN_GROUPS)
      .nullable()
      .meta({ description: 'UN regional group; null for observer States' }),
  })
  .meta({ id: 'Country' });

const list = createRoute({
  method: 'get',
  path: '/',
  tags: ['Reference data'],
  summary: 'The 193 UN Member States and 2 observer States',
  request: {
    query: z.object({
      unGroup: z.enum(UN_GROUPS).optional(),
      unMember: z.enum(['true', 'false']).optional(),
    }),
  },
  responses: {
    200: {
      description: 'Countries sorted by English name',
      content: { 'application/json': { schema: z.object({ items: z.array(CountrySchema) }) } },
    },
    ...problemResponses(400),
  },
});

const one = createRoute({
  method: 'get',
  path: '/{iso3}',
  tags: ['Reference data'],
  summary: 'One country by ISO alpha-3 code',
  request: {
    params: z.object({
      iso3: z
        .string()
        .regex(/^[A-Za-z]{3}$/)
        .meta({ example: 'FRA' }),
    }),
  },
  responses: {
    200: { description: 'The country', content: { 'application/json': { schema: CountrySchema } } },
    ...problemResponses(400, 404),
  },
});

export function countryRoutes(ctx: AppContext) {
  return createRouter()
    .openapi(list, async (c) => {
      const q = c.req.valid('query');
      const items = await ctx.platform.countries.list({
        unGroup: q.unGroup,
        unMember: q.unMember === undefined ? undefined : q.unMember === 'true',
      });
      c.header('cache-control', 'public, max-age=3600');
      return c.json({ items }, 200);
    })
    .openapi(one, async (c) => c.json(await ctx.platform.countries.get(c.req.valid('param').iso3), 200));
}
