import { NotFoundError, ValidationError } from '@strata/core';
import type { UnitOfWork } from '@strata/db';
import {
  type CountryCoverage,
  countryCoverage,
  coverageHeatMap,
  findGaps,
  type Gap,
  type HeatMapCell,
} from '../domain/analyses.ts';
import { type ChangesSince, changesSince } from '../domain/changes.ts';
import { type DuplicationPair, duplicationClusters, duplicationPairs } from '../domain/duplication.ts';
import { allCells, gradeOfWeight } from '../domain/matrix.ts';
import { isBound } from '../domain/parties.ts';
import type { Grade, Issue, Stage } from '../domain/vocabulary.ts';
import type { InstrumentsRepos } from '../repository/index.ts';
import type { MatrixSnapshot } from './snapshot.ts';

/** How each figure is computed, returned with it (figures carry their method). */
export const METHODS = {
  heatMap:
    'Count of published instruments per grade in each issue × stage cell; ungraded instruments counted apart; binding = binding treaties graded mentioned or more.',
  gaps: 'Cells where no binding treaty sets a requirement and no instrument sets a requirement with independent verification.',
  duplications:
    'Weighted Jaccard similarity over the 96 cells: Σ min(w_a, w_b) / Σ max(w_a, w_b), w = 0 not addressed, 1 mentioned, 2 requirement, 3 verified requirement (ungraded = 0). Clusters: connected pairs at or above the threshold.',
  country:
    'Binding treaties the State has consented to (ratification, accession, acceptance, approval or succession in the stored parties list); a cell is covered where one of them sets a requirement.',
} as const;

/** Two to five instruments side by side: each one's grade per cell. */
export interface Comparison {
  instruments: string[];
  rows: { issue: Issue; stage: Stage; grades: (Grade | null)[] }[];
}

/** Analyses computed from the matrix on request, never stored. */
export class AnalysisService {
  constructor(
    private readonly work: UnitOfWork<InstrumentsRepos>,
    private readonly snapshot: MatrixSnapshot,
  ) {}

  async heatMap(): Promise<{ instruments: number; graded: number; cells: HeatMapCell[]; method: string }> {
    const view = await this.snapshot.get();
    return {
      instruments: view.instruments.length,
      graded: view.columns.size,
      cells: coverageHeatMap(view.instruments, view.columns),
      method: METHODS.heatMap,
    };
  }

  async gaps(): Promise<{ gaps: Gap[]; method: string }> {
    const view = await this.snapshot.get();
    return { gaps: findGaps(view.instruments, view.columns), method: METHODS.gaps };
  }

  async duplications(
    limit = 50,
    threshold = 0.6,
  ): Promise<{ pairs: DuplicationPair[]; clusters: string[][]; method: string }> {
    const view = await this.snapshot.get();
    const pairs = duplicationPairs(view.columns, limit);
    return { pairs, clusters: duplicationClusters(pairs, threshold), method: METHODS.duplications };
  }

  async country(iso3: string): Promise<CountryCoverage & { iso3: string; method: string }> {
    const code = iso3.toUpperCase();
    const [view, parties] = await Promise.all([
      this.snapshot.get(),
      this.work.read.parties.list({ country: code }),
    ]);
    const partyTo = new Set(parties.filter(isBound).map((p) => p.instrument));
    return {
      iso3: code,
      ...countryCoverage(view.instruments, view.columns, partyTo),
      method: METHODS.country,
    };
  }

  async changes(since: string): Promise<ChangesSince> {
    if (Number.isNaN(new Date(since).getTime()))
      throw new ValidationError('Bad date.', [
        { path: 'since', message: 'An ISO 8601 date, e.g. 2026-01-01.' },
      ]);
    const [instruments, versions, history] = await Promise.all([
      this.work.read.catalogue.list({}),
      this.work.read.catalogue.versions(),
      this.work.read.matrix.history({ since }),
    ]);
    return changesSince(
      since,
      instruments.map((i) => ({ id: i.slug, createdAt: i.createdAt })),
      versions.map((v) => ({
        instrumentId: v.instrumentSlug,
        version: v.version,
        versionDate: v.versionDate,
        recordedAt: v.recordedAt,
      })),
      history,
    );
  }

  async compare(slugs: readonly string[]): Promise<Comparison> {
    if (slugs.length < 2 || slugs.length > 5)
      throw new ValidationError('Compare two to five instruments.', [
        { path: 'ids', message: `${slugs.length} given.` },
      ]);
    const view = await this.snapshot.get();
    const known = new Set(view.instruments.map((i) => i.id));
    const missing = slugs.find((s) => !known.has(s));
    if (missing) throw new NotFoundError(`Instrument ${missing}`);
    return {
      instruments: [...slugs],
      rows: allCells().map(({ issue, stage }, i) => ({
        issue,
        stage,
        grades: slugs.map((s) => {
          const column = view.columns.get(s);
          return column ? gradeOfWeight(column[i]) : null;
        }),
      })),
    };
  }
}
