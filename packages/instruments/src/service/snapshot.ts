import type { UnitOfWork } from '@strata/db';
import type { AssessedInstrument } from '../domain/matrix.ts';
import { type InstrumentKind, isBindingKind } from '../domain/vocabulary.ts';
import type { InstrumentsRepos } from '../repository/index.ts';

/** The published matrix as the analyses read it: instruments (by slug) and their dense columns. */
export interface MatrixView {
  instruments: AssessedInstrument[];
  columns: Map<string, Int8Array>;
}

type Kind = { slug: string; kind: InstrumentKind; published: boolean };

const bySlug = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

const assessed = (kinds: readonly Kind[]): AssessedInstrument[] =>
  kinds.filter((k) => k.published).map((k) => ({ id: k.slug, binding: isBindingKind(k.kind) }));

/** The view of `instruments` (published), with their columns, in slug order. */
function viewOf(instruments: AssessedInstrument[], columns: ReadonlyMap<string, Int8Array>): MatrixView {
  instruments.sort(bySlug);
  const published = new Map<string, Int8Array>();
  for (const i of instruments) {
    const column = columns.get(i.id);
    if (column) published.set(i.id, column);
  }
  return { instruments, columns: published };
}

/**
 * The matrix read once and kept between writes, so the analyses (heat map, gaps, duplications) do not
 * read 96 rows per instrument on every request. Only published instruments enter the analyses.
 *
 * A write names the instruments it touched ({@link invalidate} after commit): the next read re-reads only
 * those instruments' kind, publication and column (one row each) and patches a copy of the view, so the
 * first request after a write costs about as much as any other. A write without names (seeds, imports of
 * many instruments) drops the view, read whole on the next request.
 */
export class MatrixSnapshot {
  private current: Promise<MatrixView> | null = null;
  private readonly stale = new Set<string>();
  constructor(private readonly work: UnitOfWork<InstrumentsRepos>) {}

  get(): Promise<MatrixView> {
    if (!this.current) {
      this.stale.clear();
      this.current = this.load();
    } else if (this.stale.size > 0) {
      const slugs = [...this.stale];
      this.stale.clear();
      this.current = this.current.then((view) => this.refresh(view, slugs));
    } else return this.current;
    const loading = this.current;
    loading.catch(() => {
      if (this.current === loading) this.current = null;
    });
    return loading;
  }

  /** Marks the instruments a committed write touched (or, without `slugs`, everything) as stale. */
  invalidate(slugs?: readonly string[]): void {
    if (!slugs) {
      this.current = null;
      this.stale.clear();
    } else for (const s of slugs) this.stale.add(s);
  }

  private async load(): Promise<MatrixView> {
    const [kinds, columns] = await Promise.all([
      this.work.read.catalogue.kinds(),
      this.work.read.matrix.columns(),
    ]);
    return viewOf(assessed(kinds), columns);
  }

  /** A new view: `view` with the `slugs` instruments read again (added, changed, withdrawn or deleted). */
  private async refresh(view: MatrixView, slugs: readonly string[]): Promise<MatrixView> {
    const [kinds, columns] = await Promise.all([
      this.work.read.catalogue.kinds(slugs),
      this.work.read.matrix.columns(slugs),
    ]);
    const touched = new Set(slugs);
    const kept = view.instruments.filter((i) => !touched.has(i.id));
    const merged = new Map(view.columns);
    for (const s of slugs) merged.delete(s);
    for (const [s, column] of columns) merged.set(s, column);
    return viewOf([...kept, ...assessed(kinds)], merged);
  }
}
