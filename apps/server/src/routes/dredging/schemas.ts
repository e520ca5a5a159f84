import { z } from '@hono/zod-openapi';
import { ACTIVITIES } from '@strata/dredging';

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
  })
  .meta({ id: 'DredgingDataset' });

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
