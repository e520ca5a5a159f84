import type { Migration } from '@strata/db';

/**
 * The exchange module's tables. SQL that runs on PGlite and PostgreSQL 15 alike; pg_trgm ships with
 * both (PGlite loads it as an extension, PostgreSQL 15 marks it trusted). Arrays of vocabulary values
 * are jsonb, text-search vectors are computed by the repository with each language's configuration.
 */
export const exchangeMigrations: Migration[] = [
  {
    id: 'exchange/001_forum',
    sql: `
create table exchange_space (
  id uuid primary key,
  slug text not null unique,
  stage text,
  theme text,
  title text not null,
  description text not null default '',
  visibility text not null check (visibility in ('public', 'members')),
  demo boolean not null default false,
  created_at timestamptz not null default now()
);
create table exchange_member (
  space_id uuid not null references exchange_space(id) on delete cascade,
  user_id uuid not null,
  invited_by uuid,
  created_at timestamptz not null default now(),
  primary key (space_id, user_id)
);
create table exchange_thread (
  id uuid primary key,
  space_id uuid not null references exchange_space(id),
  author_id uuid,
  country_iso3 char(3),
  language text not null,
  kind text not null check (kind in ('discussion', 'question')),
  title text not null,
  body text not null,
  proposal_ids jsonb not null default '[]',
  accepted_reply_id uuid,
  hidden_reason text,
  locked_reason text,
  merged_into uuid,
  demo boolean not null default false,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index exchange_thread_space on exchange_thread (space_id, created_at desc);
create table exchange_reply (
  id uuid primary key,
  thread_id uuid not null references exchange_thread(id),
  author_id uuid,
  country_iso3 char(3),
  body text not null,
  mentions jsonb not null default '[]',
  hidden_reason text,
  created_at timestamptz not null default now()
);
create index exchange_reply_thread on exchange_reply (thread_id, created_at);
create table exchange_follow (
  user_id uuid not null,
  space_id uuid not null references exchange_space(id) on delete cascade,
  primary key (user_id, space_id)
);
create table exchange_moderation (
  id uuid primary key,
  entity text not null,
  entity_id uuid not null,
  action text not null,
  reason text not null,
  actor_id uuid,
  at timestamptz not null default now()
)`,
  },
  {
    id: 'exchange/002_library_and_board',
    sql: `
create table exchange_case (
  id uuid primary key,
  country_iso3 char(3) not null,
  stage text not null,
  theme text not null,
  language text not null,
  status text not null check (status in ('draft', 'submitted', 'published', 'returned')),
  review_note text,
  created_by uuid,
  merged_into uuid,
  demo boolean not null default false,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create table exchange_case_version (
  case_id uuid not null references exchange_case(id),
  number integer not null,
  title text not null,
  problem text not null,
  actions text not null,
  results text not null,
  costs text not null default '',
  replicability text not null default '',
  contacts jsonb not null default '[]',
  documents jsonb not null default '[]',
  created_by uuid,
  created_at timestamptz not null default now(),
  primary key (case_id, number)
);
create table exchange_need (
  id uuid primary key,
  country_iso3 char(3) not null,
  theme text not null,
  stage text,
  kind text not null,
  urgency text not null,
  language text not null,
  title text not null,
  context text not null,
  needed_by text check (needed_by ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'),
  status text not null check (status in ('open', 'served', 'withdrawn', 'merged')),
  merged_into uuid,
  created_by uuid,
  demo boolean not null default false,
  created_at timestamptz not null default now()
);
create index exchange_need_country on exchange_need (country_iso3);
create table exchange_offer (
  id uuid primary key,
  provider_country_iso3 char(3),
  provider_organisation_id uuid,
  provider_name text not null,
  themes jsonb not null,
  stages jsonb not null,
  kinds jsonb not null,
  regions jsonb not null,
  language text not null,
  title text not null,
  description text not null,
  capacity integer,
  available_from text,
  available_until text,
  status text not null check (status in ('open', 'withdrawn', 'merged')),
  merged_into uuid,
  created_by uuid,
  demo boolean not null default false,
  created_at timestamptz not null default now()
);
create table exchange_match (
  id uuid primary key,
  need_id uuid not null references exchange_need(id),
  offer_id uuid not null references exchange_offer(id),
  score double precision not null,
  explanation jsonb not null,
  state text not null,
  outcome text,
  demo boolean not null default false,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (need_id, offer_id)
);
create table exchange_match_note (
  id uuid primary key,
  match_id uuid not null references exchange_match(id),
  state text not null,
  note text not null,
  author_id uuid,
  at timestamptz not null default now()
)`,
  },
  {
    id: 'exchange/003_notifications',
    sql: `
create table exchange_notification (
  id uuid primary key,
  user_id uuid not null,
  topic text not null,
  subject text not null,
  body text not null,
  link text not null,
  dedupe_key text not null unique,
  created_at timestamptz not null default now(),
  read_at timestamptz
);
create index exchange_notification_user on exchange_notification (user_id, created_at desc);
create table exchange_outbox (
  id uuid primary key,
  user_id uuid not null,
  to_email text not null,
  subject text not null,
  body text not null,
  dedupe_key text not null unique,
  attempts integer not null default 0,
  next_attempt_at timestamptz not null default now(),
  sent_at timestamptz,
  failed_at timestamptz,
  last_error text,
  created_at timestamptz not null default now()
);
create index exchange_outbox_due on exchange_outbox (next_attempt_at) where sent_at is null and failed_at is null;
create table exchange_setting (
  user_id uuid not null,
  topic text not null,
  mode text not null check (mode in ('immediate', 'daily', 'off')),
  primary key (user_id, topic)
);
create table exchange_unsubscribe (
  token text primary key,
  user_id uuid not null,
  topic text not null
)`,
  },
  {
    id: 'exchange/004_search',
    sql: `
do $$ begin
  create extension if not exists pg_trgm with schema public;
exception when unique_violation or duplicate_object then null;
end $$;
create table exchange_search (
  item_kind text not null,
  item_id text not null,
  language text not null,
  title text not null,
  body text not null,
  members_only boolean not null default false,
  stage text,
  theme text,
  country_iso3 text,
  indexed text not null,
  tsv tsvector not null,
  updated_at timestamptz not null default now(),
  primary key (item_kind, item_id, language)
);
create index exchange_search_tsv on exchange_search using gin (tsv);
create index exchange_search_trgm on exchange_search using gin (indexed gin_trgm_ops)`,
  },
  {
    // One GIN index per language configuration (each a partial index on its language), so that a search
    // in several languages is a union of index scans; MinHash bands for the duplicate check's candidates;
    // a lexicon of the indexed words for the trigram fallback (short strings instead of whole texts).
    // Rows indexed before this migration get their bands and words from SearchRepository.backfill().
    // fastupdate off: PGlite runs no autovacuum, so a GIN pending list would only grow and be scanned
    // on every search (7.4 ms → 0.3 ms for the bands' lookup on PostgreSQL once it was flushed).
    id: 'exchange/005_search_indexes',
    sql: `
drop index if exists exchange_search_tsv;
drop index if exists exchange_search_trgm;
create index exchange_search_tsv_ar on exchange_search using gin (tsv) with (fastupdate = off) where language = 'ar';
create index exchange_search_tsv_zh on exchange_search using gin (tsv) with (fastupdate = off) where language = 'zh';
create index exchange_search_tsv_en on exchange_search using gin (tsv) with (fastupdate = off) where language = 'en';
create index exchange_search_tsv_fr on exchange_search using gin (tsv) with (fastupdate = off) where language = 'fr';
create index exchange_search_tsv_ru on exchange_search using gin (tsv) with (fastupdate = off) where language = 'ru';
create index exchange_search_tsv_es on exchange_search using gin (tsv) with (fastupdate = off) where language = 'es';
alter table exchange_search add column bands integer[];
create index exchange_search_bands on exchange_search using gin (bands) with (fastupdate = off);
create table exchange_search_word (
  language text not null,
  word text not null,
  primary key (language, word)
);
create index exchange_search_word_trgm on exchange_search_word using gin (word gin_trgm_ops) with (fastupdate = off)`,
  },
  {
    // Attachments of threads, replies and cases, under the platform's upload rules (core's checkUpload):
    // bytes kept in the database with their SHA-256, at most 10 MiB each; never edited.
    id: 'exchange/006_attachments',
    sql: `
create table exchange_file (
  id uuid primary key,
  sha256 char(64) not null,
  media_type text not null,
  size_bytes integer not null check (size_bytes <= 10485760),
  original_name text not null,
  bytes bytea not null,
  created_at timestamptz not null default now()
);
create table exchange_attachment (
  id uuid primary key,
  owner_kind text not null check (owner_kind in ('thread', 'reply', 'case')),
  owner_id uuid not null,
  file_id uuid not null references exchange_file(id),
  created_by uuid,
  demo boolean not null default false,
  created_at timestamptz not null default now()
);
create index exchange_attachment_owner on exchange_attachment (owner_kind, owner_id, created_at)`,
  },
  {
    // A thread may be about instruments of the global assessment as well as proposals; the slugs are
    // checked through the instruments module's service, never its tables.
    id: 'exchange/007_thread_instruments',
    sql: `
alter table exchange_thread add column instrument_slugs jsonb not null default '[]';
create index exchange_thread_instruments on exchange_thread using gin (instrument_slugs);
create index exchange_thread_proposals on exchange_thread using gin (proposal_ids)`,
  },
];
