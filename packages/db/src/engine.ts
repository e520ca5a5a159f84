import type { Kysely } from 'kysely';
import type { StrataTables } from './tables.ts';

export type EngineName = 'pglite' | 'postgres';

/**
 * An open database. The engine differences (embedded PGlite or a PostgreSQL server) stay behind this
 * interface; repositories use `kysely` and never ask which engine runs.
 */
export interface Database {
  readonly kysely: Kysely<StrataTables>;
  readonly engine: EngineName;
  /** True when PostGIS is installed and enabled: spatial columns and indexes are then added. */
  readonly postgis: boolean;
  /** Runs a script of several SQL statements (migrations) in one transaction: all of it or nothing. */
  execScript(sqlText: string): Promise<void>;
  close(): Promise<void>;
}

/** Postgres type OIDs that the two drivers return differently; both are parsed to numbers. */
export const INT8_OID = 20;
export const NUMERIC_OID = 1700;

/** `count(*)` and `bigint` sums arrive as strings from `pg`; this parses them, safely within 2^53. */
export function parseBigNumber(value: string): number {
  return Number(value);
}
