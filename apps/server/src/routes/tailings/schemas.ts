import { z } from '@hono/zod-openapi';
import { FACILITY_STATUSES, GISTM_CLASSES, RAISE_METHODS, TOXICITY_CLASSES } from '@strata/tailings';

export const FacilityFilterQuery = z.object({
  country: z
    .string()
    .regex(/^[A-Za-z]{3}$/)
    .optional()
    .meta({ example: 'BRA', description: 'ISO alpha-3' }),
  operator: z.string().max(200).optional().meta({ description: 'operator name contains (case-insensitive)' }),
  status: z.enum(FACILITY_STATUSES).optional(),
  raiseMethod: z.enum(RAISE_METHODS).optional(),
  class: z
    .enum([...GISTM_CLASSES, 'unclassified'])
    .optional()
    .meta({ description: 'derived GISTM-equivalent consequence class' }),
  commodity: z.string().max(50).optional().meta({ example: 'gold' }),
  toxicity: z.enum(TOXICITY_CLASSES).optional(),
  q: z.string().max(200).optional().meta({ description: 'facility name contains' }),
});
export type FacilityFilterInput = z.infer<typeof FacilityFilterQuery>;

/** Query → repository filter. */
export function toFilter(q: FacilityFilterInput) {
  return {
    country: q.country,
    operator: q.operator,
    status: q.status,
    raiseMethod: q.raiseMethod,
    gistmClass: q.class,
    commodity: q.commodity,
    toxicityClass: q.toxicity,
    q: q.q,
  };
}

export const FacilitySummarySchema = z
  .object({
    id: z.string().uuid(),
    source: z.string(),
    sourceId: z.string(),
    name: z.string(),
    countryIso3: z.string(),
    operator: z.string().nullable(),
    status: z.enum(FACILITY_STATUSES),
    raiseMethod: z.enum(RAISE_METHODS),
    gistmClass: z.enum(GISTM_CLASSES).nullable(),
    classConfidence: z.enum(['high', 'medium', 'low']).nullable(),
    commodity: z.string().nullable(),
    toxicityClass: z.enum(TOXICITY_CLASSES),
    hazardScore: z.number(),
    hazardCoverage: z.number().meta({ description: 'share of the hazard score whose inputs were disclosed' }),
    exposureScore: z.number(),
    lon: z.number().nullable(),
    lat: z.number().nullable(),
    heightM: z.number().nullable(),
    volumeM3: z.number().nullable(),
    version: z.number().int(),
    updatedAt: z.string(),
  })
  .meta({ id: 'TailingsFacilitySummary' });

export const Json = z.record(z.string(), z.unknown());

export const IdParam = z.object({ id: z.string().meta({ example: '0b8f…' }) });

export const ImportResultSchema = z
  .object({
    format: z.enum(['sigbm', 'csv', 'geojson', 'gtp']),
    created: z.number().int(),
    updated: z.number().int(),
    unchanged: z.number().int(),
    rejected: z.array(
      z.object({ line: z.number().int(), sourceId: z.string().nullable(), reason: z.string() }),
    ),
    unknownColumns: z.array(z.string()),
    missingColumns: z.array(z.string()),
    skipped: z.boolean(),
  })
  .meta({ id: 'TailingsImportResult' });
