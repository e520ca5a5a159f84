import { sql } from 'kysely';
import type { Database } from './engine.ts';

/**
 * One schema change, written in PostgreSQL SQL that runs on PGlite and PostgreSQL alike.
 * `postgisSql` runs after `sql` only where PostGIS is enabled (spatial columns and indexes).
 * Ids are `<module>/<NNN>_<what>`, applied in array order and recorded in `strata_migration`.
 */
export interface Migration {
  id: string;
  sql: string;
  postgisSql?: string;
}

/**
 * Applies the migrations not yet applied, each in its own transaction. Returns the ids applied;
 * `onApplied` hears each one once it is committed.
 */
export async function migrate(
  db: Database,
  migrations: readonly Migration[],
  options: { onApplied?: (id: string) => void } = {},
): Promise<string[]> {
  await db.execScript(
    'create table if not exists strata_migration (id text primary key, applied_at timestamptz not null default now())',
  );
  const done = new Set(
    (await db.kysely.selectFrom('strata_migration').select('id').execute()).map((r) => r.id),
  );
  const seen = new Set<string>();
  const applied: string[] = [];
  for (const m of migrations) {
    if (seen.has(m.id)) throw new Error(`Migration id ${m.id} is listed twice.`);
    seen.add(m.id);
    if (done.has(m.id)) continue;
    const script = [m.sql, db.postgis && m.postgisSql ? m.postgisSql : ''].join(';\n');
    const escapedId = m.id.replaceAll("'", "''");
    await db.execScript(`${script};\ninsert into strata_migration (id) values ('${escapedId}');`);
    applied.push(m.id);
    options.onApplied?.(m.id);
  }
  return applied;
}

/** Ids of applied migrations, oldest first. */
export async function appliedMigrations(db: Database): Promise<string[]> {
  const rows = await sql<{ id: string }>`select id from strata_migration order by applied_at, id`.execute(
    db.kysely,
  );
  return rows.rows.map((r) => r.id);
}
