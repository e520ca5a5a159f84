import { z } from '@hono/zod-openapi';
import { LANGUAGES, UN_GROUPS } from '@strata/core';
import {
  ENDORSEMENT_KINDS,
  ENDORSEMENT_VENUES,
  FILE_LANGUAGES,
  FOCAL_POINT_STATUSES,
  MEETING_TYPES,
  ORIGIN_KINDS,
} from '@strata/process';
import { nameSchema } from '../../name-schema.ts';
import { httpUrlSchema } from '../../url-schema.ts';

export const Id = z.string().uuid();
export const ProcessParam = z.object({
  process: z.string().min(2).max(60).meta({ example: 'unea-5-12', description: 'process id or slug' }),
});
export const IdParam = z.object({ id: Id });
const Iso3 = z
  .string()
  .regex(/^[A-Za-z]{3}$/)
  .meta({ example: 'SEN' });
const Totals = z.record(z.string(), z.union([z.number(), z.string()]));
const Timestamp = z.string().meta({ format: 'date-time' });

export const ProcessSchema = z
  .object({
    id: z.string(),
    slug: z.string(),
    resolution: z.string(),
    title: z.string(),
    mandate: z.array(z.object({ paragraph: z.string(), text: z.string(), source: z.string().optional() })),
    phases: z.array(z.object({ name: z.string(), start: z.string().nullable(), end: z.string().nullable() })),
    coChairs: z.array(z.string()),
    secretariat: z.string(),
    publishedTotals: Totals,
    source: z.string().nullable(),
  })
  .meta({ id: 'Process' });

export const NewProcessSchema = z.object({
  slug: z.string().regex(/^[a-z0-9-]{2,60}$/),
  resolution: z.string().min(1).max(200),
  title: z.string().min(1).max(500),
  mandate: z
    .array(
      z.object({
        paragraph: z.string().max(20),
        text: z.string().max(5000),
        source: z.string().max(500).optional(),
      }),
    )
    .optional(),
  phases: z
    .array(z.object({ name: z.string().max(200), start: z.string().nullable(), end: z.string().nullable() }))
    .optional(),
  coChairs: z.array(z.string().max(200)).optional(),
  secretariat: z.string().min(1).max(200),
  publishedTotals: Totals.optional(),
  source: z.string().max(1000).nullable().optional(),
});

/** The editable fields of a process: every one optional; the slug never changes. */
export const EditProcessSchema = NewProcessSchema.omit({ slug: true, publishedTotals: true })
  .partial()
  .refine((x) => Object.keys(x).length > 0, 'give at least one field to change');

export const FocalPointSchema = z
  .object({
    id: z.string(),
    countryIso3: z.string(),
    unGroup: z.enum(UN_GROUPS).nullable(),
    kind: z.enum(['primary', 'alternate']),
    status: z.enum(FOCAL_POINT_STATUSES),
    nominatedAt: Timestamp,
    updatedAt: Timestamp,
    contact: z
      .object({ name: z.string(), email: z.string().nullable(), phone: z.string().nullable() })
      .optional()
      .meta({ description: 'Only for the secretariat and the focal points of the process' }),
  })
  .meta({ id: 'FocalPoint' });

export const NewFocalPointSchema = z.object({
  countryIso3: Iso3,
  kind: z.enum(['primary', 'alternate']),
  name: nameSchema(200),
  email: z.string().email().max(320).nullable().optional(),
  phone: z.string().max(50).nullable().optional(),
  userId: Id.nullable().optional(),
});

/** Fields of a record in other languages, each flagged official (the publisher's own text) or not. */
function translationsSchema<T extends z.ZodRawShape>(shape: T) {
  const entry = z.object({ ...shape, official: z.boolean() });
  return z.object(
    Object.fromEntries(LANGUAGES.map((l) => [l, entry.optional()])) as Record<
      (typeof LANGUAGES)[number],
      z.ZodOptional<typeof entry>
    >,
  );
}
const MeetingTranslations = z.object({
  title: translationsSchema({ text: z.string().max(300) }).optional(),
  audience: translationsSchema({ text: z.string().max(500) }).optional(),
  agenda: translationsSchema({ items: z.array(z.string().max(500)).max(100) }).optional(),
});
const MEETING_FORMATS = ['in_person', 'online', 'hybrid'] as const;

export const MeetingSchema = z
  .object({
    id: z.string(),
    processId: z.string(),
    type: z.enum(MEETING_TYPES),
    title: z.string(),
    unGroup: z.enum(UN_GROUPS).nullable(),
    place: z.string().nullable(),
    startDate: z.string(),
    endDate: z.string(),
    hybridLink: z.string().nullable(),
    hostIso3: z.string().nullable(),
    audience: z.string().nullable(),
    agenda: z.array(z.string()),
    languages: z.array(z.string()),
    outcome: z.string().nullable(),
    publishedTotals: Totals,
    format: z.enum(MEETING_FORMATS).nullable(),
    translations: MeetingTranslations,
    documents: z.array(
      z.object({
        id: z.string(),
        title: z.string(),
        url: z.string().nullable(),
        fileId: z.string().nullable(),
        language: z.string().nullable(),
        issued: z.string().nullable(),
      }),
    ),
    participation: z.array(
      z.object({
        countryIso3: z.string().nullable(),
        organisationId: z.string().nullable(),
        mode: z.enum(['in_person', 'online']),
      }),
    ),
  })
  .meta({ id: 'Meeting' });

export const NewMeetingSchema = z.object({
  type: z.enum(MEETING_TYPES),
  title: z.string().min(1).max(300),
  unGroup: z.enum(UN_GROUPS).nullable().optional(),
  place: z.string().max(300).nullable().optional(),
  startDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  endDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  hybridLink: httpUrlSchema().nullable().optional(),
  hostIso3: Iso3.nullable().optional(),
  audience: z.string().max(500).nullable().optional(),
  agenda: z.array(z.string().max(500)).max(100).optional(),
  languages: z.array(z.enum(LANGUAGES)).optional(),
  outcome: z.string().max(20000).nullable().optional(),
  format: z.enum(MEETING_FORMATS).nullable().optional(),
  translations: MeetingTranslations.optional(),
  publishedTotals: Totals.optional(),
});

/** The editable fields of a meeting (documents and participation have their own routes). */
export const EditMeetingSchema = NewMeetingSchema.omit({ publishedTotals: true })
  .partial()
  .refine((x) => Object.keys(x).length > 0, 'give at least one field to change');

export const NewCallSchema = z.object({
  title: z.string().min(1).max(300),
  mandateRef: z.string().max(200).nullable().optional(),
  opensOn: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .nullable()
    .optional(),
  deadline: z.string().meta({ format: 'date-time' }),
  openTo: z
    .array(z.enum(['states', 'observers']))
    .min(1)
    .optional(),
});
export const EditCallSchema = NewCallSchema.partial().refine(
  (x) => Object.keys(x).length > 0,
  'give at least one field to change',
);

export const CallSchema = z
  .object({
    id: z.string(),
    processId: z.string(),
    title: z.string(),
    mandateRef: z.string().nullable(),
    opensOn: z.string().nullable(),
    deadline: Timestamp,
    openTo: z.array(z.enum(['states', 'observers'])),
    publishedTotals: Totals,
    counts: z.object({
      published: z.number(),
      withdrawn: z.number(),
      statesPublished: z.number(),
      observersPublished: z.number(),
    }),
    closedAt: Timestamp.nullable().meta({
      description: 'when the secretariat closed it before its deadline',
    }),
    open: z.boolean().meta({ description: 'submissions accepted now: before the deadline and not closed' }),
  })
  .meta({ id: 'CallForSubmissions' });

export const SubmissionSchema = z
  .object({
    id: z.string(),
    callId: z.string(),
    submitterKind: z.enum(['state', 'observer']),
    countryIso3: z.string().nullable(),
    organisationId: z.string().nullable(),
    organisationName: z.string().nullable(),
    title: z.string(),
    status: z.enum(['received', 'published', 'rejected', 'withdrawn']),
    onBehalf: z.boolean(),
    submittedAt: Timestamp,
    clearedAt: Timestamp.nullable(),
    withdrawnAt: Timestamp.nullable(),
    withdrawalNote: z.string().nullable(),
    files: z.array(
      z.object({
        id: z.string(),
        sha256: z.string(),
        mediaType: z.string(),
        sizeBytes: z.number(),
        originalName: z.string(),
        language: z.enum(FILE_LANGUAGES),
      }),
    ),
  })
  .meta({ id: 'Submission' });

const TextSchema = z.object({
  language: z.enum(LANGUAGES),
  title: z.string().min(1).max(500),
  body: z.string().min(1).max(50000),
  official: z.boolean(),
});
export const TextsSchema = z.array(TextSchema).min(1).max(6);

const Counts = z.object({
  support: z.number(),
  coSponsor: z.number(),
  reservation: z.number(),
  objection: z.number(),
  expressed: z.number(),
  supporting: z.number(),
});
export const SummarySchema = z
  .object({
    raw: Counts,
    perGroup: z.array(
      Counts.extend({
        group: z.enum(UN_GROUPS),
        members: z.number(),
        supportShare: z.number(),
        expressedShare: z.number(),
        factor: z.number(),
      }),
    ),
    outsideGroups: Counts,
    consensusScore: z.number().meta({ description: 'Π over the five UN groups of (A_g+1)/(S_g+2)' }),
    objectingStates: z.array(z.string()),
    reservingStates: z.array(z.string()),
    status: z.enum(['no_positions', 'objected', 'no_objection']),
    groupsWithoutSupport: z.array(z.enum(UN_GROUPS)),
  })
  .meta({ id: 'EndorsementSummary' });

export const VersionSchema = z
  .object({
    id: z.string(),
    number: z.number(),
    note: z.string().nullable(),
    createdAt: Timestamp,
    texts: z.array(TextSchema),
  })
  .meta({ id: 'ProposalVersion' });

export const ProposalSchema = z
  .object({
    id: z.string(),
    processId: z.string(),
    code: z.string(),
    clusterId: z.string().nullable(),
    clusterCode: z.string().nullable(),
    originKind: z.enum(ORIGIN_KINDS),
    originMeetingId: z.string().nullable(),
    originSubmissionId: z.string().nullable(),
    status: z.enum(['active', 'merged', 'split', 'withdrawn']),
    demo: z.boolean().meta({ description: 'true for fictional demonstration data' }),
    currentVersion: VersionSchema,
    endorsements: SummarySchema,
  })
  .meta({ id: 'Proposal' });

export const AmendmentSchema = z.object({
  id: z.string(),
  versionId: z.string(),
  countryIso3: z.string(),
  language: z.string(),
  proposedBody: z.string(),
  rationale: z.string().nullable(),
  status: z.enum(['proposed', 'accepted', 'rejected']),
  handling: z.string().nullable(),
  resultVersionId: z.string().nullable(),
  onBehalf: z.boolean(),
  proposedAt: Timestamp,
  handledAt: Timestamp.nullable(),
});

export const ProposalDetailSchema = ProposalSchema.extend({
  versions: z.array(VersionSchema),
  lineage: z.object({
    ancestors: z.array(z.string()),
    descendants: z.array(z.string()),
    edges: z.array(z.object({ parentId: z.string(), childId: z.string(), kind: z.string() })),
  }),
  amendments: z.array(AmendmentSchema),
}).meta({ id: 'ProposalDetail' });

export const NewProposalSchema = z.object({
  code: z.string().regex(/^[A-Za-z0-9._-]{1,30}$/),
  clusterCode: z.string().max(20).nullable().optional(),
  originKind: z.enum(ORIGIN_KINDS),
  originMeetingId: Id.nullable().optional(),
  originSubmissionId: Id.nullable().optional(),
  texts: TextsSchema,
});

export const EndorsementSchema = z
  .object({
    id: z.string(),
    sequence: z.number(),
    proposalCode: z.string(),
    proposalVersionId: z.string(),
    versionNumber: z.number(),
    countryIso3: z.string(),
    kind: z.enum(ENDORSEMENT_KINDS),
    venue: z.enum(ENDORSEMENT_VENUES),
    meetingId: z.string().nullable(),
    expressedAt: Timestamp,
    onBehalf: z.boolean().meta({ description: 'recorded by the secretariat on the state’s behalf' }),
    demo: z.boolean(),
    note: z.string().nullable(),
    recordedAt: Timestamp,
  })
  .meta({ id: 'EndorsementRecord' });

export const NewEndorsementSchema = z.object({
  countryIso3: Iso3,
  kind: z.enum(ENDORSEMENT_KINDS),
  venue: z.enum(ENDORSEMENT_VENUES),
  expressedAt: z.string().nullable().optional(),
  meetingId: Id.nullable().optional(),
  note: z.string().max(2000).nullable().optional(),
});

export const ParametersSchema = z
  .discriminatedUnion('method', [
    z.object({ method: z.literal('approval') }),
    z.object({ method: z.literal('ranked') }),
    z.object({ method: z.literal('score'), maxScore: z.number().int().min(1).max(100).default(5) }),
    z.object({
      method: z.literal('dots'),
      dots: z.number().int().min(1).max(1000),
      maxPerItem: z.number().int().min(1).optional(),
    }),
  ])
  .meta({ id: 'MethodParameters' });

export const BallotContentSchema = z
  .discriminatedUnion('method', [
    z.object({ method: z.literal('approval'), approved: z.array(z.string()).max(500) }),
    z.object({ method: z.literal('ranked'), ranking: z.array(z.string()).max(500) }),
    z.object({ method: z.literal('score'), scores: z.record(z.string(), z.number().int()) }),
    z.object({ method: z.literal('dots'), dots: z.record(z.string(), z.number().int()) }),
  ])
  .meta({ id: 'BallotContent' });

export const RoundSchema = z
  .object({
    id: z.string(),
    processId: z.string(),
    title: z.string(),
    parameters: ParametersSchema,
    rule: z.string(),
    items: z.array(
      z.object({
        versionId: z.string(),
        proposalCode: z.string(),
        versionNumber: z.number(),
        titles: z
          .array(z.object({ language: z.string(), title: z.string() }))
          .meta({ description: 'the titles of the version, official texts first' }),
      }),
    ),
    opensAt: Timestamp,
    closesAt: Timestamp,
    closedAt: Timestamp.nullable(),
    state: z.enum(['scheduled', 'open', 'closed']),
    ballotsCast: z.number(),
    demo: z.boolean(),
  })
  .meta({ id: 'PrioritisationRound' });

export const BallotSchema = z
  .object({ countryIso3: z.string(), content: BallotContentSchema, onBehalf: z.boolean(), castAt: Timestamp })
  .meta({ id: 'Ballot' });

export const ResultSchema = z
  .object({
    round: RoundSchema,
    result: z.object({
      parameters: ParametersSchema,
      ballots: z.number(),
      rule: z.string(),
      lines: z.array(
        z.object({
          itemId: z.string(),
          points: z.number(),
          meanPoints: z.number(),
          ballotsFor: z.number(),
          rank: z.number(),
        }),
      ),
    }),
  })
  .meta({ id: 'RoundResults' });

/** JSON body helper. */
export function jsonBody<T extends z.ZodType>(schema: T) {
  return { required: true, content: { 'application/json': { schema } } };
}
/** JSON 200/201 response helper. */
export function jsonOk<T extends z.ZodType>(schema: T, description = 'OK') {
  return { description, content: { 'application/json': { schema } } };
}
/** A cluster of proposals (a heading of the compilation). */
export const ClusterSchema = z
  .object({
    id: z.string(),
    code: z.string(),
    name: z.string(),
    position: z.number(),
    translations: translationsSchema({ text: z.string() }),
  })
  .meta({ id: 'Cluster' });
/** One run of a word-level diff: kept, inserted or deleted text. */
export const DiffPartSchema = z.object({ op: z.enum(['equal', 'insert', 'delete']), text: z.string() });

export const Items = <T extends z.ZodType>(schema: T) => z.object({ items: z.array(schema) });
export const CsvResponse = {
  description: 'CSV (RFC 4180, UTF-8)',
  content: { 'text/csv': { schema: z.string() } },
};
