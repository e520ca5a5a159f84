import type { Migration } from '@strata/db';

/** The tailings module's schema: facilities with versioned history, disclosures, reviews, GISTM, knowledge. */
export const tailingsMigrations: Migration[] = [
  {
    id: 'tailings/001_init',
    sql: `
create table tailings_facility (
  id uuid primary key,
  source text not null,
  source_id text not null,
  name text not null,
  country_iso3 text not null,
  operator text,
  company_id uuid references company(id),
  status text not null,
  raise_method text not null,
  gistm_class text,
  class_confidence text,
  commodity text,
  toxicity_class text not null,
  hazard_score integer not null,
  hazard_coverage real not null,
  exposure_score integer not null,
  lon double precision,
  lat double precision,
  height_m double precision,
  volume_m3 double precision,
  last_review text,
  version integer not null default 1,
  data jsonb not null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (source, source_id)
);
create index tailings_facility_country on tailings_facility(country_iso3);
create index tailings_facility_status on tailings_facility(status);
create index tailings_facility_company on tailings_facility(company_id);
create table tailings_facility_version (
  facility_id uuid not null references tailings_facility(id) on delete cascade,
  version integer not null,
  data jsonb not null,
  changes jsonb not null,
  reason text not null,
  actor_id uuid,
  actor_email text,
  at timestamptz not null default now(),
  primary key (facility_id, version)
);
create index tailings_facility_version_at on tailings_facility_version(at);
create table tailings_import (
  id uuid primary key,
  format text not null,
  file_name text,
  file_sha256 text not null,
  created integer not null,
  updated integer not null,
  unchanged integer not null,
  rejected integer not null,
  actor_id uuid,
  at timestamptz not null default now()
);
create table tailings_disclosure (
  id uuid primary key,
  facility_id uuid not null references tailings_facility(id) on delete cascade,
  company_id uuid references company(id),
  status text not null check (status in ('submitted','published','returned')),
  changes jsonb not null,
  note text,
  comments text,
  submitted_by uuid,
  submitted_by_email text,
  submitted_at timestamptz not null default now(),
  decided_by uuid,
  decided_at timestamptz
);
create index tailings_disclosure_facility on tailings_disclosure(facility_id);
create index tailings_disclosure_status on tailings_disclosure(status);
create table tailings_review (
  id uuid primary key,
  facility_id uuid not null references tailings_facility(id) on delete cascade,
  kind text not null check (kind in ('independent_review','dam_safety_review','audit','inspection')),
  reviewer text not null,
  review_date text not null,
  scope text not null,
  outcome text not null,
  principles jsonb not null,
  next_due text,
  created_by uuid,
  created_at timestamptz not null default now()
);
create index tailings_review_facility on tailings_review(facility_id);
create table tailings_finding (
  id uuid primary key,
  review_id uuid not null references tailings_review(id) on delete cascade,
  facility_id uuid not null references tailings_facility(id) on delete cascade,
  text text not null,
  severity text not null check (severity in ('low','medium','high')),
  status text not null check (status in ('open','closed')),
  closed_at timestamptz
);
create index tailings_finding_facility on tailings_finding(facility_id);
create table tailings_requirement (
  id text primary key,
  principle integer not null check (principle between 1 and 15),
  text text not null,
  updated_at timestamptz not null default now()
);
create table tailings_self_assessment (
  facility_id uuid not null references tailings_facility(id) on delete cascade,
  requirement_id text not null references tailings_requirement(id),
  status text not null check (status in ('met','partly_met','not_met','not_applicable','not_assessed')),
  note text,
  updated_by uuid,
  updated_at timestamptz not null default now(),
  primary key (facility_id, requirement_id)
);
create table tailings_resource (
  id uuid primary key,
  title text not null,
  kind text not null,
  url text,
  summary text not null,
  language text not null default 'en',
  topics jsonb not null,
  created_at timestamptz not null default now()
);
create table tailings_knowledge_gap (
  id uuid primary key,
  topic text not null,
  title text not null,
  description text not null,
  status text not null default 'open' check (status in ('open','in_progress','addressed')),
  resource_ids jsonb not null,
  created_at timestamptz not null default now()
);
create table tailings_failure (
  source_id text primary key,
  year integer not null,
  country_iso3 text,
  raise_method text not null,
  cause text,
  data jsonb not null
);
`,
    postgisSql: `
alter table tailings_facility add column geom geometry(Point, 4326)
  generated always as (case when lon is null or lat is null then null else ST_SetSRID(ST_MakePoint(lon, lat), 4326) end) stored;
create index tailings_facility_geom on tailings_facility using gist (geom);
`,
  },
  {
    id: 'tailings/002_source_hash',
    // A hash of the registry record as last imported lets a re-import skip unchanged rows without
    // loading them; history rows keep the field diffs only (the current record is on the facility).
    // The record is stored as json (text), uncompressed: it is never queried inside, and skipping the
    // jsonb conversion and TOAST compression halves the write time of a large import.
    sql: `
alter table tailings_facility add column source_hash text;
alter table tailings_facility_version alter column data drop not null;
alter table tailings_facility alter column data type json using data::json;
alter table tailings_facility alter column data set storage external;
`,
  },
  {
    id: 'tailings/003_gap_translations',
    // A knowledge gap's title in other languages, each flagged official (the source's own text) or not.
    sql: `
alter table tailings_knowledge_gap add column translations jsonb not null default '{}';
`,
  },
  {
    id: 'tailings/004_resource_translations',
    // A library entry's summary in other languages, each flagged official (the source's own text) or not.
    sql: `
alter table tailings_resource add column translations jsonb not null default '{}';
`,
  },
];
