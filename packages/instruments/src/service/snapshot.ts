import type { UnitOfWork } from '@strata/db';
import type { AssessedInstrument } from '../domain/matrix.ts';
import { isBindingKind } from '../domain/vocabulary.ts';
import type { InstrumentsRepos } from '../repository/index.ts';

/** The published matrix as the analyses read it: instruments and their dense columns. */
export interface MatrixView {
  instruments: AssessedInstrument[];
  columns: Map<string, Int8Array>;
}

/**
 * The matrix read once and kept until a write commits (writes call {@link invalidate} after commit), so
 * the analyses (heat map, gaps, duplications) do not read 96 rows per instrument on every request.
 * Only published instruments enter the analyses.
 */
export class MatrixSnapshot {
  private current: Promise<MatrixView> | null = null;
  constructor(private readonly work: UnitOfWork<InstrumentsRepos>) {}

  get(): Promise<MatrixView> {
    if (!this.current) {
      this.current = this.load();
      this.current.catch(() => {
        this.current = null;
      });
    }
    return this.current;
  }

  invalidate(): void {
    this.current = null;
  }

  private async load(): Promise<MatrixView> {
    const [kinds, all] = await Promise.all([
      this.work.read.catalogue.kinds(),
      this.work.read.matrix.columns(),
    ]);
    const published = kinds.filter((k) => k.published);
    const columns = new Map<string, Int8Array>();
    for (const k of published) {
      const column = all.get(k.slug);
      if (column) columns.set(k.slug, column);
    }
    return {
      instruments: published.map((k) => ({ id: k.slug, binding: isBindingKind(k.kind) })),
      columns,
    };
  }
}
