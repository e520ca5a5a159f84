import { createRoute, z } from '@hono/zod-openapi';
import { NotFoundError } from '@strata/core';
import {
  createSandGovernanceServices,
  GOVERNANCE_FIELDS,
  GOVERNANCE_STATUSES,
  governanceCsv,
  type SandGovernanceServices,
  UNEP_RECOMMENDATIONS,
} from '@strata/sand';
import type { AppContext } from '../../env.ts';
import { createRouter, problemResponses, WRITE_PROBLEMS } from '../../router.ts';
import { LocalizedName } from '../countries.ts';
import { dredgingService } from '../dredging/context.ts';
import { CsvResponse, Iso3Param, json } from './schemas.ts';

/**
 * The governance tracker and the marine layer of a context. The marine layer reads the dredging watch's
 * country panel through its service; a country with no dataset gives an empty layer.
 */
export function sandGovernanceServices(ctx: Pick<AppContext, 'services'>): SandGovernanceServices {
  return ctx.services('sand-governance', (db) =>
    createSandGovernanceServices(db, async (iso3) => {
      try {
        return await dredgingService(ctx).countryPanel(iso3, {});
      } catch (e) {
        if (e instanceof NotFoundError) return null;
        throw e;
      }
    }),
  );
}

const tags = ['Sand observatory: governance'];
const Field = z.enum(GOVERNANCE_FIELDS);
const RecommendationKey = z.enum(UNEP_RECOMMENDATIONS.map((r) => r.key) as [string, ...string[]]);
const EntryBody = z.object({
  id: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]{1,62}$/)
    .meta({ example: 'ken-sand-regs-2024' }),
  iso3: z.string().regex(/^[A-Za-z]{3}$/),
  field: Field,
  summary: z.string().min(1).max(2000).meta({ description: 'What the instrument says' }),
  scope: z.string().max(500).nullable().default(null),
  status: z.enum(GOVERNANCE_STATUSES),
  instrument: z.string().min(1).max(500),
  instrumentDate: z.string().nullable().default(null).meta({ description: 'YYYY, YYYY-MM or YYYY-MM-DD' }),
  body: z.string().max(500).nullable().default(null),
  sourceUrl: z
    .string()
    .url()
    .meta({ description: 'The law, decree or official page the entry was read from' }),
  sourceTitle: z.string().min(1).max(500),
  retrieved: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  recommendations: z.array(RecommendationKey).default([]),
});
export const GovernanceEntrySchema = EntryBody.meta({ id: 'SandGovernanceEntry' });
const Completeness = z
  .object({ known: z.number().int(), total: z.number().int(), share: z.number(), missing: z.array(Field) })
  .meta({
    description:
      'Share of tracker fields with a sourced entry: how much is known, not how good the policy is',
  });
export const GovernanceCountrySchema = z.object({
  iso3: z.string(),
  name: LocalizedName,
  completeness: Completeness,
  entries: z.array(GovernanceEntrySchema),
  checklist: z.array(
    z.object({
      key: z.string(),
      title: z.string(),
      source: z.string(),
      evidence: z.array(z.object({ entryId: z.string(), instrument: z.string(), url: z.string() })),
    }),
  ),
});
export const GovernanceListSchema = z.array(
  z.object({
    iso3: z.string(),
    name: LocalizedName,
    completeness: Completeness,
    entries: z.number().int(),
    fields: z.array(Field),
  }),
);
const Band = z.object({ low: z.number(), central: z.number(), high: z.number() });
export const MarineLayerSchema = z.object({
  iso3: z.string(),
  dataset: z.object({ id: z.string(), name: z.string(), synthetic: z.boolean() }).nullable(),
  countryMethod: z.enum(['approximate', 'official']),
  years: z.array(
    z.object({
      year: z.number().int(),
      volumeM3: Band,
      tonnes: Band,
      vessels: z.number().int(),
      shareOfReference: z.object({ low: z.number(), high: z.number() }),
    }),
  ),
  reference: z.object({ lowGt: z.number(), highGt: z.number(), source: z.string() }),
});

const list = createRoute({
  method: 'get',
  path: '/governance',
  tags,
  summary: 'Countries with governance entries, with their completeness share',
  responses: { 200: json(GovernanceListSchema) },
});
const country = createRoute({
  method: 'get',
  path: '/countries/{iso3}/governance',
  tags,
  summary: 'A country’s sourced governance entries, completeness share and UNEP recommendations checklist',
  request: { params: Iso3Param },
  responses: { 200: json(GovernanceCountrySchema), ...problemResponses(400, 404) },
});
const download = createRoute({
  method: 'get',
  path: '/governance.csv',
  tags,
  summary: 'Every governance entry with its source, as CSV',
  responses: { 200: CsvResponse },
});
const save = createRoute({
  method: 'put',
  path: '/governance/entries',
  tags,
  summary: 'Record or replace a sourced governance entry (secretariat)',
  request: { body: { content: { 'application/json': { schema: EntryBody } } } },
  responses: { 200: json(GovernanceEntrySchema, 'Saved'), ...problemResponses(...WRITE_PROBLEMS) },
});
const remove = createRoute({
  method: 'delete',
  path: '/governance/entries/{id}',
  tags,
  summary: 'Remove a governance entry (secretariat)',
  request: { params: z.object({ id: z.string() }) },
  responses: { 204: { description: 'Removed' }, ...problemResponses(...WRITE_PROBLEMS, 404) },
});
const marine = createRoute({
  method: 'get',
  path: '/countries/{iso3}/marine',
  tags,
  summary:
    'Marine and coastal dredging in the country’s waters per year (dredging watch), with its band and country method, beside the Marine Sand Watch 6.4–16 Gt/year',
  request: { params: Iso3Param },
  responses: { 200: json(MarineLayerSchema), ...problemResponses(400, 404) },
});

/** The governance tracker's and the marine layer's routes, mounted under `/api/sand`. */
export function sandGovernanceRoutes(ctx: AppContext) {
  const s = () => sandGovernanceServices(ctx);
  return createRouter()
    .openapi(list, async (c) => c.json(await s().governance.list(), 200))
    .openapi(country, async (c) => c.json(await s().governance.country(c.req.valid('param').iso3), 200))
    .openapi(download, async (c) =>
      c.body(governanceCsv(await s().governance.entries()), 200, {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': 'attachment; filename="sand-governance.csv"',
      }),
    )
    .openapi(save, async (c) => {
      const body = c.req.valid('json');
      const entry = { ...body, recommendations: body.recommendations as never };
      return c.json(await s().governance.save(c.get('actor'), entry), 200);
    })
    .openapi(remove, async (c) => {
      await s().governance.remove(c.get('actor'), c.req.valid('param').id);
      return c.body(null, 204);
    })
    .openapi(marine, async (c) => c.json(await s().marine.country(c.req.valid('param').iso3), 200));
}
