import { z } from '@hono/zod-openapi';
import {
  ASSURANCE_LEVELS,
  CONSENT_KINDS,
  GRADE_STATUSES,
  GRADES,
  INSTRUMENT_KINDS,
  INSTRUMENT_STATUSES,
  ISSUES,
  LINK_TARGETS,
  STAGES,
} from '@strata/instruments';
import { httpUrlSchema } from '../../url-schema.ts';

const Timestamp = z.string().meta({ format: 'date-time' });
const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .meta({ example: '2017-08-16' });
export const Slug = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{1,80}$/)
  .meta({ example: 'minamata-convention' });
export const SlugParam = z.object({ slug: Slug });
export const CellParam = z.object({ slug: Slug, issue: z.enum(ISSUES), stage: z.enum(STAGES) });

export const FactSourceSchema = z
  .object({ title: z.string().max(500), url: httpUrlSchema().nullable(), consulted: IsoDate })
  .meta({ id: 'FactSource' });

export const InstrumentFactsSchema = z.object({
  title: z.string().min(1).max(500),
  shortTitle: z.string().max(100).nullable(),
  kind: z.enum(INSTRUMENT_KINDS),
  issuers: z.array(z.string().max(80)).max(20),
  adoptionYear: z.number().int().min(1800).max(2100).nullable(),
  entryIntoForce: IsoDate.nullable(),
  currentVersion: z.string().max(100).nullable(),
  versionDate: IsoDate.nullable(),
  languages: z.array(z.string().max(8)).max(20),
  titles: z.record(z.string(), z.object({ title: z.string().max(500), official: z.boolean() })),
  commodities: z.array(z.string().max(60)).max(50),
  stages: z.array(z.enum(STAGES)),
  geography: z.string().max(200).nullable(),
  assurance: z.enum(ASSURANCE_LEVELS).nullable(),
  status: z.enum(INSTRUMENT_STATUSES).nullable(),
  url: httpUrlSchema().nullable(),
  sources: z.record(z.string(), FactSourceSchema),
});

export const InstrumentSchema = InstrumentFactsSchema.extend({
  slug: z.string(),
  published: z.boolean(),
  demo: z.boolean(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
}).meta({ id: 'Instrument' });

export const NewInstrumentSchema = InstrumentFactsSchema.extend({ slug: Slug });

export const LinkSchema = z
  .object({
    instrumentSlug: z.string(),
    targetKind: z.enum(LINK_TARGETS),
    targetRef: z.string().min(1).max(200),
    note: z.string().max(2000).nullable(),
  })
  .meta({ id: 'InstrumentLink' });

export const LinkedInstrumentSchema = LinkSchema.extend({
  title: z.string(),
  shortTitle: z.string().nullable(),
  kind: z.enum(INSTRUMENT_KINDS),
  titles: InstrumentFactsSchema.shape.titles,
}).meta({ id: 'LinkedInstrument' });

export const PartyListSchema = z
  .object({
    instrumentSlug: z.string(),
    source: z.string(),
    sourceUrl: z.string().nullable(),
    listDate: z.string(),
    importedAt: Timestamp,
    parties: z.number(),
  })
  .meta({ id: 'PartyList' });

export const InstrumentDetailSchema = InstrumentSchema.extend({
  binding: z.boolean(),
  versions: z.array(
    z.object({
      instrumentSlug: z.string(),
      version: z.string(),
      versionDate: z.string().nullable(),
      note: z.string().nullable(),
      recordedAt: Timestamp,
    }),
  ),
  links: z.array(LinkSchema),
  partyList: PartyListSchema.nullable(),
}).meta({ id: 'InstrumentDetail' });

export const OrganisationSchema = z
  .object({
    slug: z.string(),
    name: z.string(),
    acronym: z.string().nullable(),
    url: z.string().nullable(),
    sources: z.record(z.string(), FactSourceSchema),
  })
  .meta({ id: 'Organisation' });

export const CatalogueQuery = z.object({
  kind: z.enum(INSTRUMENT_KINDS).optional(),
  issue: z.enum(ISSUES).optional(),
  stage: z.enum(STAGES).optional(),
  assurance: z.enum(ASSURANCE_LEVELS).optional(),
  binding: z.enum(['true', 'false']).optional(),
  country: z
    .string()
    .regex(/^[A-Za-z]{3}$/)
    .optional(),
  q: z.string().max(200).optional(),
  includeUnpublished: z.enum(['true', 'false']).optional(),
});

export const CellSchema = z
  .object({
    instrumentId: z.string(),
    issue: z.enum(ISSUES),
    stage: z.enum(STAGES),
    grade: z.enum(GRADES),
    clause: z.string().nullable(),
    source: z.string().nullable(),
    status: z.enum(GRADE_STATUSES),
    updatedAt: Timestamp,
    updatedBy: z.string().nullable(),
  })
  .meta({ id: 'MatrixCell' });

export const GradeChangeSchema = z
  .object({
    instrumentId: z.string(),
    issue: z.enum(ISSUES),
    stage: z.enum(STAGES),
    fromGrade: z.enum(GRADES).nullable(),
    toGrade: z.enum(GRADES),
    fromStatus: z.string().nullable(),
    toStatus: z.string(),
    changedAt: Timestamp,
    changedBy: z.string().nullable(),
    reason: z.string(),
  })
  .meta({ id: 'GradeChange' });

export const GradeBodySchema = z.object({
  grade: z.enum(GRADES),
  clause: z.string().max(500).nullable(),
  source: z.string().max(1000).nullable(),
  reason: z.string().min(1).max(2000),
});

const GradeCounts = z.object(
  Object.fromEntries(GRADES.map((g) => [g, z.number()])) as Record<(typeof GRADES)[number], z.ZodNumber>,
);

export const HeatMapSchema = z
  .object({
    instruments: z.number(),
    graded: z.number(),
    method: z.string(),
    cells: z.array(
      z.object({
        issue: z.enum(ISSUES),
        stage: z.enum(STAGES),
        counts: GradeCounts,
        ungraded: z.number(),
        binding: z.number(),
        bindingRequirement: z.number(),
      }),
    ),
  })
  .meta({ id: 'HeatMap' });

export const GapsSchema = z
  .object({
    method: z.string(),
    gaps: z.array(
      z.object({
        issue: z.enum(ISSUES),
        stage: z.enum(STAGES),
        strongest: z.enum(GRADES).nullable(),
        addressedBy: z.array(z.string()),
      }),
    ),
  })
  .meta({ id: 'Gaps' });

export const DuplicationsSchema = z
  .object({
    method: z.string(),
    clusters: z.array(z.array(z.string())),
    pairs: z.array(
      z.object({
        a: z.string(),
        b: z.string(),
        similarity: z.number(),
        sharedCells: z.array(
          z.object({
            issue: z.enum(ISSUES),
            stage: z.enum(STAGES),
            gradeA: z.enum(GRADES),
            gradeB: z.enum(GRADES),
          }),
        ),
      }),
    ),
  })
  .meta({ id: 'Duplications' });

export const CountryCoverageSchema = z
  .object({
    iso3: z.string(),
    method: z.string(),
    bindingInstrumentIds: z.array(z.string()),
    covered: z.number(),
    uncovered: z.array(z.object({ issue: z.enum(ISSUES), stage: z.enum(STAGES) })),
  })
  .meta({ id: 'CountryCoverage' });

export const ChangesSchema = z
  .object({
    since: z.string(),
    newInstruments: z.array(z.object({ id: z.string(), createdAt: z.string() })),
    newVersions: z.array(
      z.object({
        instrumentId: z.string(),
        version: z.string(),
        versionDate: z.string().nullable(),
        recordedAt: z.string(),
      }),
    ),
    regradedCells: z.array(GradeChangeSchema.omit({ fromStatus: true, toStatus: true })),
  })
  .meta({ id: 'Changes' });

export const ComparisonSchema = z
  .object({
    instruments: z.array(z.string()),
    rows: z.array(
      z.object({ issue: z.enum(ISSUES), stage: z.enum(STAGES), grades: z.array(z.enum(GRADES).nullable()) }),
    ),
  })
  .meta({ id: 'Comparison' });

export const ParticipationSchema = z
  .object({
    instrument: z.string(),
    countryIso3: z.string(),
    consentKind: z.enum(CONSENT_KINDS).nullable(),
    consentDate: z.string().nullable(),
    signatureDate: z.string().nullable(),
    entryIntoForce: z.string().nullable(),
    source: z.string(),
    sourceUrl: z.string().nullable(),
    listDate: z.string(),
  })
  .meta({ id: 'Participation' });

export const CsvResponse = {
  description: 'CSV (RFC 4180, UTF-8)',
  content: { 'text/csv': { schema: z.string() } },
};
export const Items = <T extends z.ZodType>(schema: T) => z.object({ items: z.array(schema) });
/** JSON response helper. */
export const json = <T extends z.ZodType>(schema: T, description = 'OK') => ({
  description,
  content: { 'application/json': { schema } },
});
/** JSON request body helper. */
export const body = <T extends z.ZodType>(schema: T) => ({
  required: true,
  content: { 'application/json': { schema } },
});
