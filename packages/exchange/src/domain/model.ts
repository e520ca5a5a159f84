import type { Language } from '@strata/core';
import type { MatchState } from './match-state.ts';
import type { MatchScore } from './matching.ts';
import type { ItemKind, Region, Stage, SupportKind, Theme, Urgency } from './vocabulary.ts';

/** A working-group space: a topic by life-cycle stage or by theme, public or for members only. */
export interface Space {
  id: string;
  slug: string;
  stage: Stage | null;
  theme: Theme | null;
  title: string;
  description: string;
  visibility: 'public' | 'members';
  demo: boolean;
}

export interface Thread {
  id: string;
  spaceId: string;
  authorId: string | null;
  countryIso3: string | null;
  language: Language;
  kind: 'discussion' | 'question';
  title: string;
  body: string;
  /** Proposals of the process hub this thread is about. */
  proposalIds: string[];
  /** Instruments of the global assessment (by slug) this thread is about. */
  instrumentSlugs: string[];
  acceptedReplyId: string | null;
  hiddenReason: string | null;
  lockedReason: string | null;
  mergedInto: string | null;
  demo: boolean;
  createdAt: string;
}

export interface Reply {
  id: string;
  threadId: string;
  authorId: string | null;
  countryIso3: string | null;
  body: string;
  /** Account ids mentioned (written `@email` in the body). */
  mentions: string[];
  hiddenReason: string | null;
  createdAt: string;
}

export interface Moderation {
  entity: 'thread' | 'reply';
  entityId: string;
  action: 'hide' | 'unhide' | 'lock' | 'unlock' | 'move' | 'merge';
  reason: string;
  actorId: string | null;
  at: string;
}

export interface CaseContact {
  name: string;
  email: string | null;
}

/** One version of a good-practice case. `contacts` is left out for the public. */
export interface CaseVersion {
  number: number;
  title: string;
  problem: string;
  actions: string;
  results: string;
  costs: string;
  replicability: string;
  contacts?: CaseContact[];
  documents: { title: string; url: string }[];
  createdAt: string;
}

export type CaseStatus = 'draft' | 'submitted' | 'published' | 'returned';

export interface GoodPracticeCase {
  id: string;
  countryIso3: string;
  stage: Stage;
  theme: Theme;
  language: Language;
  status: CaseStatus;
  reviewNote: string | null;
  createdBy: string | null;
  mergedInto: string | null;
  demo: boolean;
  createdAt: string;
  updatedAt: string;
  current: CaseVersion;
}

export interface Need {
  id: string;
  countryIso3: string;
  theme: Theme;
  stage: Stage | null;
  kind: SupportKind;
  urgency: Urgency;
  language: Language;
  title: string;
  context: string;
  neededBy: string | null;
  status: 'open' | 'served' | 'withdrawn' | 'merged';
  mergedInto: string | null;
  createdBy: string | null;
  demo: boolean;
  createdAt: string;
}

export interface Offer {
  id: string;
  providerCountryIso3: string | null;
  providerOrganisationId: string | null;
  providerName: string;
  themes: Theme[];
  stages: Stage[];
  kinds: SupportKind[];
  regions: Region[];
  language: Language;
  title: string;
  description: string;
  capacity: number | null;
  availableFrom: string | null;
  availableUntil: string | null;
  status: 'open' | 'withdrawn' | 'merged';
  mergedInto: string | null;
  createdBy: string | null;
  demo: boolean;
  createdAt: string;
}

export interface MatchNote {
  state: MatchState;
  note: string;
  authorId: string | null;
  at: string;
}

export interface Match {
  id: string;
  needId: string;
  offerId: string;
  score: number;
  explanation: MatchScore;
  state: MatchState;
  outcome: string | null;
  demo: boolean;
  createdAt: string;
  updatedAt: string;
  notes: MatchNote[];
}

/** One searchable text of an item in one language, with the filters the search offers. */
export interface SearchDocument {
  kind: ItemKind;
  itemId: string;
  language: Language;
  title: string;
  body: string;
  membersOnly: boolean;
  stage: string | null;
  theme: string | null;
  countryIso3: string | null;
}

export interface SearchQuery {
  text: string;
  kinds?: ItemKind[];
  languages?: Language[];
  stage?: string;
  theme?: string;
  countryIso3?: string;
  /** Include members-only items (spaces the reader belongs to are not told apart: members see all). */
  includeMembersOnly: boolean;
  limit: number;
}

export interface SearchHit {
  kind: ItemKind;
  itemId: string;
  language: Language;
  title: string;
  /** An excerpt with the matching words between `<mark>` and `</mark>` (the text itself is not HTML). */
  snippet: string;
  rank: number;
  /** `fulltext` when the language's configuration matched, `trigram` when found by similarity only. */
  method: 'fulltext' | 'trigram';
}

export const NOTIFICATION_TOPICS = ['reply', 'mention', 'match', 'new_item'] as const;
export type NotificationTopic = (typeof NOTIFICATION_TOPICS)[number];
export const DELIVERY_MODES = ['immediate', 'daily', 'off'] as const;
export type DeliveryMode = (typeof DELIVERY_MODES)[number];

export interface Notification {
  id: string;
  userId: string;
  topic: NotificationTopic;
  subject: string;
  body: string;
  link: string;
  createdAt: string;
  readAt: string | null;
}

export interface OutboxMessage {
  id: string;
  userId: string;
  toEmail: string;
  subject: string;
  body: string;
  dedupeKey: string;
  attempts: number;
}

export const ATTACHMENT_OWNER_KINDS = ['thread', 'reply', 'case'] as const;
export type AttachmentOwnerKind = (typeof ATTACHMENT_OWNER_KINDS)[number];

/** A file attached to a thread, a reply or a case (PDF, DOCX or XLSX, ≤ 10 MiB, typed from content). */
export interface Attachment {
  id: string;
  ownerKind: AttachmentOwnerKind;
  ownerId: string;
  name: string;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
  createdBy: string | null;
  demo: boolean;
  createdAt: string;
}
