import { z } from '@hono/zod-openapi';
import {
  type DisclosableField,
  FACILITY_STATUSES,
  GISTM_CLASSES,
  RAISE_METHODS,
  SELF_ASSESSMENT_STATUSES,
  TOXICITY_CLASSES,
} from '@strata/tailings';
import { AccountLabelSchema } from '../../account-labels.ts';
import { nameSchema } from '../../name-schema.ts';

const yesNo = z.boolean().nullable();
const text = z.string().max(5000).nullable();
export const isoDate = z.string().regex(/^\d{4}(-\d{2}-\d{2})?$/);

export const ProvenanceSchema = z
  .object({
    source: z.string(),
    sourceUrl: z.string().nullable(),
    licence: z.string(),
    retrieved: z.string(),
    method: z.string(),
  })
  .meta({ id: 'TailingsProvenance' });

const SourceClassificationSchema = z.object({
  system: z.string().min(1).max(100),
  raw: z.string().min(1).max(100),
  derivedBy: z
    .string()
    .optional()
    .meta({ description: 'set when Strata derived the rating: the rule applied and its source' }),
});

/**
 * The fields an operator may disclose (the 20 investor-request items and the GISTM public items). The
 * list is the domain's DISCLOSABLE_FIELDS: `satisfies` makes the compiler refuse a missing or extra one.
 */
export const DISCLOSABLE_SHAPE = {
  name: nameSchema(300),
  mineName: text,
  region: text,
  municipality: text,
  lat: z.number().min(-90).max(90).nullable(),
  lon: z.number().min(-180).max(180).nullable(),
  operator: text,
  owners: z.array(z.string().max(300)).max(50),
  partners: z.array(z.string().max(300)).max(50),
  status: z.enum(FACILITY_STATUSES),
  startYear: z.number().int().min(1800).max(2200).nullable(),
  operatedToApprovedDesign: yesNo,
  raiseMethod: z.enum(RAISE_METHODS),
  heightM: z.number().min(0).max(1000).nullable(),
  volumeM3: z.number().min(0).nullable(),
  plannedVolume5yM3: z.number().min(0).nullable(),
  lastIndependentReview: isoDate.nullable(),
  fullEngineeringRecords: yesNo,
  classification: SourceClassificationSchema.nullable(),
  stabilityConcerns: yesNo,
  stabilityConcernsNote: text,
  engineeringOversight: text,
  downstreamImpactAssessment: yesNo,
  closurePlan: yesNo,
  longTermMonitoring: yesNo,
  extremeWeatherAssessment: yesNo,
  notes: text,
  emergencyPreparednessSummary: text,
  nextIndependentReview: isoDate.nullable(),
  annualPerformanceSummary: text,
  commodity: z.string().max(50).nullable(),
  asgm: yesNo,
  toxicity: z.object({ acidRockDrainage: yesNo, cyanide: yesNo, radionuclides: yesNo, highPh: yesNo }),
  downstreamPopulation: text,
} satisfies Record<DisclosableField, z.ZodType>;

/** A facility's full record: the disclosable fields, its registry keys, raw values and provenance. */
export const FacilityRecordSchema = z
  .object({
    ...DISCLOSABLE_SHAPE,
    source: z.string(),
    sourceId: z.string(),
    countryIso3: z.string(),
    // Response values are not re-validated: the bounds above are the disclosure form's, not the registry's.
    lastIndependentReview: z.string().nullable(),
    nextIndependentReview: z.string().nullable(),
    // Records stored before the field existed lack it: not known.
    asgm: z.boolean().nullable().optional(),
    statusRaw: z.string().nullable(),
    raiseMethodRaw: z.string().nullable(),
    commodityRaw: z.string().nullable(),
    otherRatings: z.array(SourceClassificationSchema),
    ids: z.record(z.string(), z.string()),
    provenance: ProvenanceSchema,
    fieldProvenance: z.record(z.string(), ProvenanceSchema),
    extra: z.record(z.string(), z.string()),
    details: z
      .object({
        decharacterisationPhase: z.string().optional(),
        decharacterisationStart: z.string().optional(),
        decharacterisationEnd: z.string().optional(),
        constructionStart: z.string().optional(),
        operationStart: z.string().optional(),
        crestElevationM: z.number().optional(),
        lastRaiseDate: z.string().optional(),
        totalCapacityM3: z.number().optional(),
        certifications: z.array(z.string()).optional(),
        beachWidthM: z.number().optional(),
      })
      .optional()
      .meta({
        description: 'lifecycle and design values beyond the disclosure items, when the source gives any',
      }),
    invalidFields: z
      .array(z.object({ field: z.string(), raw: z.string(), reason: z.string() }))
      .optional()
      .meta({ description: 'source values that could not be read: the field is empty, the raw text kept' }),
  })
  .meta({ id: 'TailingsFacilityRecord' });

export const ScoreComponentSchema = z.object({
  factor: z.string(),
  input: z.union([z.string(), z.number(), z.boolean(), z.null()]),
  points: z.number(),
  maxPoints: z.number(),
  source: z.string(),
});

export const ScoreSchema = z.object({
  score: z.number(),
  maxScore: z.number(),
  coverage: z.number(),
  components: z.array(ScoreComponentSchema),
});

export const FindingSchema = z
  .object({
    id: z.string(),
    reviewId: z.string(),
    text: z.string(),
    severity: z.enum(['low', 'medium', 'high']),
    status: z.enum(['open', 'closed']),
    closedAt: z.string().nullable(),
  })
  .meta({ id: 'TailingsFinding' });

export const ReviewSchema = z
  .object({
    id: z.string(),
    kind: z.enum(['independent_review', 'dam_safety_review', 'audit', 'inspection']),
    reviewer: z.string(),
    date: z.string(),
    scope: z.string(),
    outcome: z.string(),
    principles: z.array(z.number().int()),
    nextDue: z.string().nullable(),
    findings: z.array(FindingSchema),
  })
  .meta({ id: 'TailingsReview' });

export const SelfAssessmentSchema = z
  .object({
    answers: z.array(
      z.object({
        requirementId: z.string(),
        status: z.enum(SELF_ASSESSMENT_STATUSES),
        note: z.string().nullable(),
        updatedAt: z.string(),
      }),
    ),
    summary: z.array(
      z.object({
        principle: z.number().int(),
        met: z.number().int(),
        partlyMet: z.number().int(),
        notMet: z.number().int(),
        notAssessed: z.number().int(),
        applicable: z.number().int(),
      }),
    ),
  })
  .meta({ id: 'TailingsSelfAssessment' });

/** The facility page: record with provenance, source and GISTM-equivalent class, scores, history, oversight. */
export const FacilityPageSchema = z
  .object({
    id: z.string(),
    version: z.number().int(),
    updatedAt: z.string(),
    companyId: z.string().nullable(),
    record: FacilityRecordSchema,
    classification: z.object({
      source: SourceClassificationSchema.nullable(),
      otherRatings: z.array(SourceClassificationSchema),
      gistmEquivalent: z
        .object({
          gistmClass: z.enum(GISTM_CLASSES),
          confidence: z.enum(['high', 'medium', 'low']),
          source: SourceClassificationSchema,
          basis: z.string(),
          crosswalk: z
            .object({
              system: z.string().meta({ description: 'the crosswalk table, e.g. ancold' }),
              name: z.string(),
              noteCode: z.string().meta({ description: "names the row's note, for translation" }),
              note: z.string().meta({ description: "the row's note in English" }),
              reference: z.string(),
            })
            .meta({
              description:
                'the parts of the basis: the crosswalk table, its row note (as a code and in English), its reference',
            }),
        })
        .nullable(),
    }),
    scores: z.object({
      asOf: z.string(),
      hazard: ScoreSchema,
      exposure: ScoreSchema.extend({
        runout: z
          .object({
            storedVolumeM3: z.number(),
            releasedVolumeM3: z.number(),
            areaM2: z.number(),
            equivalentRadiusM: z.number(),
            c: z.number(),
            method: z.string(),
          })
          .nullable(),
      }),
      toxicity: z.object({
        toxicityClass: z.enum(TOXICITY_CLASSES),
        proxy: z.boolean(),
        commodity: z.string().nullable(),
        hazards: z.array(
          z.object({
            hazard: z.enum(['acid rock drainage / metal leaching', 'cyanide', 'radionuclides', 'high pH']),
            present: z.boolean(),
            basis: z.enum(['disclosed', 'commodity proxy']),
            source: z.string(),
          }),
        ),
      }),
    }),
    history: z.array(
      z.object({
        version: z.number().int(),
        reason: z.string(),
        by: z.string().nullable().meta({ description: 'E-mail, only for the secretariat; null for others' }),
        byAccount: AccountLabelSchema.nullable(),
        at: z.string(),
        changes: z.array(z.object({ path: z.string(), before: z.unknown(), after: z.unknown() })),
      }),
    ),
    reviews: z.array(ReviewSchema),
    selfAssessment: SelfAssessmentSchema,
  })
  .meta({ id: 'TailingsFacilityPage' });
