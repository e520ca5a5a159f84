import type { Executor } from '@strata/db';
import { sql } from 'kysely';
import './tables.ts';

/** What removing the demo content took out, per kind of record. */
export interface DemoRemoval {
  spaces: number;
  threads: number;
  replies: number;
  cases: number;
  needs: number;
  offers: number;
  matches: number;
  attachments: number;
  searchEntries: number;
}

/**
 * Takes out everything marked demo: demo spaces with all their threads, demo threads with their replies,
 * demo cases with their versions, demo needs and offers with every match on them, demo matches, demo
 * attachments, and the search entries of all of these. Records not marked demo stay.
 */
export class DemoRepository {
  constructor(private readonly db: Executor) {}

  async removeDemo(): Promise<DemoRemoval> {
    const ids = async (q: ReturnType<typeof sql<{ id: string }>>) =>
      (await q.execute(this.db)).rows.map((r) => r.id);
    const threads = await ids(sql<{ id: string }>`select id from exchange_thread
      where demo or space_id in (select id from exchange_space where demo)`);
    const cases = await ids(sql<{ id: string }>`select id from exchange_case where demo`);
    const needs = await ids(sql<{ id: string }>`select id from exchange_need where demo`);
    const offers = await ids(sql<{ id: string }>`select id from exchange_offer where demo`);
    const replies = threads.length
      ? await ids(
          sql<{ id: string }>`select id from exchange_reply where thread_id in (${sql.join(threads)})`,
        )
      : [];
    const owners = [...threads, ...replies, ...cases];
    const count = async (q: ReturnType<typeof sql>) =>
      Number((await q.execute(this.db)).numAffectedRows ?? 0);
    const inList = (xs: string[]) => (xs.length ? sql`(${sql.join(xs)})` : sql`(null)`);

    const attachments = await count(sql`delete from exchange_attachment
      where demo or owner_id in ${inList(owners)}`);
    await sql`delete from exchange_file f where not exists
      (select 1 from exchange_attachment a where a.file_id = f.id)`.execute(this.db);
    const matchIds = await ids(sql<{ id: string }>`select id from exchange_match
      where demo or need_id in ${inList(needs)} or offer_id in ${inList(offers)}`);
    await sql`delete from exchange_match_note where match_id in ${inList(matchIds)}`.execute(this.db);
    const matches = await count(sql`delete from exchange_match where id in ${inList(matchIds)}`);
    const searchEntries = await count(sql`delete from exchange_search
      where item_id in ${inList([...threads, ...cases, ...needs, ...offers])}`);
    await sql`delete from exchange_moderation where entity_id in ${inList([...threads, ...replies])}`.execute(
      this.db,
    );
    await sql`delete from exchange_reply where id in ${inList(replies)}`.execute(this.db);
    await sql`update exchange_thread set merged_into = null where merged_into in ${inList(threads)}`.execute(
      this.db,
    );
    await sql`delete from exchange_thread where id in ${inList(threads)}`.execute(this.db);
    await sql`delete from exchange_case_version where case_id in ${inList(cases)}`.execute(this.db);
    await sql`update exchange_case set merged_into = null where merged_into in ${inList(cases)}`.execute(
      this.db,
    );
    await sql`delete from exchange_case where id in ${inList(cases)}`.execute(this.db);
    await sql`update exchange_need set merged_into = null, status = 'open'
      where merged_into in ${inList(needs)}`.execute(this.db);
    await sql`delete from exchange_need where id in ${inList(needs)}`.execute(this.db);
    await sql`update exchange_offer set merged_into = null, status = 'open'
      where merged_into in ${inList(offers)}`.execute(this.db);
    await sql`delete from exchange_offer where id in ${inList(offers)}`.execute(this.db);
    const spaces = await count(sql`delete from exchange_space where demo`);
    return {
      spaces,
      threads: threads.length,
      replies: replies.length,
      cases: cases.length,
      needs: needs.length,
      offers: offers.length,
      matches,
      attachments,
      searchEntries,
    };
  }
}
