import type { Executor } from '@strata/db';
import { sql } from 'kysely';

/** Whether the database answers: the one query the health check needs. */
export class DatabaseStatusRepository {
  constructor(private readonly db: Executor) {}

  /** Resolves when the database answers a trivial query; rejects when it is unreachable. */
  async ping(): Promise<void> {
    await sql`select 1`.execute(this.db);
  }
}
