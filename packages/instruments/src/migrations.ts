import type { Migration } from '@strata/db';
import { columnSelectSql } from './repository/column-sql.ts';

const columns = columnSelectSql();

/**
 * The instruments module's tables. Dates of facts (consent, entry into force, versions) are ISO 8601
 * text: they are calendar dates as published, never instants, and read the same on both engines.
 */
export const instrumentsMigrations: Migration[] = [
  {
    id: 'instruments/001_catalogue',
    sql: `
create table instruments_organisation (
  slug text primary key,
  name text not null,
  acronym text,
  url text,
  sources jsonb not null default '{}'
);
create table instruments_instrument (
  slug text primary key,
  title text not null,
  short_title text,
  kind text not null,
  issuers jsonb not null default '[]',
  adoption_year integer,
  entry_into_force text,
  current_version text,
  version_date text,
  languages jsonb not null default '[]',
  titles jsonb not null default '{}',
  commodities jsonb not null default '[]',
  stages jsonb not null default '[]',
  geography text,
  assurance text,
  status text,
  url text,
  sources jsonb not null default '{}',
  published boolean not null default false,
  demo boolean not null default false,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index instruments_instrument_kind on instruments_instrument (kind);
create table instruments_version (
  instrument_slug text not null references instruments_instrument (slug) on delete cascade,
  version text not null,
  version_date text,
  note text,
  recorded_at timestamptz not null default now(),
  primary key (instrument_slug, version)
);
create table instruments_cell (
  instrument_slug text not null references instruments_instrument (slug) on delete cascade,
  issue text not null,
  stage text not null,
  grade text not null,
  clause text,
  source text,
  status text not null default 'provisional',
  updated_at timestamptz not null default now(),
  updated_by text,
  primary key (instrument_slug, issue, stage)
);
create index instruments_cell_issue_stage on instruments_cell (issue, stage);
create table instruments_cell_history (
  id bigserial primary key,
  instrument_slug text not null,
  issue text not null,
  stage text not null,
  from_grade text,
  to_grade text not null,
  from_status text,
  to_status text not null,
  clause text,
  changed_at timestamptz not null default now(),
  changed_by text,
  reason text not null
);
create index instruments_cell_history_cell on instruments_cell_history (instrument_slug, issue, stage);
create table instruments_party_list (
  instrument_slug text primary key references instruments_instrument (slug) on delete cascade,
  source text not null,
  source_url text,
  list_date text not null,
  imported_at timestamptz not null default now()
);
create table instruments_party (
  instrument_slug text not null references instruments_instrument (slug) on delete cascade,
  country_iso3 text not null,
  consent_kind text,
  consent_date text,
  signature_date text,
  entry_into_force text,
  source text not null,
  source_url text,
  list_date text not null,
  primary key (instrument_slug, country_iso3)
);
create index instruments_party_country on instruments_party (country_iso3);
create table instruments_link (
  instrument_slug text not null references instruments_instrument (slug) on delete cascade,
  target_kind text not null,
  target_ref text not null,
  note text,
  primary key (instrument_slug, target_kind, target_ref)
)`,
  },
  {
    // Each instrument's column kept as one 96-character row, maintained by the matrix repository on every
    // cell write, so reading the whole matrix reads one short row per instrument (filled from the cells).
    id: 'instruments/002_column',
    sql: `
create table instruments_column (
  instrument_slug text primary key references instruments_instrument (slug) on delete cascade,
  weights text not null
);
insert into instruments_column (instrument_slug, weights) ${columns.head}${columns.tail}`,
  },
];
