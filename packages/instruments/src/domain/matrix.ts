import {
  CELLS_PER_INSTRUMENT,
  cellIndex,
  GRADES,
  type Grade,
  type GradeStatus,
  gradeWeight,
  ISSUES,
  type Issue,
  STAGES,
  type Stage,
} from './vocabulary.ts';

/** One graded cell of the matrix: how one instrument treats one issue at one stage, and where it says so. */
export interface MatrixCell {
  instrumentId: string;
  issue: Issue;
  stage: Stage;
  grade: Grade;
  /** The clause the grade rests on (article, principle, requirement number); null for `not_addressed`. */
  clause: string | null;
  /** Where the clause was read (title of the text, URL). */
  source: string | null;
  status: GradeStatus;
}

/** What the analyses need to know of an instrument besides its cells. */
export interface AssessedInstrument {
  id: string;
  binding: boolean;
}

/**
 * One instrument's column as a dense array of 96 weights (−1 = ungraded cell), indexed by
 * {@link cellIndex}. An instrument with no cell at all is ungraded (never "not addressed").
 */
export function columnOf(cells: readonly MatrixCell[]): Int8Array {
  const column = new Int8Array(CELLS_PER_INSTRUMENT).fill(-1);
  for (const c of cells) column[cellIndex(c.issue, c.stage)] = gradeWeight(c.grade);
  return column;
}

/** Groups cells by instrument, as dense columns. */
export function columnsByInstrument(cells: readonly MatrixCell[]): Map<string, Int8Array> {
  const grouped = new Map<string, MatrixCell[]>();
  for (const c of cells) {
    const list = grouped.get(c.instrumentId);
    if (list) list.push(c);
    else grouped.set(c.instrumentId, [c]);
  }
  return new Map([...grouped].map(([id, list]) => [id, columnOf(list)]));
}

/** Every issue × stage pair, row by row (the order of {@link cellIndex}). */
export function allCells(): { issue: Issue; stage: Stage }[] {
  return ISSUES.flatMap((issue) => STAGES.map((stage) => ({ issue, stage })));
}

/**
 * Expands a grading that lists only the cells an instrument addresses into its full column: every
 * other cell is `not_addressed` (the grader read the whole text). Used where a whole text was graded.
 */
export function completeColumn(
  instrumentId: string,
  addressed: readonly Omit<MatrixCell, 'instrumentId'>[],
  status: GradeStatus,
  source: string | null,
): MatrixCell[] {
  const byIndex = new Map(addressed.map((c) => [cellIndex(c.issue, c.stage), c]));
  return allCells().map(({ issue, stage }) => {
    const given = byIndex.get(cellIndex(issue, stage));
    return given
      ? { instrumentId, ...given }
      : { instrumentId, issue, stage, grade: 'not_addressed', clause: null, source, status };
  });
}

/** The grade of a weight, for presenting dense columns. */
export function gradeOfWeight(weight: number): Grade | null {
  return weight < 0 ? null : GRADES[weight];
}
