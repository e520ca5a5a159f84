import type { Executor, StrataTables } from '@strata/db';
import type { Selectable } from 'kysely';
import type {
  GovernanceEntry,
  GovernanceField,
  GovernanceStatus,
  RecommendationKey,
} from '../domain/governance.ts';
import './tables.ts';

type Row = Selectable<StrataTables['sand_governance_entry']>;

const entryOf = (r: Row): GovernanceEntry => ({
  id: r.id,
  iso3: r.iso3,
  field: r.field as GovernanceField,
  summary: r.summary,
  scope: r.scope,
  status: r.status as GovernanceStatus,
  instrument: r.instrument,
  instrumentDate: r.instrument_date,
  body: r.body,
  sourceUrl: r.source_url,
  sourceTitle: r.source_title,
  retrieved: r.retrieved,
  recommendations: r.recommendations as RecommendationKey[],
});

const rowOf = (e: GovernanceEntry) => ({
  id: e.id,
  iso3: e.iso3,
  field: e.field,
  summary: e.summary,
  scope: e.scope,
  status: e.status,
  instrument: e.instrument,
  instrument_date: e.instrumentDate,
  body: e.body,
  source_url: e.sourceUrl,
  source_title: e.sourceTitle,
  retrieved: e.retrieved,
  recommendations: JSON.stringify(e.recommendations),
});

/** The governance tracker's sourced entries. */
export class GovernanceRepository {
  constructor(private readonly db: Executor) {}

  /** Every entry, or one country's, by country then field. */
  async entries(iso3?: string): Promise<GovernanceEntry[]> {
    let q = this.db.selectFrom('sand_governance_entry').selectAll();
    if (iso3) q = q.where('iso3', '=', iso3);
    const rows = await q.orderBy('iso3').orderBy('field').orderBy('id').execute();
    return rows.map((r) => entryOf(r));
  }

  async entry(id: string): Promise<GovernanceEntry | null> {
    const r = await this.db
      .selectFrom('sand_governance_entry')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    return r ? entryOf(r) : null;
  }

  /** Inserts or replaces an entry by its id. */
  async upsert(e: GovernanceEntry): Promise<void> {
    const { id, ...values } = rowOf(e);
    await this.db
      .insertInto('sand_governance_entry')
      .values({ id, ...values })
      .onConflict((oc) => oc.column('id').doUpdateSet({ ...values, updated_at: new Date() }))
      .execute();
  }

  /** Inserts the entries whose id is not there yet; returns how many were added. */
  async insertMissing(entries: readonly GovernanceEntry[]): Promise<number> {
    if (entries.length === 0) return 0;
    const added = await this.db
      .insertInto('sand_governance_entry')
      .values(entries.map(rowOf))
      .onConflict((oc) => oc.column('id').doNothing())
      .returning('id')
      .execute();
    return added.length;
  }

  async delete(id: string): Promise<boolean> {
    const r = await this.db.deleteFrom('sand_governance_entry').where('id', '=', id).executeTakeFirst();
    return Number(r.numDeletedRows) > 0;
  }
}
