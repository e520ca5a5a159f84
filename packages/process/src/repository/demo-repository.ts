import type { Country } from '@strata/core';
import { type Executor, upsertCountries } from '@strata/db';
import { sql } from 'kysely';

/** Rows removed by {@link DemoRepository.removeProcess}, by table. */
export type RemovedRows = Record<string, number>;

/**
 * The demonstration data's own rows: the fictional States it names, whether it was removed, and its
 * removal. Everything here touches the demonstration process and the fictional States only.
 */
export class DemoRepository {
  constructor(private readonly db: Executor) {}

  async removedAt(): Promise<Date | null> {
    const row = await this.db.selectFrom('process_demo_state').select('removed_at').executeTakeFirst();
    return row ? new Date(row.removed_at) : null;
  }

  async markRemoved(): Promise<void> {
    await sql`insert into process_demo_state (singleton, removed_at) values (true, now())
      on conflict (singleton) do update set removed_at = excluded.removed_at`.execute(this.db);
  }

  async clearRemoved(): Promise<void> {
    await this.db.deleteFrom('process_demo_state').execute();
  }

  /** Adds (or refreshes) the fictional States in the country table, so demo records can name them. */
  async upsertStates(states: readonly Country[]): Promise<void> {
    await upsertCountries(this.db, states);
  }

  /**
   * Deletes the process `slug` and every row that belongs to it, then the fictional States' country rows.
   * Must run inside a transaction: it lifts the append-only triggers for that transaction only
   * (`strata.remove_demo`, migration process/006).
   */
  async removeProcess(slug: string, states: readonly Country[]): Promise<RemovedRows> {
    const removed: RemovedRows = {};
    const proc = await this.db
      .selectFrom('process_process')
      .select('id')
      .where('slug', '=', slug)
      .executeTakeFirst();
    await sql`select set_config('strata.remove_demo', 'on', true)`.execute(this.db);
    if (proc) {
      const p = proc.id;
      const proposals = sql`(select id from process_proposal where process_id = ${p})`;
      const versions = sql`(select v.id from process_proposal_version v join process_proposal x on x.id = v.proposal_id where x.process_id = ${p})`;
      const meetings = sql`(select id from process_meeting where process_id = ${p})`;
      const calls = sql`(select id from process_call where process_id = ${p})`;
      const steps: [string, ReturnType<typeof sql>][] = [
        [
          'process_ballot',
          sql`delete from process_ballot where round_id in (select id from process_round where process_id = ${p})`,
        ],
        ['process_round', sql`delete from process_round where process_id = ${p}`],
        [
          'process_endorsement',
          sql`delete from process_endorsement where proposal_version_id in ${versions}`,
        ],
        ['process_amendment', sql`delete from process_amendment where proposal_id in ${proposals}`],
        [
          'process_lineage',
          sql`delete from process_lineage where parent_id in ${proposals} or child_id in ${proposals}`,
        ],
        ['process_proposal_text', sql`delete from process_proposal_text where version_id in ${versions}`],
        [
          'process_proposal_version',
          sql`delete from process_proposal_version where proposal_id in ${proposals}`,
        ],
        ['process_proposal', sql`delete from process_proposal where process_id = ${p}`],
        ['process_cluster', sql`delete from process_cluster where process_id = ${p}`],
        [
          'process_submission_file',
          sql`delete from process_submission_file where submission_id in (select id from process_submission where call_id in ${calls})`,
        ],
        ['process_submission', sql`delete from process_submission where call_id in ${calls}`],
        ['process_call', sql`delete from process_call where process_id = ${p}`],
        ['process_participation', sql`delete from process_participation where meeting_id in ${meetings}`],
        [
          'process_meeting_document',
          sql`delete from process_meeting_document where meeting_id in ${meetings}`,
        ],
        ['process_meeting', sql`delete from process_meeting where process_id = ${p}`],
        [
          'process_focal_point_event',
          sql`delete from process_focal_point_event where focal_point_id in (select id from process_focal_point where process_id = ${p})`,
        ],
        ['process_focal_point', sql`delete from process_focal_point where process_id = ${p}`],
        ['process_process', sql`delete from process_process where id = ${p}`],
      ];
      for (const [table, statement] of steps) {
        const r = await statement.execute(this.db);
        removed[table] = Number(r.numAffectedRows ?? 0n);
      }
    }
    const iso3s = states.map((s) => s.iso3);
    const r = await this.db.deleteFrom('country').where('iso3', 'in', iso3s).executeTakeFirst();
    removed.country = Number(r.numDeletedRows);
    return removed;
  }
}
