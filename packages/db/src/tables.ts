import type { ColumnType, Generated } from 'kysely';

/**
 * The typed schema of Strata's database. Each module adds its tables by declaration merging in its own
 * repository file:
 *
 * @example
 * declare module '@strata/db' {
 *   interface StrataTables { tailings_facility: FacilityRow }
 * }
 */
export interface StrataTables extends PlatformTables {}

export type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
export type Json<T> = ColumnType<T, string, string>;

/** A sign-in limit counter (platform/003_sign_in_attempts). */
export interface SignInAttemptRow {
  key: string;
  attempts: number;
  window_ends_at: Timestamp;
}

export interface PlatformTables {
  sign_in_attempt: SignInAttemptRow;
  strata_migration: { id: string; applied_at: Timestamp };
  country: {
    iso3: string;
    iso2: string;
    m49: string;
    name: Json<Record<string, string>>;
    un_member: boolean;
    un_group: string | null;
    /** A fictional State of the demonstration data; never listed with the real ones. */
    fictional: Generated<boolean>;
  };
  app_user: {
    id: string;
    email: string;
    password_hash: string;
    role: string;
    country_iso3: string | null;
    organisation_id: string | null;
    company_id: string | null;
    display_name: string | null;
    disabled: boolean;
    created_at: Timestamp;
  };
  user_session: {
    id_hash: string;
    user_id: string;
    csrf_token: string;
    created_at: Timestamp;
    expires_at: Timestamp;
  };
  account_token: {
    id_hash: string;
    purpose: 'setup' | 'reset';
    user_id: string | null;
    created_by: string | null;
    created_at: Timestamp;
    expires_at: Timestamp;
    used_at: Timestamp | null;
  };
  organisation: { id: string; name: string; kind: string; created_at: Timestamp };
  company: { id: string; name: string; country_iso3: string | null; created_at: Timestamp };
  audit_log: {
    id: Generated<number>;
    at: Timestamp;
    actor_id: string | null;
    actor_email: string | null;
    action: string;
    entity: string;
    entity_id: string;
    before: Json<unknown> | null;
    after: Json<unknown> | null;
  };
}
