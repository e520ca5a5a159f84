import { sql } from 'kysely';
import type { Database } from './engine.ts';

/**
 * A mark of the database's committed state: PostgreSQL's current snapshot (`xmin:xmax:in-progress`).
 * Any transaction that writes and ends (commits or rolls back) changes it, whoever made it (this server,
 * a CLI command through the embedded database's socket, another process on PostgreSQL); reads do not.
 * Data read after taking the mark is at least as new as the mark, so a response computed then may be
 * reused for as long as the mark stays the same.
 */
export async function changeMark(db: Database): Promise<string> {
  const { rows } = await sql<{ mark: string }>`select pg_current_snapshot()::text as mark`.execute(db.kysely);
  return rows[0]?.mark ?? '';
}
