// The tailings tables as the database holds them (snake_case): only the repositories read these types.
import type { Json, Timestamp } from '@strata/db';
import type { FailureRecord } from '../domain/csp2.ts';
import type { FacilityRecord } from '../domain/facility.ts';
import type { FieldChange } from '../domain/history.ts';
import type { GapTranslations, ResourceTranslations } from './knowledge-repository.ts';

export interface FacilityRow {
  id: string;
  source: string;
  source_id: string;
  name: string;
  country_iso3: string;
  operator: string | null;
  company_id: string | null;
  status: string;
  raise_method: string;
  gistm_class: string | null;
  class_confidence: string | null;
  commodity: string | null;
  toxicity_class: string;
  hazard_score: number;
  hazard_coverage: number;
  exposure_score: number;
  lon: number | null;
  lat: number | null;
  height_m: number | null;
  volume_m3: number | null;
  last_review: string | null;
  version: number;
  data: Json<FacilityRecord>;
  source_hash: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

interface FacilityVersionRow {
  facility_id: string;
  version: number;
  data: Json<FacilityRecord> | null;
  changes: Json<FieldChange[]>;
  reason: string;
  actor_id: string | null;
  actor_email: string | null;
  at: Timestamp;
}

declare module '@strata/db' {
  interface StrataTables {
    tailings_facility: FacilityRow;
    tailings_facility_version: FacilityVersionRow;
    tailings_import: {
      id: string;
      format: string;
      file_name: string | null;
      file_sha256: string;
      created: number;
      updated: number;
      unchanged: number;
      rejected: number;
      actor_id: string | null;
      at: Timestamp;
    };
    tailings_disclosure: {
      id: string;
      facility_id: string;
      company_id: string | null;
      status: string;
      changes: Json<Partial<FacilityRecord>>;
      note: string | null;
      comments: string | null;
      submitted_by: string | null;
      submitted_by_email: string | null;
      submitted_at: Timestamp;
      decided_by: string | null;
      decided_at: Timestamp | null;
    };
    tailings_review: {
      id: string;
      facility_id: string;
      kind: string;
      reviewer: string;
      review_date: string;
      scope: string;
      outcome: string;
      principles: Json<number[]>;
      next_due: string | null;
      created_by: string | null;
      created_at: Timestamp;
    };
    tailings_finding: {
      id: string;
      review_id: string;
      facility_id: string;
      text: string;
      severity: string;
      status: string;
      closed_at: Timestamp | null;
    };
    tailings_requirement: { id: string; principle: number; text: string; updated_at: Timestamp };
    tailings_self_assessment: {
      facility_id: string;
      requirement_id: string;
      status: string;
      note: string | null;
      updated_by: string | null;
      updated_at: Timestamp;
    };
    tailings_resource: {
      id: string;
      title: string;
      kind: string;
      url: string | null;
      summary: string;
      language: string;
      topics: Json<string[]>;
      translations: Json<ResourceTranslations>;
      created_at: Timestamp;
    };
    tailings_knowledge_gap: {
      id: string;
      topic: string;
      title: string;
      description: string;
      status: string;
      resource_ids: Json<string[]>;
      translations: Json<GapTranslations>;
      created_at: Timestamp;
    };
    tailings_failure: {
      source_id: string;
      year: number;
      country_iso3: string | null;
      raise_method: string;
      cause: string | null;
      data: Json<FailureRecord>;
    };
  }
}
