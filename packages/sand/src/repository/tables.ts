// The sand tables as the database holds them (snake_case): only the repositories read these types.
import type { Json, Timestamp } from '@strata/db';

declare module '@strata/db' {
  interface StrataTables {
    sand_source: {
      id: string;
      title: string;
      publisher: string;
      licence: string;
      url: string | null;
      retrieved: string;
      tier: string;
      method: string;
      updated_at: Timestamp;
    };
    sand_value: {
      iso3: string;
      year: number;
      indicator: string;
      tier: string;
      source_id: string;
      value_low: number;
      value_central: number;
      value_high: number;
      unit: string;
      licence: string;
      retrieved: string;
      method: string;
      import_id: string | null;
    };
    sand_import: {
      id: string;
      kind: string;
      source_id: string;
      file_name: string | null;
      file_sha256: string;
      rows: number;
      rejected: number;
      actor_id: string | null;
      at: Timestamp;
    };
    sand_governance_entry: {
      id: string;
      iso3: string;
      field: string;
      summary: string;
      scope: string | null;
      status: string;
      instrument: string;
      instrument_date: string | null;
      body: string | null;
      source_url: string;
      source_title: string;
      retrieved: string;
      recommendations: Json<string[]>;
      updated_at: Timestamp;
    };
    sand_submission: {
      id: string;
      iso3: string;
      version: number;
      status: string;
      title: string;
      publisher: string;
      url: string | null;
      licence: string;
      method: string;
      figures: Json<unknown[]>;
      file_name: string | null;
      file_sha256: string;
      submitted_by: string | null;
      submitted_at: Timestamp;
      decided_by: string | null;
      decided_at: Timestamp | null;
      decision_note: string | null;
    };
    sand_denominator: { kind: string; iso3: string; year: number; value: number };
    sand_denominator_set: {
      kind: string;
      source_id: string;
      file_name: string | null;
      file_sha256: string;
      rows: number;
      actor_id: string | null;
      at: Timestamp;
    };
  }
}
