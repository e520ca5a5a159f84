import { createRoute, z } from '@hono/zod-openapi';
import type { AppContext } from '../../env.ts';
import { createRouter, problemResponses } from '../../router.ts';
import { instrumentsServices } from './context.ts';
import {
  ChangesSchema,
  ComparisonSchema,
  CountryCoverageSchema,
  DuplicationsSchema,
  GapsSchema,
  HeatMapSchema,
  json,
} from './schemas.ts';

const tags = ['Instruments: analyses'];

const heatMap = createRoute({
  method: 'get',
  path: '/analyses/heat-map',
  tags,
  summary: 'Coverage heat map: per issue × stage, instruments at each grade, ungraded, binding',
  responses: { 200: json(HeatMapSchema) },
});
const gaps = createRoute({
  method: 'get',
  path: '/analyses/gaps',
  tags,
  summary: 'Cells without a binding or independently verified requirement',
  responses: { 200: json(GapsSchema) },
});
const duplications = createRoute({
  method: 'get',
  path: '/analyses/duplications',
  tags,
  summary: 'Most overlapping pairs (weighted Jaccard) with their shared cells, and clusters',
  request: {
    query: z.object({
      limit: z.coerce.number().int().min(1).max(500).default(50),
      threshold: z.coerce.number().min(0).max(1).default(0.6),
    }),
  },
  responses: { 200: json(DuplicationsSchema), ...problemResponses(400) },
});
const country = createRoute({
  method: 'get',
  path: '/analyses/countries/{iso3}',
  tags,
  summary: 'Binding instruments a State is bound by, and the cells where it has no binding coverage',
  request: { params: z.object({ iso3: z.string().regex(/^[A-Za-z]{3}$/) }) },
  responses: { 200: json(CountryCoverageSchema), ...problemResponses(400) },
});
const changes = createRoute({
  method: 'get',
  path: '/analyses/changes',
  tags,
  summary: 'New instruments, new versions and regraded cells since a date',
  request: { query: z.object({ since: z.string().min(4).max(40) }) },
  responses: { 200: json(ChangesSchema), ...problemResponses(400) },
});
const compare = createRoute({
  method: 'get',
  path: '/analyses/compare',
  tags,
  summary: 'Two to five instruments side by side, cell by cell',
  request: { query: z.object({ ids: z.string().max(500).meta({ example: 'gistm,irma-standard' }) }) },
  responses: { 200: json(ComparisonSchema), ...problemResponses(400, 404) },
});

/** The analyses' routes: computed from the matrix on request. */
export function analysisRoutes(ctx: AppContext) {
  const s = () => instrumentsServices(ctx).analyses;
  return createRouter()
    .openapi(heatMap, async (c) => c.json(await s().heatMap(), 200))
    .openapi(gaps, async (c) => c.json(await s().gaps(), 200))
    .openapi(duplications, async (c) => {
      const q = c.req.valid('query');
      return c.json(await s().duplications(q.limit, q.threshold), 200);
    })
    .openapi(country, async (c) => c.json(await s().country(c.req.valid('param').iso3), 200))
    .openapi(changes, async (c) => c.json(await s().changes(c.req.valid('query').since), 200))
    .openapi(compare, async (c) => {
      const ids = c.req
        .valid('query')
        .ids.split(',')
        .map((id) => id.trim())
        .filter(Boolean);
      return c.json(await s().compare(ids), 200);
    });
}
