import { createRoute, z } from '@hono/zod-openapi';
import { UnsupportedMediaError } from '@strata/core';
import type { AppContext } from '../../env.ts';
import { createRouter, problemResponses } from '../../router.ts';
import { configuredZones, dredgingService } from './context.ts';
import {
  BandSchema,
  DatasetRefSchema,
  DatasetSchema,
  EventQuery,
  EventSchema,
  GeoJsonSchema,
  HexQuery,
  Iso3Param,
  MmsiParam,
  toCsv,
  ViewQuery,
} from './schemas.ts';

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

const HexCell = z
  .object({
    h3: z.string(),
    volumeM3: BandSchema,
    dredgingHours: z.number(),
    periods: z.number().int(),
    vessels: z.number().int(),
    protectedPeriods: z.number().int(),
  })
  .meta({ id: 'DredgingHexCell' });
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

const CountryRow = z
  .object({
    country: z.string().nullable(),
    name: z.string(),
    volumeM3: BandSchema,
    tonnes: BandSchema,
    dredgingHours: z.number(),
    vessels: z.number().int(),
    protectedShare: z.number(),
  })
  .meta({ id: 'DredgingCountryRow' });
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
const CountryPanel = z
  .object({
    dataset: DatasetRefSchema,
    country: z.object({ iso3: z.string(), name: z.record(z.string(), z.string()) }),
    countryMethod: z.string(),
    total: z.object({ volumeM3: BandSchema, dredgingPeriods: z.number().int() }),
    byYear: z.array(
      z.object({
        year: z.number().int(),
        volumeM3: BandSchema,
        tonnes: BandSchema,
        dredgingHours: z.number(),
        vessels: z.number().int(),
      }),
    ),
    vessels: z.array(
      z.object({
        mmsi: z.number().int(),
        name: z.string().nullable(),
        operator: z.string().nullable(),
        dredgerType: z.string().nullable(),
        volumeM3: BandSchema,
        dredgingHours: z.number(),
      }),
    ),
    operators: z.array(z.object({ name: z.string(), vessels: z.number().int(), volumeM3: BandSchema })),
    protectedAreas: z.object({ volumeM3Central: z.number(), share: z.number() }),
  })
  .meta({ id: 'DredgingCountryPanel' });
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

const VesselRow = z
  .object({
    mmsi: z.number().int(),
    name: z.string().nullable(),
    dredgerType: z.string().nullable(),
    operator: z.string().nullable(),
    evidence: z.array(z.string()),
    volumeM3: BandSchema,
    dredgingHours: z.number(),
  })
  .meta({ id: 'DredgingVesselRow' });
const vessels = createRoute({
  method: 'get',
  path: '/vessels',
  tags: TAG,
  summary: 'Dredgers of a dataset with their evidence kinds and totals',
  request: { query: ViewQuery },
  responses: {
    200: json(z.object({ dataset: DatasetRefSchema, items: z.array(VesselRow) }), 'Dredgers'),
    ...problemResponses(400, 404),
  },
});
const VesselPage = z
  .object({
    dataset: DatasetRefSchema,
    vessel: z.record(z.string(), z.unknown()),
    totals: z.object({ volumeM3: BandSchema, dredgingHours: z.number(), cycles: z.number().int() }),
    cycles: z.array(z.record(z.string(), z.unknown())),
    track: z.array(
      z.object({
        t: z.string(),
        lon: z.number(),
        lat: z.number(),
        speedKnots: z.number().nullable(),
        activity: z.string(),
        segment: z.number().int(),
      }),
    ),
  })
  .meta({ id: 'DredgingVesselPage' });
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

const SeriesRow = z
  .object({ month: z.string(), volumeM3: BandSchema, dredgingHours: z.number(), vessels: z.number().int() })
  .meta({ id: 'DredgingSeriesRow' });
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
const band = (b: { low: number; central: number; high: number }) => [b.low, b.central, b.high];

/** The dredging watch's API, mounted at `/api/dredging`. */
export function dredgingRoutes(ctx: AppContext) {
  const service = dredgingService(ctx);
  return createRouter()
    .openapi(datasets, async (c) => c.json({ items: await service.datasets() }, 200))
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
        zonesGeoJson: configuredZones(ctx),
      });
      return c.json(dataset, 201);
    })
    .openapi(deleteDataset, async (c) => {
      await service.deleteDataset(c.get('actor'), c.req.valid('param').id);
      return c.body(null, 204);
    })
    .openapi(hexagons, async (c) => c.json(await service.hexagons(c.req.valid('query')), 200))
    .openapi(hexagonsGeo, async (c) =>
      c.json(
        await service.hexagonsGeoJson(c.req.valid('query')),
        200,
        attachment('dredging-hexagons.geojson', 'application/geo+json'),
      ),
    )
    .openapi(hexagonsCsv, async (c) => {
      const view = await service.hexagons(c.req.valid('query'));
      const body = toCsv(
        [
          'h3',
          'resolution',
          'volume_m3_low',
          'volume_m3_central',
          'volume_m3_high',
          'dredging_hours',
          'periods',
          'vessels',
          'dataset',
          'synthetic',
        ],
        view.cells.map((x) => [
          x.h3,
          view.resolution,
          ...band(x.volumeM3),
          x.dredgingHours,
          x.periods,
          x.vessels,
          view.dataset.id,
          view.dataset.synthetic,
        ]),
      );
      return c.body(body, 200, attachment('dredging-hexagons.csv', 'text/csv; charset=utf-8'));
    })
    .openapi(countries, async (c) => c.json(await service.countries(c.req.valid('query')), 200))
    .openapi(countriesCsv, async (c) => {
      const view = await service.countries(c.req.valid('query'));
      const body = toCsv(
        [
          'country',
          'name',
          'volume_m3_low',
          'volume_m3_central',
          'volume_m3_high',
          'tonnes_low',
          'tonnes_central',
          'tonnes_high',
          'dredging_hours',
          'vessels',
          'protected_share',
          'country_method',
          'dataset',
          'synthetic',
        ],
        view.items.map((x) => [
          x.country,
          x.name,
          ...band(x.volumeM3),
          ...band(x.tonnes),
          x.dredgingHours,
          x.vessels,
          x.protectedShare,
          view.dataset.countryMethod,
          view.dataset.id,
          view.dataset.synthetic,
        ]),
      );
      return c.body(body, 200, attachment('dredging-countries.csv', 'text/csv; charset=utf-8'));
    })
    .openapi(countryPanel, async (c) =>
      c.json(await service.countryPanel(c.req.valid('param').iso3, c.req.valid('query')), 200),
    )
    .openapi(countryCsv, async (c) => {
      const p = await service.countryPanel(c.req.valid('param').iso3, c.req.valid('query'));
      const rows: unknown[][] = [
        ...p.byYear.map((y) => ['year', y.year, null, null, ...band(y.volumeM3), y.dredgingHours, y.vessels]),
        ...p.vessels.map((v) => ['vessel', null, v.mmsi, v.name, ...band(v.volumeM3), v.dredgingHours, null]),
      ];
      const body = toCsv(
        [
          'row',
          'year',
          'mmsi',
          'name',
          'volume_m3_low',
          'volume_m3_central',
          'volume_m3_high',
          'dredging_hours',
          'vessels',
        ],
        rows,
      );
      return c.body(body, 200, attachment(`dredging-${p.country.iso3}.csv`, 'text/csv; charset=utf-8'));
    })
    .openapi(vessels, async (c) => c.json(await service.vesselList(c.req.valid('query')), 200))
    .openapi(vessel, async (c) =>
      c.json(await service.vesselPage(c.req.valid('param').mmsi, c.req.valid('query')), 200),
    )
    .openapi(vesselTrack, async (c) => {
      const page = await service.vesselPage(c.req.valid('param').mmsi, c.req.valid('query'));
      const features: {
        type: 'Feature';
        properties: Record<string, unknown>;
        geometry: { type: 'LineString'; coordinates: number[][] };
      }[] = [];
      let segment = -1;
      for (const p of page.track) {
        const last = features[features.length - 1];
        if (last && last.properties.activity === p.activity && p.segment === segment) {
          last.geometry.coordinates.push([p.lon, p.lat]);
          last.properties.end = p.t;
        } else {
          // A new activity continues from the last point of the same segment; a new segment starts afresh.
          const coordinates =
            last && p.segment === segment
              ? [last.geometry.coordinates[last.geometry.coordinates.length - 1], [p.lon, p.lat]]
              : [[p.lon, p.lat]];
          features.push({
            type: 'Feature',
            properties: {
              mmsi: page.vessel.mmsi,
              activity: p.activity,
              segment: p.segment,
              start: p.t,
              end: p.t,
            },
            geometry: { type: 'LineString', coordinates },
          });
        }
        segment = p.segment;
      }
      return c.json(
        { type: 'FeatureCollection' as const, metadata: { dataset: page.dataset }, features },
        200,
        attachment(`dredging-${page.vessel.mmsi}-track.geojson`, 'application/geo+json'),
      );
    })
    .openapi(vesselCycles, async (c) => {
      const page = await service.vesselPage(c.req.valid('param').mmsi, c.req.valid('query'));
      const body = toCsv(
        [
          'cycle_id',
          'start',
          'end',
          'dredging_minutes',
          'complete',
          'dredge_lon',
          'dredge_lat',
          'discharge_lon',
          'discharge_lat',
          'country',
          'volume_m3_low',
          'volume_m3_central',
          'volume_m3_high',
          'volume_method',
        ],
        page.cycles.map((x) => [
          x.id,
          x.start,
          x.end,
          x.dredgingMinutes,
          x.complete,
          x.dredgeLon,
          x.dredgeLat,
          x.dischargeLon,
          x.dischargeLat,
          x.country,
          ...band(x.volumeM3),
          x.volumeMethod,
        ]),
      );
      return c.body(
        body,
        200,
        attachment(`dredging-${page.vessel.mmsi}-cycles.csv`, 'text/csv; charset=utf-8'),
      );
    })
    .openapi(series, async (c) => c.json(await service.timeSeries(upper(c.req.valid('query'))), 200))
    .openapi(seriesCsv, async (c) => {
      const view = await service.timeSeries(upper(c.req.valid('query')));
      const body = toCsv(
        [
          'month',
          'volume_m3_low',
          'volume_m3_central',
          'volume_m3_high',
          'dredging_hours',
          'vessels',
          'dataset',
          'synthetic',
        ],
        view.items.map((x) => [
          x.month,
          ...band(x.volumeM3),
          x.dredgingHours,
          x.vessels,
          view.dataset.id,
          view.dataset.synthetic,
        ]),
      );
      return c.body(body, 200, attachment('dredging-series.csv', 'text/csv; charset=utf-8'));
    })
    .openapi(events, async (c) => c.json(await service.events(upper(c.req.valid('query'))), 200))
    .openapi(eventsCsv, async (c) =>
      c.body(
        await service.eventsCsv(upper(c.req.valid('query'))),
        200,
        attachment('dredging-events.csv', 'text/csv; charset=utf-8'),
      ),
    )
    .openapi(eventsGeo, async (c) =>
      c.json(
        await service.eventsGeoJson(upper(c.req.valid('query'))),
        200,
        attachment('dredging-events.geojson', 'application/geo+json'),
      ),
    );
}
