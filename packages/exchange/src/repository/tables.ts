import type { Json, Timestamp } from '@strata/db';
import type { Generated } from 'kysely';

export interface SpaceRow {
  id: string;
  slug: string;
  stage: string | null;
  theme: string | null;
  title: string;
  description: string;
  visibility: string;
  demo: boolean;
  created_at: Timestamp;
}
export interface MemberRow {
  space_id: string;
  user_id: string;
  invited_by: string | null;
  created_at: Timestamp;
}
export interface ThreadRow {
  id: string;
  space_id: string;
  author_id: string | null;
  country_iso3: string | null;
  language: string;
  kind: string;
  title: string;
  body: string;
  proposal_ids: Json<string[]>;
  instrument_slugs: Json<string[]>;
  accepted_reply_id: string | null;
  hidden_reason: string | null;
  locked_reason: string | null;
  merged_into: string | null;
  demo: boolean;
  created_at: Timestamp;
  updated_at: Timestamp;
}
export interface ReplyRow {
  id: string;
  thread_id: string;
  author_id: string | null;
  country_iso3: string | null;
  body: string;
  mentions: Json<string[]>;
  hidden_reason: string | null;
  created_at: Timestamp;
}
export interface ModerationRow {
  id: string;
  entity: string;
  entity_id: string;
  action: string;
  reason: string;
  actor_id: string | null;
  at: Timestamp;
}
export interface CaseRow {
  id: string;
  country_iso3: string;
  stage: string;
  theme: string;
  language: string;
  status: string;
  review_note: string | null;
  created_by: string | null;
  merged_into: string | null;
  demo: boolean;
  created_at: Timestamp;
  updated_at: Timestamp;
}
export interface CaseVersionRow {
  case_id: string;
  number: number;
  title: string;
  problem: string;
  actions: string;
  results: string;
  costs: string;
  replicability: string;
  contacts: Json<{ name: string; email: string | null }[]>;
  documents: Json<{ title: string; url: string }[]>;
  created_by: string | null;
  created_at: Timestamp;
}
export interface NeedRow {
  id: string;
  country_iso3: string;
  theme: string;
  stage: string | null;
  kind: string;
  urgency: string;
  language: string;
  title: string;
  context: string;
  needed_by: string | null;
  status: string;
  merged_into: string | null;
  created_by: string | null;
  demo: boolean;
  created_at: Timestamp;
}
export interface OfferRow {
  id: string;
  provider_country_iso3: string | null;
  provider_organisation_id: string | null;
  provider_name: string;
  themes: Json<string[]>;
  stages: Json<string[]>;
  kinds: Json<string[]>;
  regions: Json<string[]>;
  language: string;
  title: string;
  description: string;
  capacity: number | null;
  available_from: string | null;
  available_until: string | null;
  status: string;
  merged_into: string | null;
  created_by: string | null;
  demo: boolean;
  created_at: Timestamp;
}
export interface MatchRow {
  id: string;
  need_id: string;
  offer_id: string;
  score: number;
  explanation: Json<unknown>;
  state: string;
  outcome: string | null;
  demo: boolean;
  created_at: Timestamp;
  updated_at: Timestamp;
}
export interface MatchNoteRow {
  id: string;
  match_id: string;
  state: string;
  note: string;
  author_id: string | null;
  at: Timestamp;
}
export interface NotificationRow {
  id: string;
  user_id: string;
  topic: string;
  subject: string;
  body: string;
  link: string;
  dedupe_key: string;
  created_at: Timestamp;
  read_at: Timestamp | null;
}
export interface OutboxRow {
  id: string;
  user_id: string;
  to_email: string;
  subject: string;
  body: string;
  dedupe_key: string;
  attempts: Generated<number>;
  next_attempt_at: Timestamp;
  sent_at: Timestamp | null;
  failed_at: Timestamp | null;
  last_error: string | null;
  created_at: Timestamp;
}
export interface SearchRow {
  item_kind: string;
  item_id: string;
  language: string;
  title: string;
  body: string;
  members_only: boolean;
  stage: string | null;
  theme: string | null;
  country_iso3: string | null;
  indexed: string;
  tsv: string;
  /** MinHash band hashes of the text (null until backfilled). */
  bands: number[] | null;
  updated_at: Timestamp;
}

export interface FileRow {
  id: string;
  sha256: string;
  media_type: string;
  size_bytes: number;
  original_name: string;
  bytes: Uint8Array;
  created_at: Timestamp;
}
export interface AttachmentRow {
  id: string;
  owner_kind: string;
  owner_id: string;
  file_id: string;
  created_by: string | null;
  demo: Generated<boolean>;
  created_at: Timestamp;
}

declare module '@strata/db' {
  interface StrataTables {
    exchange_space: SpaceRow;
    exchange_member: MemberRow;
    exchange_thread: ThreadRow;
    exchange_reply: ReplyRow;
    exchange_follow: { user_id: string; space_id: string };
    exchange_moderation: ModerationRow;
    exchange_case: CaseRow;
    exchange_case_version: CaseVersionRow;
    exchange_need: NeedRow;
    exchange_offer: OfferRow;
    exchange_match: MatchRow;
    exchange_match_note: MatchNoteRow;
    exchange_notification: NotificationRow;
    exchange_outbox: OutboxRow;
    exchange_setting: { user_id: string; topic: string; mode: string };
    exchange_unsubscribe: { token: string; user_id: string; topic: string };
    exchange_search: SearchRow;
    exchange_search_word: { language: string; word: string };
    exchange_file: FileRow;
    exchange_attachment: AttachmentRow;
  }
}
