import { createRoute } from '@hono/zod-openapi';
import { valuesCsv, valuesJson } from '@strata/sand';
import type { AppContext } from '../../env.ts';
import { createRouter, problemResponses } from '../../router.ts';
import { sandServices } from './context.ts';
import { sandGovernanceRoutes } from './governance.ts';
import {
  CsvResponse,
  ExportQuery,
  Iso3Param,
  json,
  MapQuery,
  SandExportSchema,
  SandMapSchema,
  SandProfileSchema,
  SandWorldSchema,
  WorldQuery,
} from './schemas.ts';
import { sandSubmissionRoutes } from './submissions.ts';

export { sandServices } from './context.ts';

const tags = ['Sand observatory'];

const profile = createRoute({
  method: 'get',
  path: '/countries/{iso3}/profile',
  tags,
  summary:
    'A country’s series per indicator: the headline figure of each year by tier, and every other figure',
  request: { params: Iso3Param },
  responses: { 200: json(SandProfileSchema), ...problemResponses(400, 404) },
});
const world = createRoute({
  method: 'get',
  path: '/world',
  tags,
  summary: 'The world total of an indicator for a year (headline figures summed, bounds added), and per tier',
  request: { query: WorldQuery },
  responses: { 200: json(SandWorldSchema), ...problemResponses(400) },
});
const map = createRoute({
  method: 'get',
  path: '/map',
  tags,
  summary: 'Each country’s headline figure of an indicator for a year, with its tier and band',
  request: { query: MapQuery },
  responses: { 200: json(SandMapSchema), ...problemResponses(400) },
});
const download = createRoute({
  method: 'get',
  path: '/export.csv',
  tags,
  summary: 'Every figure with its tier, band, unit, source, licence, retrieval date and method, as CSV',
  request: { query: ExportQuery },
  responses: { 200: CsvResponse, ...problemResponses(400) },
});

const downloadJson = createRoute({
  method: 'get',
  path: '/export.json',
  tags,
  summary: 'Every figure with its tier, band and provenance, the units and the sources in full, as JSON',
  request: { query: ExportQuery },
  responses: { 200: json(SandExportSchema), ...problemResponses(400) },
});

/** The sand observatory's API, mounted at `/api/sand`. Published figures are public. */
export function sandRoutes(ctx: AppContext) {
  const s = () => sandServices(ctx).observatory;
  return createRouter()
    .openapi(profile, async (c) => c.json(await s().profile(c.req.valid('param').iso3), 200))
    .openapi(world, async (c) => {
      const q = c.req.valid('query');
      return c.json(await s().world(q.indicator, q.year), 200);
    })
    .openapi(map, async (c) => {
      const q = c.req.valid('query');
      return c.json(await s().map(q.indicator, q.year, q.per), 200);
    })
    .openapi(download, async (c) => {
      const q = c.req.valid('query');
      const [rows, sources] = await Promise.all([s().exportRows(q), s().sources()]);
      const name = `sand-${q.indicator ?? 'all'}${q.year ? `-${q.year}` : ''}.csv`;
      return c.body(valuesCsv(rows, sources), 200, {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="${name}"`,
      });
    })
    .openapi(downloadJson, async (c) => {
      const q = c.req.valid('query');
      const [rows, sources] = await Promise.all([s().exportRows(q), s().sources()]);
      const name = `sand-${q.indicator ?? 'all'}${q.year ? `-${q.year}` : ''}.json`;
      c.header('content-disposition', `attachment; filename="${name}"`);
      return c.json(valuesJson(rows, sources, q), 200);
    })
    .route('/', sandGovernanceRoutes(ctx))
    .route('/', sandSubmissionRoutes(ctx));
}
