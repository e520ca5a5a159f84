import { z } from '@hono/zod-openapi';
import { LANGUAGES } from '@strata/core';
import {
  ATTACHMENT_OWNER_KINDS,
  DELIVERY_MODES,
  ITEM_KINDS,
  MATCH_STATES,
  NOTIFICATION_TOPICS,
  REGIONS,
  STAGES,
  SUPPORT_KINDS,
  THEMES,
  URGENCIES,
} from '@strata/exchange/domain';
import { httpUrlSchema } from '../../url-schema.ts';

export const Id = z.string().uuid();
export const IdParam = z.object({ id: Id });
/** An instrument of the global assessment, by its slug. */
export const InstrumentSlug = z.string().regex(/^[a-z0-9][a-z0-9-]{1,80}$/);
export const SpaceParam = z.object({ space: z.string().min(1).max(80) });
const Language = z.enum(LANGUAGES);
const Stage = z.enum(STAGES);
const Theme = z.enum(THEMES);
const Iso3 = z.string().length(3);
const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export function jsonBody<T extends z.ZodType>(schema: T) {
  return { content: { 'application/json': { schema } }, required: true };
}
export function jsonOk<T extends z.ZodType>(schema: T, description = 'OK') {
  return { description, content: { 'application/json': { schema } } };
}
export const Items = <T extends z.ZodType>(schema: T) => z.object({ items: z.array(schema) });
export const CsvResponse = {
  description: 'CSV (RFC 4180, UTF-8)',
  content: { 'text/csv': { schema: z.string() } },
};

export const SpaceSchema = z
  .object({
    id: z.string(),
    slug: z.string(),
    stage: Stage.nullable(),
    theme: Theme.nullable(),
    title: z.string(),
    description: z.string(),
    visibility: z.enum(['public', 'members']),
    demo: z.boolean(),
  })
  .meta({ id: 'ExchangeSpace' });
export const NewSpaceSchema = SpaceSchema.omit({ id: true }).extend({
  slug: z.string().regex(/^[a-z0-9-]{2,60}$/),
  title: z.string().min(1).max(200),
  description: z.string().max(5000).default(''),
  demo: z.boolean().default(false),
});
export const ThreadSchema = z
  .object({
    id: z.string(),
    spaceId: z.string(),
    authorId: z.string().nullable(),
    countryIso3: z.string().nullable(),
    language: Language,
    kind: z.enum(['discussion', 'question']),
    title: z.string(),
    body: z.string(),
    proposalIds: z.array(z.string()),
    instrumentSlugs: z.array(z.string()),
    acceptedReplyId: z.string().nullable(),
    hiddenReason: z.string().nullable(),
    lockedReason: z.string().nullable(),
    mergedInto: z.string().nullable(),
    demo: z.boolean(),
    createdAt: z.string(),
  })
  .meta({ id: 'ExchangeThread' });
export const ReplySchema = z
  .object({
    id: z.string(),
    threadId: z.string(),
    authorId: z.string().nullable(),
    countryIso3: z.string().nullable(),
    body: z.string(),
    mentions: z.array(z.string()),
    hiddenReason: z.string().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: 'ExchangeReply' });

export const AttachmentSchema = z
  .object({
    id: z.string(),
    ownerKind: z.enum(ATTACHMENT_OWNER_KINDS),
    ownerId: z.string(),
    name: z.string(),
    mediaType: z.string(),
    sizeBytes: z.number().int(),
    sha256: z.string().meta({ description: 'SHA-256 of the bytes, lowercase hex' }),
    createdBy: z.string().nullable(),
    demo: z.boolean(),
    createdAt: z.string(),
  })
  .meta({ id: 'ExchangeAttachment' });
export const ModerationSchema = z
  .object({
    entity: z.enum(['thread', 'reply']),
    entityId: z.string(),
    action: z.enum(['hide', 'unhide', 'lock', 'unlock', 'move', 'merge']),
    reason: z.string(),
    actorId: z.string().nullable(),
    at: z.string(),
  })
  .meta({ id: 'ExchangeModeration' });
export const NewThreadSchema = z.object({
  countryIso3: Iso3.nullable().optional(),
  language: Language,
  kind: z.enum(['discussion', 'question']),
  title: z.string().min(1).max(300),
  body: z.string().min(1).max(50000),
  proposalIds: z.array(Id).max(20).optional(),
  instrumentSlugs: z.array(InstrumentSlug).max(20).optional(),
});
export const ThreadLinksSchema = z
  .object({
    proposals: z.array(z.object({ id: z.string(), code: z.string(), title: z.string() })),
    instruments: z.array(
      z.object({ slug: z.string(), title: z.string(), shortTitle: z.string().nullable() }),
    ),
  })
  .meta({ id: 'ExchangeThreadLinks', description: 'What a thread is linked to, named' });
export const ThreadLinkQuery = z
  .object({
    instrument: InstrumentSlug.optional(),
    proposal: Id.optional(),
  })
  .refine((q) => (q.instrument ? 1 : 0) + (q.proposal ? 1 : 0) === 1, {
    message: 'Give exactly one of instrument, proposal.',
  });
export const InviteSchema = z
  .object({ userId: Id.optional(), email: z.string().email().max(320).optional() })
  .refine((b) => !!b.userId !== !!b.email, { message: 'Give exactly one of userId, email.' });
export const ModerationInputSchema = z.object({
  action: z.enum(['hide', 'unhide', 'lock', 'unlock', 'move', 'merge']),
  reason: z.string().min(1).max(2000),
  targetId: z.string().nullable().optional(),
});

const DimensionSchema = z.object({
  dimension: z.enum(['theme', 'kind', 'stage', 'region', 'availability']),
  weight: z.number(),
  score: z.number(),
  reason: z.string(),
  need: z.string().nullable(),
  offer: z.array(z.string()),
});
export const MatchSchema = z
  .object({
    id: z.string(),
    needId: z.string(),
    offerId: z.string(),
    score: z.number(),
    explanation: z.object({ total: z.number(), proposed: z.boolean(), dimensions: z.array(DimensionSchema) }),
    state: z.enum(MATCH_STATES),
    outcome: z.string().nullable(),
    demo: z.boolean(),
    createdAt: z.string(),
    updatedAt: z.string(),
    notes: z.array(
      z.object({
        state: z.enum(MATCH_STATES),
        note: z.string(),
        authorId: z.string().nullable(),
        at: z.string(),
      }),
    ),
  })
  .meta({ id: 'ExchangeMatch' });
export const NeedSchema = z
  .object({
    id: z.string(),
    countryIso3: z.string(),
    theme: Theme,
    stage: Stage.nullable(),
    kind: z.enum(SUPPORT_KINDS),
    urgency: z.enum(URGENCIES),
    language: Language,
    title: z.string(),
    context: z.string(),
    neededBy: z.string().nullable(),
    status: z.enum(['open', 'served', 'withdrawn', 'merged']),
    mergedInto: z.string().nullable(),
    createdBy: z.string().nullable(),
    demo: z.boolean(),
    createdAt: z.string(),
  })
  .meta({ id: 'ExchangeNeed' });
export const NewNeedSchema = z.object({
  countryIso3: Iso3,
  theme: Theme,
  stage: Stage.nullable().optional(),
  kind: z.enum(SUPPORT_KINDS),
  urgency: z.enum(URGENCIES),
  language: Language,
  title: z.string().min(1).max(300),
  context: z.string().min(1).max(20000),
  neededBy: Day.nullable().optional(),
});
export const OfferSchema = z
  .object({
    id: z.string(),
    providerCountryIso3: z.string().nullable(),
    providerOrganisationId: z.string().nullable(),
    providerName: z.string(),
    themes: z.array(Theme),
    stages: z.array(Stage),
    kinds: z.array(z.enum(SUPPORT_KINDS)),
    regions: z.array(z.enum(REGIONS)),
    language: Language,
    title: z.string(),
    description: z.string(),
    capacity: z.number().nullable(),
    availableFrom: z.string().nullable(),
    availableUntil: z.string().nullable(),
    status: z.enum(['open', 'withdrawn', 'merged']),
    mergedInto: z.string().nullable(),
    createdBy: z.string().nullable(),
    demo: z.boolean(),
    createdAt: z.string(),
  })
  .meta({ id: 'ExchangeOffer' });
export const NewOfferSchema = z.object({
  providerCountryIso3: Iso3.nullable().optional(),
  providerOrganisationId: z.string().nullable().optional(),
  providerName: z.string().min(1).max(300),
  themes: z.array(Theme).min(1),
  stages: z.array(Stage).optional(),
  kinds: z.array(z.enum(SUPPORT_KINDS)).min(1),
  regions: z.array(z.enum(REGIONS)).min(1),
  language: Language,
  title: z.string().min(1).max(300),
  description: z.string().min(1).max(20000),
  capacity: z.number().int().min(0).nullable().optional(),
  availableFrom: Day.nullable().optional(),
  availableUntil: Day.nullable().optional(),
});
export const MoveMatchSchema = z.object({
  state: z.enum(MATCH_STATES),
  note: z.string().min(1).max(5000),
  outcome: z.string().max(5000).nullable().optional(),
});

export const DuplicateReportSchema = z
  .object({
    duplicates: z.array(
      z.object({
        kind: z.enum(ITEM_KINDS),
        itemId: z.string(),
        title: z.string(),
        explanation: z.object({
          score: z.number(),
          duplicate: z.boolean(),
          text: z.number(),
          dimensions: z.number(),
          sameLanguage: z.boolean(),
          sharedWords: z.array(z.string()),
          sharedDimensions: z.array(z.string()),
          differingDimensions: z.array(z.string()),
        }),
      }),
    ),
    servedNeeds: z.array(NeedSchema),
  })
  .meta({ id: 'ExchangeDuplicateReport' });
export const DraftSchema = z.object({
  kind: z.enum(['thread', 'case', 'need', 'offer']),
  language: Language,
  title: z.string().min(1).max(300),
  body: z.string().max(50000).default(''),
  stage: Stage.nullable().default(null),
  theme: Theme.nullable().default(null),
  countryIso3: Iso3.nullable().default(null),
});

const CaseVersionSchema = z.object({
  number: z.number(),
  title: z.string(),
  problem: z.string(),
  actions: z.string(),
  results: z.string(),
  costs: z.string(),
  replicability: z.string(),
  contacts: z.array(z.object({ name: z.string(), email: z.string().nullable() })).optional(),
  documents: z.array(z.object({ title: z.string(), url: z.string() })),
  createdAt: z.string(),
});
export const CaseSchema = z
  .object({
    id: z.string(),
    countryIso3: z.string(),
    stage: Stage,
    theme: Theme,
    language: Language,
    status: z.enum(['draft', 'submitted', 'published', 'returned']),
    reviewNote: z.string().nullable(),
    createdBy: z.string().nullable(),
    mergedInto: z.string().nullable(),
    demo: z.boolean(),
    createdAt: z.string(),
    updatedAt: z.string(),
    current: CaseVersionSchema,
  })
  .meta({ id: 'ExchangeCase' });
export const CaseDetailSchema = CaseSchema.extend({
  versions: z.array(CaseVersionSchema),
  mergedFrom: z.array(z.string()).meta({ description: 'Cases merged into this one (their histories kept)' }),
}).meta({
  id: 'ExchangeCaseDetail',
});
export const CaseTextsSchema = z.object({
  title: z.string().min(1).max(300),
  problem: z.string().min(1).max(20000),
  actions: z.string().min(1).max(20000),
  results: z.string().min(1).max(20000),
  costs: z.string().max(20000).optional(),
  replicability: z.string().max(20000).optional(),
  contacts: z
    .array(z.object({ name: z.string().min(1).max(200), email: z.string().email().nullable() }))
    .max(20)
    .optional(),
  documents: z
    .array(z.object({ title: z.string().min(1).max(300), url: httpUrlSchema() }))
    .max(50)
    .optional(),
});
export const NewCaseSchema = CaseTextsSchema.extend({
  countryIso3: Iso3,
  stage: Stage,
  theme: Theme,
  language: Language,
});

export const SearchHitSchema = z
  .object({
    kind: z.enum(ITEM_KINDS),
    itemId: z.string(),
    language: Language,
    title: z.string(),
    snippet: z.string(),
    rank: z.number(),
    method: z.enum(['fulltext', 'trigram']),
  })
  .meta({ id: 'ExchangeSearchHit' });
export const SearchQuerySchema = z.object({
  q: z.string().min(2).max(200),
  kind: z.enum(ITEM_KINDS).optional(),
  language: Language.optional(),
  stage: Stage.optional(),
  theme: Theme.optional(),
  country: Iso3.optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});

export const NotificationSchema = z
  .object({
    id: z.string(),
    userId: z.string(),
    topic: z.enum(NOTIFICATION_TOPICS),
    subject: z.string(),
    body: z.string(),
    link: z.string(),
    createdAt: z.string(),
    readAt: z.string().nullable(),
  })
  .meta({ id: 'ExchangeNotification' });
export const SettingsSchema = z
  .record(z.enum(NOTIFICATION_TOPICS), z.enum(DELIVERY_MODES))
  .meta({ id: 'ExchangeSettings' });
export const SettingInputSchema = z.object({
  topic: z.enum(NOTIFICATION_TOPICS),
  mode: z.enum(DELIVERY_MODES),
});
