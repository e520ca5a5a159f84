import type { Grade, Issue, Stage } from './vocabulary.ts';

/** One recorded change of a cell's grade: who, when, why. */
export interface GradeChange {
  instrumentId: string;
  issue: Issue;
  stage: Stage;
  /** Null when the cell was graded for the first time. */
  fromGrade: Grade | null;
  toGrade: Grade;
  changedAt: string;
  changedBy: string | null;
  reason: string;
}

/** What changed in the catalogue and the matrix since a date. */
export interface ChangesSince {
  since: string;
  newInstruments: { id: string; createdAt: string }[];
  newVersions: { instrumentId: string; version: string; versionDate: string | null; recordedAt: string }[];
  regradedCells: GradeChange[];
}

/**
 * Changes on or after `since` (ISO 8601): instruments added, versions recorded, grades changed. A cell
 * graded for the first time is not a regrading: only changes with a previous grade count.
 */
export function changesSince(
  since: string,
  instruments: readonly { id: string; createdAt: string }[],
  versions: readonly {
    instrumentId: string;
    version: string;
    versionDate: string | null;
    recordedAt: string;
  }[],
  history: readonly GradeChange[],
): ChangesSince {
  const after = (at: string) => at >= since;
  return {
    since,
    newInstruments: instruments.filter((i) => after(i.createdAt)),
    newVersions: versions.filter((v) => after(v.recordedAt)),
    regradedCells: history.filter(
      (h) => h.fromGrade !== null && h.fromGrade !== h.toGrade && after(h.changedAt),
    ),
  };
}
