import type { Migration } from '@strata/db';

/**
 * The sand observatory's schema: sources, values per country × year × indicator × tier, import runs;
 * then the denominators (population, GDP) and the file each set came from.
 */
export const sandMigrations: Migration[] = [
  {
    id: 'sand/001_init',
    sql: `
create table sand_source (
  id text primary key,
  title text not null,
  publisher text not null,
  licence text not null,
  url text,
  retrieved text not null,
  tier text not null check (tier in ('official','irp','cement-proxy','model')),
  method text not null,
  updated_at timestamptz not null default now()
);
create table sand_value (
  iso3 text not null,
  year integer not null,
  indicator text not null,
  tier text not null check (tier in ('official','irp','cement-proxy','model')),
  source_id text not null references sand_source(id),
  value_low double precision not null,
  value_central double precision not null,
  value_high double precision not null,
  unit text not null,
  licence text not null,
  retrieved text not null,
  method text not null,
  import_id uuid,
  primary key (iso3, year, indicator, tier, source_id),
  check (value_low <= value_central and value_central <= value_high)
);
create index sand_value_indicator_year on sand_value(indicator, year);
create table sand_import (
  id uuid primary key,
  kind text not null,
  source_id text not null references sand_source(id),
  file_name text,
  file_sha256 text not null,
  rows integer not null,
  rejected integer not null,
  actor_id uuid,
  at timestamptz not null default now()
);
create index sand_import_sha on sand_import(file_sha256);
`,
  },
  {
    id: 'sand/002_denominators',
    sql: `
create table sand_denominator (
  kind text not null check (kind in ('population','gdp')),
  iso3 text not null,
  year integer not null,
  value double precision not null check (value > 0),
  primary key (kind, iso3, year)
);
create table sand_denominator_set (
  kind text primary key check (kind in ('population','gdp')),
  source_id text not null,
  file_name text,
  file_sha256 text not null,
  rows integer not null,
  actor_id uuid,
  at timestamptz not null default now()
);
`,
  },
  {
    // Numbered 017 (not 003) so it does not collide with other sand migrations in flight on other branches.
    id: 'sand/017_governance',
    sql: `
create table sand_governance_entry (
  id text primary key,
  iso3 text not null,
  field text not null check (field in ('legal-framework','permitting-authority','ban-beach','ban-river',
    'ban-marine','ban-export','monitoring','responsible-body')),
  summary text not null,
  scope text,
  status text not null check (status in ('in-force','lifted','partial')),
  instrument text not null,
  instrument_date text,
  body text,
  source_url text not null check (source_url ~ '^https?://'),
  source_title text not null,
  retrieved text not null,
  recommendations jsonb not null default '[]',
  updated_at timestamptz not null default now()
);
create index sand_governance_entry_iso3 on sand_governance_entry(iso3);
`,
  },
  {
    // Each upload of a country's national statistics is a new version; the secretariat approves one
    // (its figures become the official tier) or rejects it with a reason; approved and rejected
    // versions stay. A newer version supersedes the country's pending and approved ones.
    id: 'sand/018_submissions',
    sql: `
create table sand_submission (
  id uuid primary key,
  iso3 text not null,
  version integer not null check (version > 0),
  status text not null check (status in ('pending','approved','rejected','superseded')),
  title text not null,
  publisher text not null,
  url text check (url ~ '^https?://'),
  licence text not null,
  method text not null,
  figures jsonb not null,
  file_name text,
  file_sha256 text not null,
  submitted_by uuid,
  submitted_at timestamptz not null default now(),
  decided_by uuid,
  decided_at timestamptz,
  decision_note text,
  unique (iso3, version)
);
create index sand_submission_status on sand_submission(status, submitted_at);
`,
  },
];
