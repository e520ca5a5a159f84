import type { Executor } from '@strata/db';
import type { Denominator, DenominatorRow } from '../domain/denominators.ts';
import './tables.ts';

/** The file a denominator set was imported from. */
export interface DenominatorSet {
  kind: Denominator;
  sourceId: string;
  fileName: string | null;
  fileSha256: string;
  rows: number;
  actorId: string | null;
}

/** Rows per insert: 4 parameters a row. */
const SLICE = 5000;

/** Population and GDP by country and year, the denominators of per-capita and per-GDP figures. */
export class DenominatorRepository {
  constructor(private readonly db: Executor) {}

  /** Replaces the whole set of one kind (rows and the record of the file they came from). */
  async replaceSet(set: DenominatorSet, rows: readonly DenominatorRow[], progress?: (done: number) => void) {
    await this.db.deleteFrom('sand_denominator').where('kind', '=', set.kind).execute();
    for (let start = 0; start < rows.length; start += SLICE) {
      const slice = rows.slice(start, start + SLICE).map((r) => ({ kind: set.kind, ...r }));
      await this.db.insertInto('sand_denominator').values(slice).execute();
      progress?.(Math.min(start + SLICE, rows.length));
    }
    const values = {
      source_id: set.sourceId,
      file_name: set.fileName,
      file_sha256: set.fileSha256,
      rows: set.rows,
      actor_id: set.actorId,
    };
    await this.db
      .insertInto('sand_denominator_set')
      .values({ kind: set.kind, ...values })
      .onConflict((oc) => oc.column('kind').doUpdateSet({ ...values, at: new Date() }))
      .execute();
  }

  /** The file the current set of a kind came from, if any. */
  async set(kind: Denominator): Promise<DenominatorSet | null> {
    const r = await this.db
      .selectFrom('sand_denominator_set')
      .selectAll()
      .where('kind', '=', kind)
      .executeTakeFirst();
    if (!r) return null;
    return {
      kind,
      sourceId: r.source_id,
      fileName: r.file_name,
      fileSha256: r.file_sha256,
      rows: r.rows,
      actorId: r.actor_id,
    };
  }

  /** Each country's denominator of a kind for one year. */
  async forYear(kind: Denominator, year: number): Promise<Map<string, number>> {
    const rows = await this.db
      .selectFrom('sand_denominator')
      .select(['iso3', 'value'])
      .where('kind', '=', kind)
      .where('year', '=', year)
      .execute();
    return new Map(rows.map((r) => [r.iso3, Number(r.value)]));
  }
}
