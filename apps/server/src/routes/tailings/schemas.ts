import { z } from '@hono/zod-openapi';
import {
  DISCLOSABLE_FIELDS,
  FACILITY_STATUSES,
  GISTM_CLASSES,
  IMPORT_FORMATS,
  RAISE_METHODS,
  TOXICITY_CLASSES,
} from '@strata/tailings';
import { AccountLabelSchema } from '../../account-labels.ts';
import { FacilityRecordSchema } from './facility-schemas.ts';

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
  asgm: z.enum(['yes', 'no', 'unknown']).optional().meta({
    description: 'holds tailings from artisanal and small-scale gold mining: yes, no, or not known',
  }),
  q: z
    .string()
    .max(200)
    .optional()
    .meta({ description: 'facility name, mine name, operator or municipality contains (case-insensitive)' }),
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
    asgm: q.asgm,
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
    format: z.enum(IMPORT_FORMATS),
    created: z.number().int(),
    updated: z.number().int(),
    unchanged: z.number().int(),
    rejected: z.array(
      z.object({ line: z.number().int(), sourceId: z.string().nullable(), reason: z.string() }),
    ),
    unknownColumns: z.array(z.string()),
    missingColumns: z.array(z.string()),
    skipped: z.boolean(),
    dryRun: z.boolean().meta({ description: 'true when nothing was written: the counts say what would be' }),
    detected: z
      .object({ encoding: z.string(), delimiter: z.string() })
      .nullable()
      .meta({ description: 'encoding and delimiter detected in a delimited-text file' }),
    headerRow: z
      .number()
      .int()
      .nullable()
      .meta({ description: 'the 1-based row the header was found on (workbooks), else null' }),
    headers: z
      .object({
        matched: z.array(z.object({ field: z.string(), header: z.string() })),
        unmatched: z.array(z.string()),
        missing: z.array(z.string()),
        ambiguous: z.array(z.object({ field: z.string(), headers: z.array(z.string()), used: z.string() })),
      })
      .nullable()
      .meta({ description: "how the file's columns were matched to the model" }),
    invalidFields: z
      .array(
        z.object({
          line: z.number().int(),
          sourceId: z.string().nullable(),
          field: z.string(),
          header: z.string(),
          raw: z.string(),
          reason: z.string(),
        }),
      )
      .meta({ description: 'values that could not be read: the row was imported with that field empty' }),
  })
  .meta({ id: 'TailingsImportResult' });

export const MapPointsSchema = z
  .object({
    total: z.number().int(),
    columns: z.object({
      id: z.array(z.string()),
      name: z.array(z.string()),
      lon: z.array(z.number()),
      lat: z.array(z.number()),
      status: z.array(z.string()),
      gistmClass: z.array(z.string().nullable()),
      hazardScore: z.array(z.number()),
      toxicityClass: z.array(z.string()),
    }),
  })
  .meta({ id: 'TailingsMapPoints' });
export type MapPoints = z.infer<typeof MapPointsSchema>;

export const DisclosureSchema = z
  .object({
    id: z.string(),
    facilityId: z.string(),
    facilityName: z.string(),
    countryIso3: z.string(),
    companyId: z.string().nullable(),
    status: z.enum(['submitted', 'published', 'returned']),
    changes: FacilityRecordSchema.partial(),
    fields: z
      .array(
        z.object({
          field: z.enum(DISCLOSABLE_FIELDS),
          current: z.unknown().meta({ description: "The facility's value now (null when none)" }),
          proposed: z.unknown().meta({ description: "The operator's value" }),
          changed: z.boolean().meta({ description: 'False when the operator repeated the current value' }),
        }),
      )
      .meta({
        description:
          "Each disclosed field beside the facility's value now, in the facility page order (while pending: the value it would replace)",
      }),
    note: z.string().nullable(),
    comments: z.string().nullable(),
    submittedBy: z
      .string()
      .nullable()
      .meta({ description: 'E-mail, only for the secretariat; null for others' }),
    submittedByAccount: AccountLabelSchema.nullable(),
    submittedAt: z.string(),
    decidedAt: z.string().nullable(),
  })
  .meta({ id: 'TailingsDisclosure' });

/** One entry of the public change log (snake_case keys, as the API has always written them). */
export const ChangeSchema = z
  .object({
    facility_id: z.string(),
    name: z.string(),
    country_iso3: z.string(),
    version: z.number().int(),
    reason: z.string(),
    changes: z.array(z.object({ path: z.string(), before: z.unknown(), after: z.unknown() })),
    at: z.string(),
  })
  .meta({ id: 'TailingsChange' });

/** One version of a facility (snake_case keys, as the API has always written them). */
export const HistoryEntrySchema = z
  .object({
    version: z.number().int(),
    changes: z.array(z.object({ path: z.string(), before: z.unknown(), after: z.unknown() })),
    reason: z.string(),
    actor_email: z.string().nullable().meta({ description: 'Only for the secretariat; null for others' }),
    actor: AccountLabelSchema.nullable(),
    at: z.string(),
  })
  .meta({ id: 'TailingsHistoryEntry' });

export const CountryAggregateSchema = z
  .object({
    countryIso3: z.string(),
    facilities: z.number().int(),
    active: z.number().int(),
    closedOrInactive: z.number().int(),
    highConsequence: z.number().int(),
    classified: z.number().int(),
    meanHazardScore: z.number().nullable(),
    maxHazardScore: z.number().nullable(),
    meanExposureScore: z.number().nullable(),
    toxicity: z.object({
      high: z.number().int(),
      moderate: z.number().int(),
      low: z.number().int(),
      unknown: z.number().int(),
    }),
  })
  .meta({ id: 'TailingsCountryAggregate' });

export const RegulatorViewSchema = z
  .object({
    country: z.string(),
    facilities: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        operator: z.string().nullable(),
        status: z.string(),
        gistmClass: z.string().nullable(),
        hazardScore: z.number(),
        lastReview: z.string().nullable(),
        nextDue: z.string().nullable(),
        reviewIntervalYears: z.number().int(),
        reviewIntervalBasis: z.string(),
        reviewOverdue: z.boolean(),
        openFindings: z.number().int(),
      }),
    ),
    overdueReviews: z.number().int(),
    openFindings: z.number().int(),
  })
  .meta({ id: 'TailingsRegulatorView' });

/** A GISTM requirement (snake_case `updated_at`, as the API has always written it). */
export const RequirementSchema = z
  .object({ id: z.string(), principle: z.number().int(), text: z.string(), updated_at: z.string() })
  .meta({ id: 'TailingsRequirement' });

export const ResourceSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    kind: z.string(),
    url: z.string().nullable(),
    summary: z.string(),
    language: z.string(),
    topics: z.array(z.string()),
    translations: z.record(z.string(), z.object({ summary: z.string(), official: z.boolean() })).meta({
      description:
        "the summary in other languages; official when it is the source's own text, else Strata's rendering",
    }),
  })
  .meta({ id: 'TailingsResource' });

export const KnowledgeGapSchema = z
  .object({
    id: z.string(),
    topic: z.string(),
    title: z.string(),
    description: z.string(),
    status: z.string(),
    resourceIds: z.array(z.string()),
    translations: z
      .record(
        z.string(),
        z.object({ title: z.string(), official: z.boolean(), description: z.string().optional() }),
      )
      .meta({
        description:
          "the title in other languages, official when it is the source's own text; the description in that language where there is one (Strata's wording)",
      }),
  })
  .meta({ id: 'TailingsKnowledgeGap' });

const tally = z.record(z.string(), z.number().int());

/** The historical failures with their tallies (the list is imported from the user's own CSP2 copy). */
export const FailuresSchema = z
  .object({
    credit: z.string(),
    total: z.number().int(),
    byRaiseMethod: tally,
    byCause: tally,
    byDecade: tally,
    byCountry: tally,
    releaseRunout: z.array(
      z.object({
        year: z.number().int(),
        location: z.string(),
        releaseM3: z.number(),
        runoutKm: z.number(),
      }),
    ),
    items: z.array(z.unknown()),
  })
  .meta({ id: 'TailingsFailures' });
