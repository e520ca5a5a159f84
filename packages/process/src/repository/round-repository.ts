import { isUuid } from '@strata/core';
import type { Executor } from '@strata/db';

/** Rows of prioritisation rounds and ballots. */
export class RoundRepository {
  constructor(private readonly db: Executor) {}
  async listRounds(processId: string) {
    return this.db
      .selectFrom('process_round')
      .selectAll()
      .where('process_id', '=', processId)
      .orderBy('opens_at')
      .execute();
  }
  async findRound(id: string) {
    if (!isUuid(id)) return undefined;
    return this.db.selectFrom('process_round').selectAll().where('id', '=', id).executeTakeFirst();
  }
  async insertRound(row: {
    id: string;
    process_id: string;
    title: string;
    method: string;
    parameters: unknown;
    version_ids: string[];
    opens_at: Date;
    closes_at: Date;
    demo: boolean;
  }) {
    return this.db
      .insertInto('process_round')
      .values({
        ...row,
        parameters: JSON.stringify(row.parameters),
        version_ids: JSON.stringify(row.version_ids),
      })
      .returningAll()
      .executeTakeFirstOrThrow();
  }
  async closeRound(id: string, at: Date) {
    return this.db
      .updateTable('process_round')
      .set({ closed_at: at })
      .where('id', '=', id)
      .where('closed_at', 'is', null)
      .returningAll()
      .executeTakeFirst();
  }
  /** Marks the round's ballots as written in full to the audit log; false if they were already. */
  async markBallotsRevealed(id: string, at: Date): Promise<boolean> {
    const row = await this.db
      .updateTable('process_round')
      .set({ ballots_revealed_at: at })
      .where('id', '=', id)
      .where('ballots_revealed_at', 'is', null)
      .returning('id')
      .executeTakeFirst();
    return row !== undefined;
  }
  async ballotCounts(roundIds: string[]) {
    if (roundIds.length === 0) return [];
    return this.db
      .selectFrom('process_ballot')
      .select(['round_id', (eb) => eb.fn.countAll<number>().as('n')])
      .where('round_id', 'in', roundIds)
      .groupBy('round_id')
      .execute();
  }
  async ballots(roundId: string, countryIso3?: string) {
    let q = this.db.selectFrom('process_ballot').selectAll().where('round_id', '=', roundId);
    if (countryIso3) q = q.where('country_iso3', '=', countryIso3);
    return q.orderBy('country_iso3').execute();
  }
  /** Inserts the state's ballot, or replaces it while the round is open (one ballot per state). */
  async upsertBallot(row: {
    round_id: string;
    country_iso3: string;
    content: unknown;
    cast_by: string | null;
    on_behalf: boolean;
    cast_at: Date;
    seal_nonce: string;
  }) {
    const values = { ...row, content: JSON.stringify(row.content) };
    return this.db
      .insertInto('process_ballot')
      .values(values)
      .onConflict((oc) =>
        oc.columns(['round_id', 'country_iso3']).doUpdateSet({
          content: values.content,
          cast_by: values.cast_by,
          on_behalf: values.on_behalf,
          cast_at: values.cast_at,
          seal_nonce: values.seal_nonce,
        }),
      )
      .returningAll()
      .executeTakeFirstOrThrow();
  }
}
