import type { Migration } from './migrate.ts';

/** Tables every module relies on: reference countries, accounts, sessions, organisations, audit. */
export const platformMigrations: Migration[] = [
  {
    id: 'platform/001_init',
    sql: `
create table country (
  iso3 char(3) primary key,
  iso2 char(2) not null unique,
  m49 char(3) not null unique,
  name jsonb not null,
  un_member boolean not null,
  un_group text check (un_group in ('african','asia_pacific','eastern_european','latin_american_caribbean','western_european_others'))
);
create table organisation (
  id uuid primary key,
  name text not null unique,
  kind text not null default 'observer',
  created_at timestamptz not null default now()
);
create table company (
  id uuid primary key,
  name text not null unique,
  country_iso3 char(3) references country(iso3),
  created_at timestamptz not null default now()
);
create table app_user (
  id uuid primary key,
  email text not null unique,
  password_hash text not null,
  role text not null check (role in ('secretariat','co_chair','focal_point','observer_contact','operator','reviewer')),
  country_iso3 char(3) references country(iso3),
  organisation_id uuid references organisation(id),
  company_id uuid references company(id),
  display_name text,
  disabled boolean not null default false,
  created_at timestamptz not null default now(),
  check (role <> 'focal_point' or country_iso3 is not null),
  check (role <> 'observer_contact' or organisation_id is not null),
  check (role <> 'operator' or company_id is not null)
);
create table user_session (
  id_hash text primary key,
  user_id uuid not null references app_user(id) on delete cascade,
  csrf_token text not null,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null
);
create index user_session_user on user_session(user_id);
create table audit_log (
  id bigserial primary key,
  at timestamptz not null default now(),
  actor_id uuid,
  actor_email text,
  action text not null,
  entity text not null,
  entity_id text not null,
  before jsonb,
  after jsonb
);
create index audit_log_entity on audit_log(entity, entity_id);
create function audit_log_append_only() returns trigger language plpgsql as $$
begin
  raise exception 'audit_log is append-only';
end $$;
create trigger audit_log_no_update before update or delete on audit_log
  for each row execute function audit_log_append_only();
`,
  },
  {
    // One-time links: the first-run set-up of the secretariat and password resets. Only the SHA-256 of
    // a token is stored; a token is used once (used_at), expires, and is revoked when a newer one is issued.
    id: 'platform/002_account_tokens',
    sql: `
create table account_token (
  id_hash text primary key,
  purpose text not null check (purpose in ('setup','reset')),
  user_id uuid references app_user(id) on delete cascade,
  created_by uuid,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  used_at timestamptz,
  check (purpose <> 'reset' or user_id is not null)
);
create index account_token_user on account_token(user_id);
`,
  },
  {
    // Sign-in limits that survive a restart: one counter per key (a client address, an e-mail, the
    // global ceiling, password-reset attempts per address) in a fixed window.
    id: 'platform/003_sign_in_attempts',
    sql: `
create table sign_in_attempt (
  key text primary key,
  attempts integer not null check (attempts >= 0),
  window_ends_at timestamptz not null
);
create index sign_in_attempt_window on sign_in_attempt(window_ends_at);
`,
  },
  {
    // The demonstration's fictional States (ISO user-assigned codes) sit in the country table so that
    // demo records can name them; the flag keeps them out of every list of real States.
    id: 'platform/004_fictional_countries',
    sql: `
alter table country add column fictional boolean not null default false;
`,
  },
];
