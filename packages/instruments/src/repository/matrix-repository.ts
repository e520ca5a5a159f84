import type { Executor } from '@strata/db';
import { sql } from 'kysely';
import type { GradeChange } from '../domain/changes.ts';
import type { MatrixCell } from '../domain/matrix.ts';
import type { Grade, GradeStatus, Issue, Stage } from '../domain/vocabulary.ts';
import { columnSelectSql, parseWeights } from './column-sql.ts';

const iso = (d: Date | string) => (d instanceof Date ? d.toISOString() : new Date(d).toISOString());

/** A cell with who last changed it and when. */
export interface StoredCell extends MatrixCell {
  updatedAt: string;
  updatedBy: string | null;
}

/** The assessment matrix: graded cells and the history of every change. */
export class MatrixRepository {
  constructor(private readonly db: Executor) {}

  async cells(filter: { slug?: string; issue?: string; stage?: string }): Promise<StoredCell[]> {
    let q = this.db.selectFrom('instruments_cell').selectAll();
    if (filter.slug) q = q.where('instrument_slug', '=', filter.slug);
    if (filter.issue) q = q.where('issue', '=', filter.issue);
    if (filter.stage) q = q.where('stage', '=', filter.stage);
    const rows = await q.orderBy('instrument_slug').orderBy('issue').orderBy('stage').execute();
    return rows.map((r) => ({
      instrumentId: r.instrument_slug,
      issue: r.issue as Issue,
      stage: r.stage as Stage,
      grade: r.grade as Grade,
      clause: r.clause,
      source: r.source,
      status: r.status as GradeStatus,
      updatedAt: iso(r.updated_at),
      updatedBy: r.updated_by,
    }));
  }

  /**
   * Every instrument's column as dense weights (see `columnOf`), or only those in `slugs` (the snapshot's
   * refresh after a write): one short row per instrument from `instruments_column`, which every cell write
   * keeps up to date, rather than 96 rows per instrument.
   */
  async columns(slugs?: readonly string[]): Promise<Map<string, Int8Array>> {
    if (slugs && slugs.length === 0) return new Map();
    let q = this.db.selectFrom('instruments_column').select(['instrument_slug', 'weights']);
    if (slugs) q = q.where('instrument_slug', 'in', slugs);
    const rows = await q.execute();
    return new Map(rows.map((r) => [r.instrument_slug, parseWeights(r.weights)]));
  }

  /** Recomputes the kept columns of these instruments from their cells (in the caller's transaction). */
  private async refreshColumns(slugs: readonly string[]): Promise<void> {
    const { head, tail } = columnSelectSql();
    for (let i = 0; i < slugs.length; i += 1000) {
      const batch = slugs.slice(i, i + 1000);
      await sql`insert into instruments_column (instrument_slug, weights) ${sql.raw(head)} where instrument_slug in (${sql.join(batch)}) ${sql.raw(tail)} on conflict (instrument_slug) do update set weights = excluded.weights`.execute(
        this.db,
      );
    }
  }

  async find(slug: string, issue: Issue, stage: Stage): Promise<StoredCell | null> {
    const [cell] = await this.cells({ slug, issue, stage });
    return cell ?? null;
  }

  async upsert(cell: MatrixCell, by: string | null): Promise<void> {
    const values = {
      grade: cell.grade,
      clause: cell.clause,
      source: cell.source,
      status: cell.status,
      updated_at: new Date(),
      updated_by: by,
    };
    await this.db
      .insertInto('instruments_cell')
      .values({ instrument_slug: cell.instrumentId, issue: cell.issue, stage: cell.stage, ...values })
      .onConflict((oc) => oc.columns(['instrument_slug', 'issue', 'stage']).doUpdateSet(values))
      .execute();
    await this.refreshColumns([cell.instrumentId]);
  }

  /** Writes many cells at once (seed, bench), in batches. */
  async upsertMany(cells: readonly MatrixCell[], by: string | null): Promise<void> {
    for (let i = 0; i < cells.length; i += 1000) {
      const batch = cells.slice(i, i + 1000).map((c) => ({
        instrument_slug: c.instrumentId,
        issue: c.issue,
        stage: c.stage,
        grade: c.grade,
        clause: c.clause,
        source: c.source,
        status: c.status,
        updated_by: by,
      }));
      await this.db
        .insertInto('instruments_cell')
        .values(batch)
        .onConflict((oc) => oc.columns(['instrument_slug', 'issue', 'stage']).doNothing())
        .execute();
    }
    await this.refreshColumns([...new Set(cells.map((c) => c.instrumentId))]);
  }

  async recordChange(
    change: GradeChange & { fromStatus: GradeStatus | null; toStatus: GradeStatus; clause: string | null },
  ): Promise<void> {
    await this.db
      .insertInto('instruments_cell_history')
      .values({
        instrument_slug: change.instrumentId,
        issue: change.issue,
        stage: change.stage,
        from_grade: change.fromGrade,
        to_grade: change.toGrade,
        from_status: change.fromStatus,
        to_status: change.toStatus,
        clause: change.clause,
        changed_at: change.changedAt,
        changed_by: change.changedBy,
        reason: change.reason,
      })
      .execute();
  }

  async history(filter: {
    slug?: string;
    issue?: string;
    stage?: string;
    since?: string;
  }): Promise<(GradeChange & { fromStatus: string | null; toStatus: string })[]> {
    let q = this.db.selectFrom('instruments_cell_history').selectAll();
    if (filter.slug) q = q.where('instrument_slug', '=', filter.slug);
    if (filter.issue) q = q.where('issue', '=', filter.issue);
    if (filter.stage) q = q.where('stage', '=', filter.stage);
    if (filter.since) q = q.where('changed_at', '>=', new Date(filter.since));
    const rows = await q.orderBy('id', 'desc').limit(1000).execute();
    return rows.map((r) => ({
      instrumentId: r.instrument_slug,
      issue: r.issue as Issue,
      stage: r.stage as Stage,
      fromGrade: r.from_grade as Grade | null,
      toGrade: r.to_grade as Grade,
      fromStatus: r.from_status,
      toStatus: r.to_status,
      changedAt: iso(r.changed_at),
      changedBy: r.changed_by,
      reason: r.reason,
    }));
  }
}
