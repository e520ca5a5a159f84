import type { Migration } from '@strata/db';

/**
 * Tables of the intergovernmental process hub. Endorsements, ballots' history, focal point history and
 * the submission files are append-only or never edited: triggers refuse updates where the issue says
 * "never edited". Uploaded files are kept in the database (bytea), see docs/process.md.
 */
export const processMigrations: Migration[] = [
  {
    id: 'process/001_init',
    sql: `
create table process_process (
  id uuid primary key,
  slug text not null unique,
  resolution text not null,
  title text not null,
  mandate jsonb not null default '[]',
  phases jsonb not null default '[]',
  co_chairs jsonb not null default '[]',
  secretariat text not null,
  published_totals jsonb not null default '{}',
  source text,
  created_at timestamptz not null default now()
);

create table process_focal_point (
  id uuid primary key,
  process_id uuid not null references process_process(id),
  country_iso3 char(3) not null references country(iso3),
  kind text not null check (kind in ('primary','alternate')),
  name text not null,
  email text,
  phone text,
  status text not null check (status in ('nominated','active','replaced','withdrawn')),
  user_id uuid references app_user(id),
  nominated_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index process_focal_point_country on process_focal_point(process_id, country_iso3);
create table process_focal_point_event (
  id bigserial primary key,
  focal_point_id uuid not null references process_focal_point(id),
  at timestamptz not null default now(),
  status text not null,
  note text,
  actor_id uuid
);

create table process_meeting (
  id uuid primary key,
  process_id uuid not null references process_process(id),
  type text not null check (type in ('briefing','regional_consultation','global_meeting','working_group')),
  title text not null,
  un_group text,
  place text,
  start_date text not null check (start_date ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'),
  end_date text not null check (end_date ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'),
  hybrid_link text,
  host_iso3 char(3) references country(iso3),
  audience text,
  agenda jsonb not null default '[]',
  languages jsonb not null default '[]',
  outcome text,
  published_totals jsonb not null default '{}',
  created_at timestamptz not null default now(),
  check (end_date >= start_date)
);
create index process_meeting_process on process_meeting(process_id, start_date);
create table process_meeting_document (
  id uuid primary key,
  meeting_id uuid not null references process_meeting(id),
  title text not null,
  url text,
  file_id uuid,
  language text,
  created_at timestamptz not null default now()
);
create table process_participation (
  meeting_id uuid not null references process_meeting(id),
  participant_key text not null,
  country_iso3 char(3) references country(iso3),
  organisation_id uuid references organisation(id),
  mode text not null check (mode in ('in_person','online')),
  primary key (meeting_id, participant_key),
  check ((country_iso3 is null) <> (organisation_id is null))
);

create table process_file (
  id uuid primary key,
  sha256 char(64) not null,
  media_type text not null,
  size_bytes integer not null check (size_bytes <= 10485760),
  original_name text not null,
  bytes bytea not null,
  created_at timestamptz not null default now()
);

create table process_call (
  id uuid primary key,
  process_id uuid not null references process_process(id),
  title text not null,
  mandate_ref text,
  opens_on text check (opens_on ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'),
  deadline timestamptz not null,
  open_to jsonb not null default '["states","observers"]',
  published_totals jsonb not null default '{}',
  created_at timestamptz not null default now()
);
create table process_submission (
  id uuid primary key,
  call_id uuid not null references process_call(id),
  submitter_kind text not null check (submitter_kind in ('state','observer')),
  country_iso3 char(3) references country(iso3),
  organisation_id uuid references organisation(id),
  title text not null,
  status text not null check (status in ('received','published','rejected','withdrawn')),
  submitted_by uuid,
  on_behalf boolean not null default false,
  submitted_at timestamptz not null default now(),
  cleared_at timestamptz,
  clearing_note text,
  withdrawn_at timestamptz,
  withdrawal_note text,
  check ((submitter_kind = 'state') = (country_iso3 is not null)),
  check ((submitter_kind = 'observer') = (organisation_id is not null))
);
create index process_submission_call on process_submission(call_id, status);
create table process_submission_file (
  submission_id uuid not null references process_submission(id),
  file_id uuid not null references process_file(id),
  language text not null check (language in ('ar','zh','en','fr','ru','es','other')),
  position integer not null,
  primary key (submission_id, file_id)
);

create table process_cluster (
  id uuid primary key,
  process_id uuid not null references process_process(id),
  code text not null,
  name text not null,
  position integer not null,
  unique (process_id, code)
);
create table process_proposal (
  id uuid primary key,
  process_id uuid not null references process_process(id),
  code text not null,
  cluster_id uuid references process_cluster(id),
  origin_kind text not null check (origin_kind in ('regional_consultation','submission','global_meeting','merge','split','other')),
  origin_meeting_id uuid references process_meeting(id),
  origin_submission_id uuid references process_submission(id),
  status text not null check (status in ('active','merged','split','withdrawn')),
  demo boolean not null default false,
  created_at timestamptz not null default now(),
  unique (process_id, code)
);
create table process_proposal_version (
  id uuid primary key,
  proposal_id uuid not null references process_proposal(id),
  number integer not null,
  note text,
  created_by uuid,
  created_at timestamptz not null default now(),
  unique (proposal_id, number)
);
create table process_proposal_text (
  version_id uuid not null references process_proposal_version(id),
  language text not null check (language in ('ar','zh','en','fr','ru','es')),
  title text not null,
  body text not null,
  official boolean not null,
  primary key (version_id, language)
);
create table process_lineage (
  parent_id uuid not null references process_proposal(id),
  child_id uuid not null references process_proposal(id),
  kind text not null check (kind in ('merge','split')),
  at timestamptz not null default now(),
  primary key (parent_id, child_id)
);
create table process_amendment (
  id uuid primary key,
  proposal_id uuid not null references process_proposal(id),
  version_id uuid not null references process_proposal_version(id),
  country_iso3 char(3) not null references country(iso3),
  language text not null,
  proposed_body text not null,
  rationale text,
  status text not null check (status in ('proposed','accepted','rejected')),
  handling text,
  result_version_id uuid references process_proposal_version(id),
  proposed_by uuid,
  on_behalf boolean not null default false,
  proposed_at timestamptz not null default now(),
  handled_at timestamptz
);

create table process_endorsement (
  seq bigserial primary key,
  id uuid not null unique,
  proposal_version_id uuid not null references process_proposal_version(id),
  country_iso3 char(3) not null references country(iso3),
  kind text not null check (kind in ('support','co_sponsor','reservation','objection','withdrawn')),
  venue text not null check (venue in ('written','regional_consultation','plenary')),
  meeting_id uuid references process_meeting(id),
  expressed_at timestamptz not null,
  recorded_by uuid,
  on_behalf boolean not null,
  demo boolean not null default false,
  note text,
  recorded_at timestamptz not null default now()
);
create index process_endorsement_version on process_endorsement(proposal_version_id, country_iso3);

create table process_round (
  id uuid primary key,
  process_id uuid not null references process_process(id),
  title text not null,
  method text not null check (method in ('approval','ranked','score','dots')),
  parameters jsonb not null,
  version_ids jsonb not null,
  opens_at timestamptz not null,
  closes_at timestamptz not null,
  closed_at timestamptz,
  demo boolean not null default false,
  created_at timestamptz not null default now(),
  check (closes_at > opens_at)
);
create table process_ballot (
  round_id uuid not null references process_round(id),
  country_iso3 char(3) not null references country(iso3),
  content jsonb not null,
  cast_by uuid,
  on_behalf boolean not null,
  cast_at timestamptz not null default now(),
  primary key (round_id, country_iso3)
);

create function process_append_only() returns trigger language plpgsql as $$
begin
  raise exception '% is append-only', TG_TABLE_NAME;
end $$;
create trigger process_endorsement_append_only before update or delete on process_endorsement
  for each row execute function process_append_only();
create trigger process_focal_point_event_append_only before update or delete on process_focal_point_event
  for each row execute function process_append_only();
create trigger process_file_append_only before update or delete on process_file
  for each row execute function process_append_only();
create trigger process_submission_file_append_only before update or delete on process_submission_file
  for each row execute function process_append_only();
create function process_submission_fixed() returns trigger language plpgsql as $$
begin
  if new.call_id <> old.call_id or new.title <> old.title or new.submitter_kind <> old.submitter_kind
     or new.country_iso3 is distinct from old.country_iso3
     or new.organisation_id is distinct from old.organisation_id
     or new.submitted_at <> old.submitted_at then
    raise exception 'a submission is never edited';
  end if;
  if old.status = 'withdrawn' or old.status = 'rejected' then
    raise exception 'a % submission cannot change again', old.status;
  end if;
  return new;
end $$;
create trigger process_submission_never_edited before update on process_submission
  for each row execute function process_submission_fixed();
create trigger process_submission_no_delete before delete on process_submission
  for each row execute function process_append_only();
create trigger process_proposal_text_append_only before update or delete on process_proposal_text
  for each row execute function process_append_only();
`,
  },
  {
    id: 'process/002_document_file_and_indexes',
    sql: `
alter table process_meeting_document
  add constraint process_meeting_document_file foreign key (file_id) references process_file(id);
create index process_amendment_proposal on process_amendment(proposal_id);
create index process_lineage_child on process_lineage(child_id);
create index process_submission_file_file on process_submission_file(file_id);
`,
  },
  {
    id: 'process/003_call_closed_at',
    sql: `
-- A call closed early by the secretariat: no submission is accepted after this instant, whatever the deadline.
alter table process_call add column closed_at timestamptz;
`,
  },
  {
    id: 'process/004_sealed_ballots',
    sql: `
-- Ballots are written to the audit log sealed (a digest keyed by this nonce) while their round is open,
-- and in full once, when the round closes (ballots_revealed_at). Rounds closed before this migration
-- wrote their ballots in full already.
alter table process_ballot add column seal_nonce text;
alter table process_round add column ballots_revealed_at timestamptz;
update process_round set ballots_revealed_at = now() where closed_at is not null or closes_at <= now();
`,
  },
  {
    id: 'process/005_formats_translations_document_dates',
    sql: `
-- How a meeting was held (in person, online, hybrid), its title, audience and agenda in other languages
-- (each language flagged official or not), a cluster's name in other languages, and the date a meeting
-- document was issued (yyyy-mm or yyyy-mm-dd, as its source gives it).
alter table process_meeting add column format text check (format in ('in_person','online','hybrid'));
alter table process_meeting add column translations jsonb not null default '{}';
alter table process_cluster add column translations jsonb not null default '{}';
alter table process_meeting_document add column issued text check (issued ~ '^[0-9]{4}-[0-9]{2}(-[0-9]{2})?$');
`,
  },
  {
    id: 'process/006_removable_demo',
    sql: `
-- The fictional demonstration process can be removed (strata process demo remove): that one transaction
-- sets strata.remove_demo locally and deletes the demo process's rows only; append-only rows stay
-- append-only for every other statement. A removed demo is not seeded again until it is restored.
create or replace function process_append_only() returns trigger language plpgsql as $$
begin
  if tg_op = 'DELETE' and current_setting('strata.remove_demo', true) = 'on' then
    return old;
  end if;
  raise exception '% is append-only', TG_TABLE_NAME;
end $$;
create table process_demo_state (
  singleton boolean primary key default true check (singleton),
  removed_at timestamptz not null
);
`,
  },
];
