import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { type Database, INT8_OID, NUMERIC_OID, parseBigNumber } from '../engine.ts';
import type { StrataTables } from '../tables.ts';

pg.types.setTypeParser(INT8_OID, parseBigNumber);
pg.types.setTypeParser(NUMERIC_OID, parseBigNumber);

export interface PostgresOptions {
  url: string;
  /** Schema to work in (tests use a fresh schema each); `public` by default. */
  schema?: string;
  maxConnections?: number;
}

async function enablePostgis(kysely: Kysely<StrataTables>): Promise<boolean> {
  const available = await sql<{ n: number }>`
    select count(*)::int as n from pg_available_extensions where name = 'postgis'`.execute(kysely);
  if (available.rows[0]?.n !== 1) return false;
  try {
    await sql`create extension if not exists postgis with schema public`.execute(kysely);
    return true;
  } catch {
    // Present but not creatable by this role: work without it.
    return false;
  }
}

async function schemaExists(kysely: Kysely<StrataTables>, schema: string): Promise<boolean> {
  const found = await sql<{ n: number }>`
    select count(*)::int as n from pg_namespace where nspname = ${schema}`.execute(kysely);
  return found.rows[0]?.n === 1;
}

/** Opens a PostgreSQL server database through `pg`, enabling PostGIS when the server has it. */
export async function openPostgres(options: PostgresOptions): Promise<Database> {
  const schema = options.schema ?? 'public';
  const pool = new pg.Pool({
    connectionString: options.url,
    max: options.maxConnections ?? 10,
    options: `-c search_path=${schema},public`,
  });
  const kysely = new Kysely<StrataTables>({ dialect: new PostgresDialect({ pool }) });
  // Only when missing: an application role (no CREATE on the database) opens an existing schema.
  if (schema !== 'public' && !(await schemaExists(kysely, schema)))
    await sql`create schema if not exists ${sql.id(schema)}`.execute(kysely);
  const postgis = await enablePostgis(kysely);
  return {
    kysely,
    engine: 'postgres',
    postgis,
    async execScript(sqlText) {
      const client = await pool.connect();
      try {
        await client.query('begin');
        await client.query(sqlText);
        await client.query('commit');
      } catch (error) {
        await client.query('rollback');
        throw error;
      } finally {
        client.release();
      }
    },
    async close() {
      await kysely.destroy();
    },
  };
}
