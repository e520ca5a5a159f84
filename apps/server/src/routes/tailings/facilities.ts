import { createRoute, z } from '@hono/zod-openapi';
import { UnsupportedMediaError } from '@strata/core';
import {
  FACILITY_SORT_VALUES,
  facilitiesCsv,
  facilitiesGeoJson,
  IMPORT_FORMATS,
  parseFacilitySort,
} from '@strata/tailings';
import type { TypedResponse } from 'hono';
import { accountLabels } from '../../account-labels.ts';
import type { AppContext } from '../../env.ts';
import { createRouter, problemResponses, WRITE_PROBLEMS } from '../../router.ts';
import { tailingsServices } from './context.ts';
import { FacilityPageSchema } from './facility-schemas.ts';
import { presentChange, presentHistoryEntry, presentPageHistoryEntry } from './presenters.ts';
import {
  ChangeSchema,
  FacilityFilterQuery,
  FacilitySummarySchema,
  HistoryEntrySchema,
  IdParam,
  ImportResultSchema,
  Json,
  type MapPoints,
  MapPointsSchema,
  toFilter,
} from './schemas.ts';

const TAG = ['Tailings'];

const list = createRoute({
  method: 'get',
  path: '/facilities',
  tags: TAG,
  summary: 'Tailings storage facilities (closed and legacy ones too), filtered and paged',
  request: {
    query: FacilityFilterQuery.extend({
      limit: z.coerce.number().int().min(1).max(1000).default(100),
      offset: z.coerce.number().int().min(0).default(0),
      sort: z
        .enum(FACILITY_SORT_VALUES as [string, ...string[]])
        .optional()
        .openapi({
          description:
            'Order of the list: a column, `-` in front for descending (coded columns sort by their scale, empty values last); then country, name and id',
          example: '-hazard',
        }),
    }),
  },
  responses: {
    200: {
      description: 'One page of facilities and the total of the filtered view',
      content: {
        'application/json': {
          schema: z.object({
            items: z.array(FacilitySummarySchema),
            total: z.number().int(),
            limit: z.number().int(),
            offset: z.number().int(),
          }),
        },
      },
    },
    ...problemResponses(400),
  },
});

const map = createRoute({
  method: 'get',
  path: '/map',
  tags: TAG,
  summary:
    'Every facility of a filtered view as compact columns for the map (one entry per facility in each column)',
  request: { query: FacilityFilterQuery },
  responses: {
    200: {
      description: 'Points, column by column',
      content: { 'application/json': { schema: MapPointsSchema } },
    },
    ...problemResponses(400),
  },
});

const downloadCsv = createRoute({
  method: 'get',
  path: '/downloads/facilities.csv',
  tags: TAG,
  summary: 'Download a filtered view as CSV (with provenance and derived values)',
  request: { query: FacilityFilterQuery },
  responses: {
    200: { description: 'CSV (RFC 4180, UTF-8)', content: { 'text/csv': { schema: z.string() } } },
    ...problemResponses(400),
  },
});

const downloadGeoJson = createRoute({
  method: 'get',
  path: '/downloads/facilities.geojson',
  tags: TAG,
  summary: 'Download a filtered view as a GeoJSON FeatureCollection',
  request: { query: FacilityFilterQuery },
  responses: {
    200: { description: 'GeoJSON', content: { 'application/geo+json': { schema: Json } } },
    ...problemResponses(400),
  },
});

const page = createRoute({
  method: 'get',
  path: '/facilities/{id}',
  tags: TAG,
  summary:
    'A facility page: every field with provenance, source and GISTM-equivalent class, score breakdowns, history, reviews, self-assessment',
  request: { params: IdParam },
  responses: {
    200: { description: 'The facility', content: { 'application/json': { schema: FacilityPageSchema } } },
    ...problemResponses(404),
  },
});

const history = createRoute({
  method: 'get',
  path: '/facilities/{id}/history',
  tags: TAG,
  summary: 'Versioned history of a facility with field-by-field diffs',
  request: { params: IdParam },
  responses: {
    200: {
      description: 'Versions, newest first',
      content: { 'application/json': { schema: z.object({ items: z.array(HistoryEntrySchema) }) } },
    },
    ...problemResponses(404),
  },
});

const changes = createRoute({
  method: 'get',
  path: '/changes',
  tags: TAG,
  summary: 'Public change log: the latest versions across facilities',
  request: {
    query: z.object({
      country: z
        .string()
        .regex(/^[A-Za-z]{3}$/)
        .optional(),
      limit: z.coerce.number().int().min(1).max(500).default(100),
    }),
  },
  responses: {
    200: {
      description: 'Changes, newest first',
      content: { 'application/json': { schema: z.object({ items: z.array(ChangeSchema) }) } },
    },
    ...problemResponses(400),
  },
});

const importFile = createRoute({
  method: 'post',
  path: '/imports',
  tags: TAG,
  summary:
    'Import a registry file (secretariat): the raw file is the body; csv/geojson need the column mapping (JSON) in `mapping`',
  request: {
    query: z.object({
      format: z.enum(IMPORT_FORMATS),
      fileName: z.string().max(300).optional(),
      mapping: z.string().max(20_000).optional().meta({
        description: 'column-mapping file as JSON (csv, xlsx, geojson; optional header names for sigbm)',
      }),
      dryRun: z
        .enum(['true', 'false'])
        .optional()
        .meta({ description: 'true: parse, match and count, write nothing' }),
    }),
    body: {
      required: true,
      content: {
        'application/octet-stream': { schema: z.string().meta({ format: 'binary' }) },
        'text/csv': { schema: z.string() },
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': {
          schema: z.string().meta({ format: 'binary' }),
        },
      },
    },
  },
  responses: {
    200: {
      description: 'Counts: created, updated, unchanged, and each rejected row with its line and reason',
      content: { 'application/json': { schema: ImportResultSchema } },
    },
    ...problemResponses(...WRITE_PROBLEMS, 413, 415),
  },
});

/** Facility listing, map, downloads, facility page, history, change log and imports. */
export function facilityRoutes(ctx: AppContext) {
  const { facilities, imports } = tailingsServices(ctx);
  return createRouter()
    .openapi(list, async (c) => {
      const q = c.req.valid('query');
      const result = await facilities.listFacilities(toFilter(q), {
        limit: q.limit,
        offset: q.offset,
        sort: parseFacilitySort(q.sort),
      });
      return c.json({ ...result, limit: q.limit, offset: q.offset }, 200);
    })
    .openapi(map, async (c) => {
      const json = await facilities.mapPointsJson(toFilter(c.req.valid('query')));
      // The database serialises the points itself; re-parsing 10,000 points only to print them again
      // would double the time of the map's query.
      return c.body(json, 200, { 'content-type': 'application/json' }) as unknown as TypedResponse<
        MapPoints,
        200,
        'json'
      >;
    })
    .openapi(downloadCsv, async (c) => {
      const csv = facilitiesCsv(await facilities.downloadRows(toFilter(c.req.valid('query'))));
      return c.body(csv, 200, {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': 'attachment; filename="tailings-facilities.csv"',
      });
    })
    .openapi(downloadGeoJson, async (c) => {
      const geo = facilitiesGeoJson(await facilities.downloadRows(toFilter(c.req.valid('query'))));
      c.header('content-disposition', 'attachment; filename="tailings-facilities.geojson"');
      return c.json(geo, 200, { 'content-type': 'application/geo+json' });
    })
    .openapi(page, async (c) => {
      const facilityPage = await facilities.facilityPage(c.req.valid('param').id);
      const who = await accountLabels(ctx, c.get('actor'), facilityPage.history, (h) => h.byUserId);
      const history = facilityPage.history.map((h) => presentPageHistoryEntry(h, who));
      return c.json({ ...facilityPage, history }, 200);
    })
    .openapi(history, async (c) => {
      const entries = await facilities.facilityHistory(c.req.valid('param').id);
      const who = await accountLabels(ctx, c.get('actor'), entries, (h) => h.byUserId);
      return c.json({ items: entries.map((h) => presentHistoryEntry(h, who)) }, 200);
    })
    .openapi(changes, async (c) => {
      const q = c.req.valid('query');
      return c.json({ items: (await facilities.changeLog(q.limit, q.country)).map(presentChange) }, 200);
    })
    .openapi(importFile, async (c) => {
      const q = c.req.valid('query');
      const type = c.req.header('content-type') ?? '';
      if (type.startsWith('multipart/')) {
        throw new UnsupportedMediaError(
          'Send the file itself as the body (application/octet-stream or text/csv).',
        );
      }
      const bytes = new Uint8Array(await c.req.arrayBuffer());
      let mapping: unknown;
      if (q.mapping) {
        try {
          mapping = JSON.parse(q.mapping);
        } catch {
          mapping = 'not JSON';
        }
      }
      const log = ctx.logger.child({ import: q.format, fileName: q.fileName ?? null });
      const result = await imports.importFile(c.get('actor'), q.format, bytes, {
        mapping,
        dryRun: q.dryRun === 'true',
        fileName: q.fileName ?? null,
        progress: (done, total) => log.debug({ done, total }, 'import progress'),
      });
      log.info(
        { created: result.created, updated: result.updated, rejected: result.rejected.length },
        'import done',
      );
      return c.json(result, 200);
    });
}
