import type { Executor } from '@strata/db';
import { sql } from 'kysely';

/** A counter's state after an attempt: how many in the current window, and when the window ends. */
export interface AttemptCount {
  attempts: number;
  windowEndsAt: Date;
}

/** Sign-in limit counters (fixed windows), kept in the database so that a restart forgets nothing. */
export class SignInAttemptRepository {
  constructor(private readonly db: Executor) {}

  /** Counts one attempt under `key`: a new window ending at `windowEndsAt` if the current one has ended. */
  async count(key: string, at: Date, windowEndsAt: Date): Promise<AttemptCount> {
    const row = await this.db
      .insertInto('sign_in_attempt')
      .values({ key, attempts: 1, window_ends_at: windowEndsAt })
      .onConflict((oc) =>
        oc.column('key').doUpdateSet({
          attempts: sql<number>`case when sign_in_attempt.window_ends_at <= ${at} then 1
            else sign_in_attempt.attempts + 1 end`,
          window_ends_at: sql<Date>`case when sign_in_attempt.window_ends_at <= ${at}
            then excluded.window_ends_at else sign_in_attempt.window_ends_at end`,
        }),
      )
      .returning(['attempts', 'window_ends_at'])
      .executeTakeFirstOrThrow();
    return { attempts: Number(row.attempts), windowEndsAt: new Date(row.window_ends_at) };
  }

  /** Takes one attempt back (a sign-in that succeeded is no failure). */
  async forgive(key: string): Promise<void> {
    await this.db
      .updateTable('sign_in_attempt')
      .set({ attempts: sql<number>`greatest(attempts - 1, 0)` })
      .where('key', '=', key)
      .execute();
  }

  /** Forgets the counter of `key`. */
  async clear(key: string): Promise<void> {
    await this.db.deleteFrom('sign_in_attempt').where('key', '=', key).execute();
  }

  /** Forgets counters whose window ended before `at`. */
  async sweep(at: Date): Promise<void> {
    await this.db.deleteFrom('sign_in_attempt').where('window_ends_at', '<=', at).execute();
  }
}
