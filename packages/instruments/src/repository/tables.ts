import type { Json, Timestamp } from '@strata/db';
import type { Generated } from 'kysely';
import type { FactSource, LocalizedTitle } from '../domain/instrument.ts';

export interface InstrumentRow {
  slug: string;
  title: string;
  short_title: string | null;
  kind: string;
  issuers: Json<string[]>;
  adoption_year: number | null;
  entry_into_force: string | null;
  current_version: string | null;
  version_date: string | null;
  languages: Json<string[]>;
  titles: Json<Record<string, LocalizedTitle>>;
  commodities: Json<string[]>;
  stages: Json<string[]>;
  geography: string | null;
  assurance: string | null;
  status: string | null;
  url: string | null;
  sources: Json<Record<string, FactSource>>;
  published: boolean;
  demo: boolean;
  created_at: Timestamp;
  updated_at: Timestamp;
}

declare module '@strata/db' {
  interface StrataTables {
    instruments_organisation: {
      slug: string;
      name: string;
      acronym: string | null;
      url: string | null;
      sources: Json<Record<string, FactSource>>;
    };
    instruments_instrument: InstrumentRow;
    instruments_version: {
      instrument_slug: string;
      version: string;
      version_date: string | null;
      note: string | null;
      recorded_at: Timestamp;
    };
    instruments_cell: {
      instrument_slug: string;
      issue: string;
      stage: string;
      grade: string;
      clause: string | null;
      source: string | null;
      status: string;
      updated_at: Timestamp;
      updated_by: string | null;
    };
    instruments_column: {
      instrument_slug: string;
      weights: string;
    };
    instruments_cell_history: {
      id: Generated<number>;
      instrument_slug: string;
      issue: string;
      stage: string;
      from_grade: string | null;
      to_grade: string;
      from_status: string | null;
      to_status: string;
      clause: string | null;
      changed_at: Timestamp;
      changed_by: string | null;
      reason: string;
    };
    instruments_party_list: {
      instrument_slug: string;
      source: string;
      source_url: string | null;
      list_date: string;
      imported_at: Timestamp;
    };
    instruments_party: {
      instrument_slug: string;
      country_iso3: string;
      consent_kind: string | null;
      consent_date: string | null;
      signature_date: string | null;
      entry_into_force: string | null;
      source: string;
      source_url: string | null;
      list_date: string;
    };
    instruments_link: {
      instrument_slug: string;
      target_kind: string;
      target_ref: string;
      note: string | null;
    };
  }
}
