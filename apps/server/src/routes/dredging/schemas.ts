import { z } from '@hono/zod-openapi';
import { ACTIVITIES, AIS_JOB_STATES, AIS_UPLOAD_FORMATS } from '@strata/dredging';

export const BandSchema = z
  .object({ low: z.number(), central: z.number(), high: z.number() })
  .meta({ id: 'DredgingBand', description: 'Low / central / high estimate' });

export const DatasetRefSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    synthetic: z.boolean().meta({ description: 'True for generated demo data: label it as synthetic' }),
    countryMethod: z
      .string()
      .meta({ description: '`approximate` (equidistance from Natural Earth land) or `official`' }),
  })
  .meta({ id: 'DredgingDatasetRef' });

export const DatasetSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    synthetic: z.boolean(),
    source: z.string(),
    licence: z.string(),
    retrieved: z.string(),
    method: z.string(),
    countryMethod: z.string(),
    createdAt: z.string(),
    summary: z.record(z.string(), z.unknown()),
    published: z
      .boolean()
      .meta({ description: 'False while only its owner (and the secretariat) may see it' }),
  })
  .meta({ id: 'DredgingDataset' });

export const AisJobSchema = z
  .object({
    id: z.string(),
    state: z.enum(AIS_JOB_STATES),
    format: z.enum([...AIS_UPLOAD_FORMATS, 'auto']),
    fileName: z.string(),
    bytes: z.number().int(),
    datasetId: z.string(),
    datasetName: z.string(),
    phase: z.enum(['queued', 'decoding', 'analysing', 'saving', 'done']),
    done: z.number(),
    total: z.number(),
    error: z.string().nullable().meta({ description: 'Why the job failed' }),
    result: z
      .object({
        format: z.enum(AIS_UPLOAD_FORMATS),
        rows: z.number().int(),
        rejectedRows: z.number().int(),
        firstRejections: z.array(z.object({ line: z.number().int(), reason: z.string() })),
        positions: z.number().int(),
        vessels: z.number().int(),
        dredgers: z.number().int(),
        events: z.number().int(),
      })
      .nullable(),
    createdAt: z.string(),
    startedAt: z.string().nullable(),
    finishedAt: z.string().nullable(),
  })
  .meta({ id: 'DredgingAisJob' });

export const EventSchema = z
  .object({
    mmsi: z.number().int(),
    activity: z.enum(ACTIVITIES),
    start: z.string(),
    end: z.string(),
    lon: z.number(),
    lat: z.number(),
    country: z.string().nullable(),
    countryMethod: z.enum(['approximate', 'official']),
    h3: z.string(),
    areas: z.array(z.string()),
    inProtectedArea: z.boolean(),
    cycleId: z.string().nullable(),
    volumeM3: BandSchema.nullable(),
    tonnes: BandSchema.nullable(),
    volumeMethod: z.string().nullable(),
  })
  .meta({ id: 'DredgingEvent' });

const year = z.coerce.number().int().min(1990).max(2100).optional().meta({ example: 2025 });
const month = z.coerce.number().int().min(1).max(12).optional().meta({ description: 'Needs `year`' });

export const ViewQuery = z.object({
  dataset: z
    .string()
    .max(80)
    .optional()
    .meta({ description: 'Dataset id; default the newest real dataset, else the demo' }),
  year,
  month,
});

export const EventQuery = ViewQuery.extend({
  country: z
    .string()
    .regex(/^[A-Za-z]{3}$/)
    .optional(),
  activity: z.enum(ACTIVITIES).optional(),
  mmsi: z.coerce.number().int().min(1).max(999_999_999).optional(),
});

export const HexQuery = ViewQuery.extend({
  resolution: z.coerce.number().int().min(3).max(7).default(6).meta({ description: 'H3 resolution 3–7' }),
});

export const Iso3Param = z.object({
  iso3: z
    .string()
    .regex(/^[A-Za-z]{3}$/)
    .meta({ example: 'NLD' }),
});
export const MmsiParam = z.object({
  mmsi: z.coerce.number().int().min(1).max(999_999_999).meta({ example: 999900001 }),
});

export const GeoJsonSchema = z
  .object({ type: z.literal('FeatureCollection'), features: z.array(z.record(z.string(), z.unknown())) })
  .passthrough()
  .meta({ id: 'DredgingGeoJson' });

export const HexCellSchema = z
  .object({
    h3: z.string(),
    volumeM3: BandSchema,
    dredgingHours: z.number(),
    periods: z.number().int(),
    vessels: z.number().int(),
    protectedPeriods: z.number().int(),
  })
  .meta({ id: 'DredgingHexCell' });

export const CountryRowSchema = z
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

export const CountryPanelSchema = z
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

export const VesselRowSchema = z
  .object({
    mmsi: z.number().int(),
    imo: z.number().int().nullable(),
    name: z.string().nullable(),
    dredgerType: z.string().nullable(),
    operator: z.string().nullable(),
    evidence: z.array(z.string()),
    volumeM3: BandSchema,
    dredgingHours: z.number(),
  })
  .meta({ id: 'DredgingVesselRow' });

export const SeriesRowSchema = z
  .object({ month: z.string(), volumeM3: BandSchema, dredgingHours: z.number(), vessels: z.number().int() })
  .meta({ id: 'DredgingSeriesRow' });

const CycleSchema = z
  .object({
    id: z.string(),
    start: z.string(),
    end: z.string(),
    dredgingMinutes: z.number(),
    complete: z.boolean(),
    dredgeLon: z.number(),
    dredgeLat: z.number(),
    dischargeLon: z.number().nullable(),
    dischargeLat: z.number().nullable(),
    country: z.string().nullable(),
    volumeM3: BandSchema,
    volumeMethod: z.string(),
  })
  .meta({ id: 'DredgingCycle' });

const VesselSchema = z
  .object({
    mmsi: z.number().int(),
    imo: z.number().int().nullable(),
    name: z.string().nullable(),
    shipType: z.number().int().nullable(),
    lengthM: z.number().nullable(),
    beamM: z.number().nullable(),
    dredgerType: z.string().nullable(),
    dredgerTypeSource: z.string().nullable(),
    operator: z.string().nullable(),
    evidence: z.array(z.object({ kind: z.string(), detail: z.string() })),
    capacity: z
      .object({ band: BandSchema, unit: z.enum(['hopper_m3', 'm3_per_hour']), source: z.string() })
      .nullable(),
  })
  .meta({ id: 'DredgingVessel' });

export const VesselPageSchema = z
  .object({
    dataset: DatasetRefSchema,
    vessel: VesselSchema,
    totals: z.object({ volumeM3: BandSchema, dredgingHours: z.number(), cycles: z.number().int() }),
    cycles: z.array(CycleSchema),
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
