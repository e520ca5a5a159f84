import { type Actor, authorize, NotFoundError, ValidationError } from '@strata/core';
import type { UnitOfWork } from '@strata/db';
import type { MatrixCell } from '../domain/matrix.ts';
import type { Grade, Issue, Stage } from '../domain/vocabulary.ts';
import type { InstrumentsRepos, StoredCell } from '../repository/index.ts';
import type { MatrixSnapshot } from './snapshot.ts';

/** A reviewer's or the secretariat's grading of one cell, with the clause it rests on and why. */
export interface GradeInput {
  grade: Grade;
  clause: string | null;
  source: string | null;
  reason: string;
}

/** The assessment matrix: public reads; reviewers (and the secretariat) grade and confirm. */
export class MatrixService {
  constructor(
    private readonly work: UnitOfWork<InstrumentsRepos>,
    private readonly snapshot: MatrixSnapshot,
    private readonly now: () => Date,
  ) {}

  /** Graded cells of published instruments (one instrument's column, or one issue × stage for a drill-down). */
  async cells(filter: { slug?: string; issue?: string; stage?: string }): Promise<StoredCell[]> {
    const view = await this.snapshot.get();
    const published = new Set(view.instruments.map((i) => i.id));
    return (await this.work.read.matrix.cells(filter)).filter((c) => published.has(c.instrumentId));
  }

  history(filter: { slug?: string; issue?: string; stage?: string; since?: string }) {
    return this.work.read.matrix.history(filter);
  }

  /**
   * Grades (or regrades) a cell. Any grade other than `not_addressed` must cite its clause and source.
   * The new grade is `provisional` until a reviewer confirms it; the change is kept with who, when, why.
   */
  async grade(
    actor: Actor | null,
    slug: string,
    issue: Issue,
    stage: Stage,
    input: GradeInput,
  ): Promise<StoredCell> {
    authorize(actor, 'instruments.cell.grade');
    const issues = [];
    if (input.grade !== 'not_addressed' && !input.clause?.trim())
      issues.push({
        path: 'clause',
        message: 'A grade other than not_addressed cites the clause it rests on.',
      });
    if (input.grade !== 'not_addressed' && !input.source?.trim())
      issues.push({ path: 'source', message: 'Say where the clause was read.' });
    if (!input.reason.trim()) issues.push({ path: 'reason', message: 'Say why the cell is graded so.' });
    if (issues.length > 0) throw new ValidationError('The grade is incomplete.', issues);
    const cell: MatrixCell = {
      instrumentId: slug,
      issue,
      stage,
      grade: input.grade,
      clause: input.clause,
      source: input.source,
      status: 'provisional',
    };
    return this.write(actor, 'instruments.cell.grade', cell, input.reason);
  }

  /** Confirms a provisional grade as it stands (a reviewer's second reading). */
  async confirm(
    actor: Actor | null,
    slug: string,
    issue: Issue,
    stage: Stage,
    reason: string,
  ): Promise<StoredCell> {
    authorize(actor, 'instruments.cell.confirm');
    const current = await this.work.read.matrix.find(slug, issue, stage);
    if (!current) throw new NotFoundError(`Graded cell ${slug} ${issue} × ${stage}`);
    return this.write(
      actor,
      'instruments.cell.confirm',
      { ...current, status: 'confirmed' },
      reason || 'confirmed',
    );
  }

  /**
   * Seeds graded columns for the instruments that have no cell yet (a system write, audited once; the
   * first grading is not a regrading, so no history row). Returns how many cells were added.
   */
  async seedColumns(cells: readonly MatrixCell[]): Promise<number> {
    return this.work.run(async (repos, tx) => {
      const graded = new Set((await repos.matrix.columns()).keys());
      const known = new Set((await repos.catalogue.kinds()).map((k) => k.slug));
      const fresh = cells.filter((c) => !graded.has(c.instrumentId) && known.has(c.instrumentId));
      if (fresh.length === 0) return 0;
      await repos.matrix.upsertMany(fresh, 'seed');
      const instruments = [...new Set(fresh.map((c) => c.instrumentId))];
      await tx.audit({
        actor: null,
        action: 'seed.instruments.matrix',
        entity: 'instruments_cell',
        entityId: 'seed',
        before: null,
        after: { instruments, cells: fresh.length },
      });
      tx.afterCommit(() => this.snapshot.invalidate());
      return fresh.length;
    });
  }

  private async write(actor: Actor, action: string, cell: MatrixCell, reason: string): Promise<StoredCell> {
    const by = actor.email ?? actor.userId;
    await this.work.run(async (repos, tx) => {
      if (!(await repos.catalogue.find(cell.instrumentId)))
        throw new NotFoundError(`Instrument ${cell.instrumentId}`);
      const before = await repos.matrix.find(cell.instrumentId, cell.issue, cell.stage);
      await repos.matrix.upsert(cell, by);
      await repos.matrix.recordChange({
        instrumentId: cell.instrumentId,
        issue: cell.issue,
        stage: cell.stage,
        fromGrade: before?.grade ?? null,
        toGrade: cell.grade,
        fromStatus: before?.status ?? null,
        toStatus: cell.status,
        clause: cell.clause,
        changedAt: this.now().toISOString(),
        changedBy: by,
        reason,
      });
      await tx.audit({
        actor,
        action,
        entity: 'instruments_cell',
        entityId: `${cell.instrumentId}:${cell.issue}:${cell.stage}`,
        before,
        after: cell,
      });
      tx.afterCommit(() => this.snapshot.invalidate([cell.instrumentId]));
    });
    return (await this.work.read.matrix.find(cell.instrumentId, cell.issue, cell.stage)) as StoredCell;
  }
}
