import type { Migration } from '@strata/db';

/** The dredging watch's schema: analysed datasets with their vessels, activity events, cycles and tracks. */
export const dredgingMigrations: Migration[] = [
  {
    id: 'dredging/001_init',
    sql: `
create table dredging_dataset (
  id text primary key,
  name text not null,
  synthetic boolean not null,
  source text not null,
  licence text not null,
  retrieved text not null,
  method text not null,
  country_method text not null,
  summary jsonb not null,
  created_at timestamptz not null default now()
);
create table dredging_vessel (
  dataset_id text not null references dredging_dataset(id) on delete cascade,
  mmsi integer not null,
  imo integer,
  name text,
  ship_type integer,
  length_m double precision,
  beam_m double precision,
  dredger_type text,
  dredger_type_source text,
  operator text,
  evidence jsonb not null,
  capacity jsonb,
  primary key (dataset_id, mmsi)
);
create table dredging_event (
  id bigserial primary key,
  dataset_id text not null references dredging_dataset(id) on delete cascade,
  mmsi integer not null,
  activity text not null,
  start_at timestamptz not null,
  end_at timestamptz not null,
  lon double precision not null,
  lat double precision not null,
  country_iso3 text,
  country_method text not null,
  h3 text not null,
  areas jsonb not null,
  in_protected boolean not null,
  cycle_id text,
  vol_low double precision,
  vol_central double precision,
  vol_high double precision,
  t_low double precision,
  t_central double precision,
  t_high double precision,
  volume_method text
);
create index dredging_event_dataset_activity on dredging_event (dataset_id, activity, start_at);
create index dredging_event_dataset_mmsi on dredging_event (dataset_id, mmsi, start_at);
create index dredging_event_country on dredging_event (dataset_id, country_iso3);
create table dredging_cycle (
  dataset_id text not null references dredging_dataset(id) on delete cascade,
  id text not null,
  mmsi integer not null,
  start_at timestamptz not null,
  end_at timestamptz not null,
  dredging_minutes double precision not null,
  complete boolean not null,
  dredge_lon double precision not null,
  dredge_lat double precision not null,
  discharge_lon double precision,
  discharge_lat double precision,
  country_iso3 text,
  vol_low double precision not null,
  vol_central double precision not null,
  vol_high double precision not null,
  volume_method text not null,
  primary key (dataset_id, id)
);
create table dredging_track_point (
  dataset_id text not null references dredging_dataset(id) on delete cascade,
  mmsi integer not null,
  at timestamptz not null,
  lon double precision not null,
  lat double precision not null,
  speed_knots real,
  activity text not null
);
create index dredging_track_point_vessel on dredging_track_point (dataset_id, mmsi, at);`,
    postgisSql: `
alter table dredging_event add column geom geometry(Point, 4326);
create index dredging_event_geom on dredging_event using gist (geom);
create function dredging_event_set_geom() returns trigger language plpgsql as $$
begin
  new.geom := ST_SetSRID(ST_MakePoint(new.lon, new.lat), 4326);
  return new;
end $$;
create trigger dredging_event_geom before insert or update of lon, lat on dredging_event
  for each row execute function dredging_event_set_geom();`,
  },
  {
    // Track points keep their segment, so that maps never join two transmitters sharing an MMSI.
    id: 'dredging/002_track_segment',
    sql: 'alter table dredging_track_point add column segment integer not null default 0',
  },
  {
    // Datasets researchers bring: owned and private until published (existing ones are published), and
    // the durable queue of AIS upload jobs the server's runner claims (states, progress, failure reason).
    id: 'dredging/003_ais_jobs',
    sql: `
alter table dredging_dataset add column owner_user_id text;
alter table dredging_dataset add column published boolean not null default true;
create table dredging_ais_job (
  id text primary key,
  owner_user_id text,
  state text not null check (state in ('queued', 'running', 'succeeded', 'failed')),
  format text not null,
  file_name text not null,
  file_path text not null,
  bytes bigint not null,
  dataset_id text not null,
  dataset_name text not null,
  phase text not null default 'queued',
  done double precision not null default 0,
  total double precision not null default 0,
  error text,
  result jsonb,
  created_at timestamptz not null default now(),
  started_at timestamptz,
  finished_at timestamptz,
  updated_at timestamptz not null default now()
);
create index dredging_ais_job_owner on dredging_ais_job (owner_user_id, created_at);
create index dredging_ais_job_state on dredging_ais_job (state, created_at);`,
  },
];
