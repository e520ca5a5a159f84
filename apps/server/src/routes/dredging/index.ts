import { createRoute, z } from '@hono/zod-openapi';
import { UnsupportedMediaError } from '@strata/core';
import {
  countriesCsv as countriesCsvOf,
  countryPanelCsv,
  eventsCsv as eventsCsvOf,
  eventsGeoJson,
  hexagonsCsv as hexagonsCsvOf,
  hexagonsGeoJson,
  seriesCsv as seriesCsvOf,
  trackGeoJson,
  VESSEL_SORT_VALUES,
  vesselCyclesCsv,
} from '@strata/dredging';
import type { AppContext } from '../../env.ts';
import { createRouter, problemResponses } from '../../router.ts';
import { dredgingService } from './context.ts';
import {
  CountryPanelSchema as CountryPanel,
  CountryRowSchema as CountryRow,
  DatasetRefSchema,
  DatasetSchema,
  EventQuery,
  EventSchema,
  GeoJsonSchema,
  HexCellSchema as HexCell,
  HexQuery,
  Iso3Param,
  MmsiParam,
  SeriesRowSchema as SeriesRow,
  VesselPageSchema as VesselPage,
  VesselRowSchema as VesselRow,
  ViewQuery,
} from './schemas.ts';
import { aisUploadRoutes } from './uploads.ts';

export { dredgingService } from './context.ts';

const TAG = ['Marine dredging watch'];
const csv = { description: 'CSV (RFC 4180, UTF-8)', content: { 'text/csv': { schema: z.string() } } };
const geojson = { description: 'GeoJSON', content: { 'application/geo+json': { schema: GeoJsonSchema } } };
const json = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});

const datasets = createRoute({
  method: 'get',
  path: '/datasets',
  tags: TAG,
  summary: 'Analysed AIS datasets (the demo one is synthetic)',
  responses: { 200: json(z.object({ items: z.array(DatasetSchema) }), 'Datasets, newest first') },
});
const deleteDataset = createRoute({
  method: 'delete',
  path: '/datasets/{id}',
  tags: TAG,
  summary: 'Delete a dataset (secretariat)',
  request: { params: z.object({ id: z.string().max(80) }) },
  responses: { 204: { description: 'Deleted' }, ...problemResponses(401, 403, 404) },
});

const uploadLog = createRoute({
  method: 'post',
  path: '/datasets',
  tags: TAG,
  summary:
    'Analyse an AIS log (NMEA with tag-block, Gatehouse or provider times; the raw file as the body, up to the body limit) and publish it as a dataset (secretariat)',
  request: {
    query: z.object({
      id: z
        .string()
        .regex(/^[a-z0-9][a-z0-9._-]{0,79}$/)
        .meta({
          description: 'Dataset id; re-using one replaces that dataset',
          example: 'port-survey-2025-03',
        }),
      name: z.string().max(200).optional(),
      fileName: z.string().max(200).optional(),
    }),
    body: {
      required: true,
      content: { 'text/plain': { schema: z.string() }, 'application/octet-stream': { schema: z.string() } },
    },
  },
  responses: {
    201: json(
      DatasetSchema.extend({
        decoded: z.object({
          messages: z.number().int(),
          rejected: z.number().int(),
          withoutTimestamp: z.number().int(),
        }),
      }),
      'The stored dataset and the decoder’s counts',
    ),
    ...problemResponses(400, 401, 403, 413, 415),
  },
});

const hexagons = createRoute({
  method: 'get',
  path: '/map/hexagons',
  tags: TAG,
  summary: 'Dredging intensity per H3 cell (volume band, hours, vessels), with year and month filters',
  request: { query: HexQuery },
  responses: {
    200: json(
      z.object({ dataset: DatasetRefSchema, resolution: z.number().int(), cells: z.array(HexCell) }),
      'Cells',
    ),
    ...problemResponses(400, 404),
  },
});
const hexagonsGeo = createRoute({
  method: 'get',
  path: '/downloads/hexagons.geojson',
  tags: TAG,
  summary: 'The intensity map as GeoJSON polygons',
  request: { query: HexQuery },
  responses: { 200: geojson, ...problemResponses(400, 404) },
});
const hexagonsCsv = createRoute({
  method: 'get',
  path: '/downloads/hexagons.csv',
  tags: TAG,
  summary: 'The intensity map as CSV (one row per H3 cell)',
  request: { query: HexQuery },
  responses: { 200: csv, ...problemResponses(400, 404) },
});

const countries = createRoute({
  method: 'get',
  path: '/countries',
  tags: TAG,
  summary: 'Dredged volume by country waters (approximate EEZ unless official zones are loaded)',
  request: { query: ViewQuery },
  responses: {
    200: json(z.object({ dataset: DatasetRefSchema, items: z.array(CountryRow) }), 'Countries by volume'),
    ...problemResponses(400, 404),
  },
});
const countriesCsv = createRoute({
  method: 'get',
  path: '/downloads/countries.csv',
  tags: TAG,
  summary: 'Dredged volume by country as CSV',
  request: { query: ViewQuery },
  responses: { 200: csv, ...problemResponses(400, 404) },
});
const countryPanel = createRoute({
  method: 'get',
  path: '/countries/{iso3}',
  tags: TAG,
  summary: 'Country panel: volume band per year, vessels, operators, share inside protected areas',
  request: { params: Iso3Param, query: ViewQuery },
  responses: { 200: json(CountryPanel, 'The panel'), ...problemResponses(400, 404) },
});
const countryCsv = createRoute({
  method: 'get',
  path: '/downloads/countries/{iso3}/panel.csv',
  tags: TAG,
  summary: 'A country panel as CSV (one row per year, then one per vessel)',
  request: { params: Iso3Param, query: ViewQuery },
  responses: { 200: csv, ...problemResponses(400, 404) },
});

const vessels = createRoute({
  method: 'get',
  path: '/vessels',
  tags: TAG,
  summary: 'Dredgers of a dataset with their evidence kinds and totals: searched, sorted and paged',
  request: {
    query: ViewQuery.extend({
      q: z.string().max(100).optional().meta({
        description:
          'Words of the vessel name or operator (case and accents ignored), or digits of the MMSI or IMO',
      }),
      sort: z
        .enum(VESSEL_SORT_VALUES as [string, ...string[]])
        .optional()
        .meta({ description: 'name, mmsi, volume or hours; - in front for descending (default -volume)' }),
      limit: z.coerce.number().int().min(1).max(1000).default(100),
      offset: z.coerce.number().int().min(0).default(0),
    }),
  },
  responses: {
    200: json(
      z.object({ dataset: DatasetRefSchema, items: z.array(VesselRow), total: z.number().int() }),
      'One page of the dredgers and how many match',
    ),
    ...problemResponses(400, 404),
  },
});
const vessel = createRoute({
  method: 'get',
  path: '/vessels/{mmsi}',
  tags: TAG,
  summary: 'Vessel page: identity and evidence, cycles, track by activity',
  request: { params: MmsiParam, query: z.object({ dataset: z.string().max(80).optional() }) },
  responses: { 200: json(VesselPage, 'The vessel'), ...problemResponses(400, 404) },
});
const vesselTrack = createRoute({
  method: 'get',
  path: '/downloads/vessels/{mmsi}/track.geojson',
  tags: TAG,
  summary: 'A vessel’s track as GeoJSON lines, one per stretch of one activity',
  request: { params: MmsiParam, query: z.object({ dataset: z.string().max(80).optional() }) },
  responses: { 200: geojson, ...problemResponses(400, 404) },
});
const vesselCycles = createRoute({
  method: 'get',
  path: '/downloads/vessels/{mmsi}/cycles.csv',
  tags: TAG,
  summary: 'A vessel’s cycles as CSV',
  request: { params: MmsiParam, query: z.object({ dataset: z.string().max(80).optional() }) },
  responses: { 200: csv, ...problemResponses(400, 404) },
});

const SeriesQuery = ViewQuery.extend({
  country: z
    .string()
    .regex(/^[A-Za-z]{3}$/)
    .optional(),
});
const series = createRoute({
  method: 'get',
  path: '/series',
  tags: TAG,
  summary: 'Monthly dredged volume (band), hours and active dredgers, overall or for one country',
  request: { query: SeriesQuery },
  responses: {
    200: json(z.object({ dataset: DatasetRefSchema, items: z.array(SeriesRow) }), 'Months'),
    ...problemResponses(400, 404),
  },
});
const seriesCsv = createRoute({
  method: 'get',
  path: '/downloads/series.csv',
  tags: TAG,
  summary: 'The monthly series as CSV',
  request: { query: SeriesQuery },
  responses: { 200: csv, ...problemResponses(400, 404) },
});

const events = createRoute({
  method: 'get',
  path: '/events',
  tags: TAG,
  summary:
    'Activity periods (dredging, sailing loaded, discharging, sailing empty, idle) with volumes for dredging',
  request: { query: EventQuery },
  responses: {
    200: json(z.object({ dataset: DatasetRefSchema, items: z.array(EventSchema) }), 'Events'),
    ...problemResponses(400, 404),
  },
});
const eventsCsv = createRoute({
  method: 'get',
  path: '/downloads/events.csv',
  tags: TAG,
  summary: 'Events as CSV',
  request: { query: EventQuery },
  responses: { 200: csv, ...problemResponses(400, 404) },
});
const eventsGeo = createRoute({
  method: 'get',
  path: '/downloads/events.geojson',
  tags: TAG,
  summary: 'Events as GeoJSON points',
  request: { query: EventQuery },
  responses: { 200: geojson, ...problemResponses(400, 404) },
});

const upper = <T extends { country?: string }>(q: T): T =>
  q.country ? { ...q, country: q.country.toUpperCase() } : q;
const attachment = (name: string, type: string) => ({
  'content-type': type,
  'content-disposition': `attachment; filename="${name}"`,
});

/** The dredging watch's API, mounted at `/api/dredging`. */
export function dredgingRoutes(ctx: AppContext) {
  const service = dredgingService(ctx);
  const csvOf = (name: string) => attachment(name, 'text/csv; charset=utf-8');
  const geoOf = (name: string) => attachment(name, 'application/geo+json');
  return createRouter()
    .route('/', aisUploadRoutes(ctx))
    .openapi(datasets, async (c) => c.json({ items: await service.datasets(c.get('actor')) }, 200))
    .openapi(uploadLog, async (c) => {
      if ((c.req.header('content-type') ?? '').startsWith('multipart/')) {
        throw new UnsupportedMediaError(
          'Send the NMEA file itself as the body (text/plain or application/octet-stream).',
        );
      }
      const q = c.req.valid('query');
      const bytes = new Uint8Array(await c.req.arrayBuffer());
      const dataset = await service.importLog(c.get('actor'), bytes, {
        id: q.id,
        name: q.name,
        fileName: q.fileName,
      });
      return c.json(dataset, 201);
    })
    .openapi(deleteDataset, async (c) => {
      await service.deleteDataset(c.get('actor'), c.req.valid('param').id);
      return c.body(null, 204);
    })
    .openapi(hexagons, async (c) =>
      c.json(await service.hexagons({ ...c.req.valid('query'), viewer: c.get('actor') }), 200),
    )
    .openapi(hexagonsGeo, async (c) =>
      c.json(
        hexagonsGeoJson(await service.hexagons({ ...c.req.valid('query'), viewer: c.get('actor') })),
        200,
        geoOf('dredging-hexagons.geojson'),
      ),
    )
    .openapi(hexagonsCsv, async (c) =>
      c.body(
        hexagonsCsvOf(await service.hexagons({ ...c.req.valid('query'), viewer: c.get('actor') })),
        200,
        csvOf('dredging-hexagons.csv'),
      ),
    )
    .openapi(countries, async (c) =>
      c.json(await service.countries({ ...c.req.valid('query'), viewer: c.get('actor') }), 200),
    )
    .openapi(countriesCsv, async (c) =>
      c.body(
        countriesCsvOf(await service.countries({ ...c.req.valid('query'), viewer: c.get('actor') })),
        200,
        csvOf('dredging-countries.csv'),
      ),
    )
    .openapi(countryPanel, async (c) =>
      c.json(
        await service.countryPanel(c.req.valid('param').iso3, {
          ...c.req.valid('query'),
          viewer: c.get('actor'),
        }),
        200,
      ),
    )
    .openapi(countryCsv, async (c) => {
      const p = await service.countryPanel(c.req.valid('param').iso3, {
        ...c.req.valid('query'),
        viewer: c.get('actor'),
      });
      return c.body(countryPanelCsv(p), 200, csvOf(`dredging-${p.country.iso3}.csv`));
    })
    .openapi(vessels, async (c) => {
      const { q, sort, limit, offset, ...view } = c.req.valid('query');
      return c.json(
        await service.vesselList({ ...view, viewer: c.get('actor') }, { q, sort, limit, offset }),
        200,
      );
    })
    .openapi(vessel, async (c) =>
      c.json(
        await service.vesselPage(c.req.valid('param').mmsi, {
          ...c.req.valid('query'),
          viewer: c.get('actor'),
        }),
        200,
      ),
    )
    .openapi(vesselTrack, async (c) => {
      const page = await service.vesselPage(c.req.valid('param').mmsi, {
        ...c.req.valid('query'),
        viewer: c.get('actor'),
      });
      return c.json(trackGeoJson(page), 200, geoOf(`dredging-${page.vessel.mmsi}-track.geojson`));
    })
    .openapi(vesselCycles, async (c) => {
      const page = await service.vesselPage(c.req.valid('param').mmsi, {
        ...c.req.valid('query'),
        viewer: c.get('actor'),
      });
      return c.body(vesselCyclesCsv(page), 200, csvOf(`dredging-${page.vessel.mmsi}-cycles.csv`));
    })
    .openapi(series, async (c) =>
      c.json(await service.timeSeries(upper({ ...c.req.valid('query'), viewer: c.get('actor') })), 200),
    )
    .openapi(seriesCsv, async (c) =>
      c.body(
        seriesCsvOf(await service.timeSeries(upper({ ...c.req.valid('query'), viewer: c.get('actor') }))),
        200,
        csvOf('dredging-series.csv'),
      ),
    )
    .openapi(events, async (c) =>
      c.json(await service.events(upper({ ...c.req.valid('query'), viewer: c.get('actor') })), 200),
    )
    .openapi(eventsCsv, async (c) => {
      const { items } = await service.events(upper({ ...c.req.valid('query'), viewer: c.get('actor') }));
      return c.body(eventsCsvOf(items), 200, csvOf('dredging-events.csv'));
    })
    .openapi(eventsGeo, async (c) => {
      const { dataset, items } = await service.events(
        upper({ ...c.req.valid('query'), viewer: c.get('actor') }),
      );
      return c.json(eventsGeoJson(dataset, items), 200, geoOf('dredging-events.geojson'));
    });
}
