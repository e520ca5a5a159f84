import type { Translations } from '@strata/core';
import type { Json, Timestamp } from '@strata/db';
import type { Generated } from 'kysely';

/** A mandate paragraph of the resolution that a process carries out. */
export interface MandateParagraph {
  paragraph: string;
  text: string;
  /** Where the paragraph's number and content were read (e.g. the report's paragraph citing it). */
  source?: string;
}
/** A phase of a process with its dates (ISO yyyy-mm-dd or yyyy-mm; null where the source gives none). */
export interface Phase {
  name: string;
  start: string | null;
  end: string | null;
}
/** Figures published by the secretariat (e.g. "99 Member States and 60 observers"). */
export type PublishedTotals = Record<string, number | string>;

export interface ProcessRow {
  id: string;
  slug: string;
  resolution: string;
  title: string;
  mandate: Json<MandateParagraph[]>;
  phases: Json<Phase[]>;
  co_chairs: Json<string[]>;
  secretariat: string;
  published_totals: Json<PublishedTotals>;
  source: string | null;
  created_at: Timestamp;
}
export interface FocalPointRow {
  id: string;
  process_id: string;
  country_iso3: string;
  kind: string;
  name: string;
  email: string | null;
  phone: string | null;
  status: string;
  user_id: string | null;
  nominated_at: Timestamp;
  updated_at: Timestamp;
}
export interface FocalPointEventRow {
  id: Generated<number>;
  focal_point_id: string;
  at: Timestamp;
  status: string;
  note: string | null;
  actor_id: string | null;
}
/**
 * A meeting's title, audience and agenda in other languages, field by field, each form flagged official
 * (the source's own words in that language) or not (a translation or a label made for Strata).
 */
export interface MeetingTranslations {
  title?: Translations<{ text: string }>;
  audience?: Translations<{ text: string }>;
  agenda?: Translations<{ items: string[] }>;
}
/** A cluster's name in other languages. */
export type ClusterTranslations = Translations<{ text: string }>;
export interface MeetingRow {
  id: string;
  process_id: string;
  type: string;
  title: string;
  un_group: string | null;
  place: string | null;
  start_date: string;
  end_date: string;
  hybrid_link: string | null;
  host_iso3: string | null;
  audience: string | null;
  agenda: Json<string[]>;
  languages: Json<string[]>;
  outcome: string | null;
  published_totals: Json<PublishedTotals>;
  format: string | null;
  translations: Json<MeetingTranslations>;
  created_at: Timestamp;
}
export interface MeetingDocumentRow {
  id: string;
  meeting_id: string;
  title: string;
  url: string | null;
  file_id: string | null;
  language: string | null;
  issued: string | null;
  created_at: Timestamp;
}
export interface ParticipationRow {
  meeting_id: string;
  participant_key: string;
  country_iso3: string | null;
  organisation_id: string | null;
  mode: string;
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
export interface CallRow {
  id: string;
  process_id: string;
  title: string;
  mandate_ref: string | null;
  opens_on: string | null;
  deadline: Timestamp;
  open_to: Json<string[]>;
  published_totals: Json<PublishedTotals>;
  created_at: Timestamp;
  closed_at: Timestamp | null;
}
export interface SubmissionRow {
  id: string;
  call_id: string;
  submitter_kind: string;
  country_iso3: string | null;
  organisation_id: string | null;
  title: string;
  status: string;
  submitted_by: string | null;
  on_behalf: boolean;
  submitted_at: Timestamp;
  cleared_at: Timestamp | null;
  clearing_note: string | null;
  withdrawn_at: Timestamp | null;
  withdrawal_note: string | null;
}
export interface SubmissionFileRow {
  submission_id: string;
  file_id: string;
  language: string;
  position: number;
}
export interface ClusterRow {
  id: string;
  process_id: string;
  code: string;
  name: string;
  position: number;
  translations: Json<ClusterTranslations>;
}
export interface ProposalRow {
  id: string;
  process_id: string;
  code: string;
  cluster_id: string | null;
  origin_kind: string;
  origin_meeting_id: string | null;
  origin_submission_id: string | null;
  status: string;
  demo: boolean;
  created_at: Timestamp;
}
export interface ProposalVersionRow {
  id: string;
  proposal_id: string;
  number: number;
  note: string | null;
  created_by: string | null;
  created_at: Timestamp;
}
export interface ProposalTextRow {
  version_id: string;
  language: string;
  title: string;
  body: string;
  official: boolean;
}
export interface LineageRow {
  parent_id: string;
  child_id: string;
  kind: string;
  at: Timestamp;
}
export interface AmendmentRow {
  id: string;
  proposal_id: string;
  version_id: string;
  country_iso3: string;
  language: string;
  proposed_body: string;
  rationale: string | null;
  status: string;
  handling: string | null;
  result_version_id: string | null;
  proposed_by: string | null;
  on_behalf: boolean;
  proposed_at: Timestamp;
  handled_at: Timestamp | null;
}
export interface EndorsementRow {
  seq: Generated<number>;
  id: string;
  proposal_version_id: string;
  country_iso3: string;
  kind: string;
  venue: string;
  meeting_id: string | null;
  expressed_at: Timestamp;
  recorded_by: string | null;
  on_behalf: boolean;
  demo: boolean;
  note: string | null;
  recorded_at: Timestamp;
}
export interface RoundRow {
  id: string;
  process_id: string;
  title: string;
  method: string;
  parameters: Json<unknown>;
  version_ids: Json<string[]>;
  opens_at: Timestamp;
  closes_at: Timestamp;
  closed_at: Timestamp | null;
  demo: boolean;
  created_at: Timestamp;
  ballots_revealed_at: Timestamp | null;
}
export interface BallotRow {
  round_id: string;
  country_iso3: string;
  content: Json<unknown>;
  cast_by: string | null;
  on_behalf: boolean;
  cast_at: Timestamp;
  seal_nonce: string | null;
}

declare module '@strata/db' {
  interface StrataTables {
    process_process: ProcessRow;
    process_focal_point: FocalPointRow;
    process_focal_point_event: FocalPointEventRow;
    process_meeting: MeetingRow;
    process_meeting_document: MeetingDocumentRow;
    process_participation: ParticipationRow;
    process_file: FileRow;
    process_call: CallRow;
    process_submission: SubmissionRow;
    process_submission_file: SubmissionFileRow;
    process_cluster: ClusterRow;
    process_proposal: ProposalRow;
    process_proposal_version: ProposalVersionRow;
    process_proposal_text: ProposalTextRow;
    process_lineage: LineageRow;
    process_amendment: AmendmentRow;
    process_endorsement: EndorsementRow;
    process_round: RoundRow;
    process_ballot: BallotRow;
    process_demo_state: { singleton: boolean; removed_at: Timestamp };
  }
}
