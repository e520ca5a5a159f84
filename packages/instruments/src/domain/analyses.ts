import { type AssessedInstrument, allCells } from './matrix.ts';
import { GRADES, type Grade, gradeWeight, type Issue, type Stage } from './vocabulary.ts';

const REQUIREMENT = gradeWeight('requirement');
const VERIFIED = gradeWeight('verified_requirement');

/** One cell of the coverage heat map (stage × issue). */
export interface HeatMapCell {
  issue: Issue;
  stage: Stage;
  /** How many graded instruments are at each grade in this cell. */
  counts: Record<Grade, number>;
  /** Instruments without a grade here (never counted as "not addressed"). */
  ungraded: number;
  /** Binding instruments that address the cell (mentioned or more). */
  binding: number;
  /** Binding instruments that make it a requirement (with or without verification). */
  bindingRequirement: number;
}

/**
 * The coverage heat map: for each issue × stage, how many instruments are at each grade, how many are
 * ungraded and how many binding instruments address it. Computed from the columns (see
 * `columnsByInstrument`), never stored.
 */
export function coverageHeatMap(
  instruments: readonly AssessedInstrument[],
  columns: ReadonlyMap<string, Int8Array>,
): HeatMapCell[] {
  const map = allCells().map(({ issue, stage }) => ({
    issue,
    stage,
    counts: Object.fromEntries(GRADES.map((g) => [g, 0])) as Record<Grade, number>,
    ungraded: 0,
    binding: 0,
    bindingRequirement: 0,
  }));
  for (const instrument of instruments) {
    const column = columns.get(instrument.id);
    for (let i = 0; i < map.length; i++) {
      const weight = column ? column[i] : -1;
      const cell = map[i];
      if (weight < 0) {
        cell.ungraded++;
        continue;
      }
      cell.counts[GRADES[weight]]++;
      if (instrument.binding && weight >= 1) cell.binding++;
      if (instrument.binding && weight >= REQUIREMENT) cell.bindingRequirement++;
    }
  }
  return map;
}

/** A cell that no binding requirement and no independently verified requirement covers. */
export interface Gap {
  issue: Issue;
  stage: Stage;
  /** The strongest grade any instrument gives the cell (null when no instrument is graded there). */
  strongest: Grade | null;
  /** Instruments that address the cell at all (mentioned or more). */
  addressedBy: string[];
}

/**
 * Gaps: cells where no binding instrument sets a requirement and no instrument sets a requirement with
 * independent verification. A cell addressed only by voluntary, unverified text is a gap.
 */
export function findGaps(
  instruments: readonly AssessedInstrument[],
  columns: ReadonlyMap<string, Int8Array>,
): Gap[] {
  return allCells().flatMap(({ issue, stage }, i) => {
    let strongest = -1;
    let covered = false;
    const addressedBy: string[] = [];
    for (const instrument of instruments) {
      const weight = columns.get(instrument.id)?.[i] ?? -1;
      if (weight > strongest) strongest = weight;
      if (weight >= 1) addressedBy.push(instrument.id);
      if (weight === VERIFIED || (instrument.binding && weight >= REQUIREMENT)) covered = true;
    }
    return covered
      ? []
      : [{ issue, stage, strongest: strongest < 0 ? null : GRADES[strongest], addressedBy }];
  });
}

/** Cells of the matrix where the instruments a State is bound by set no requirement. */
export interface CountryCoverage {
  /** Binding instruments the State is a party to (among those given). */
  bindingInstrumentIds: string[];
  /** Cells with a binding requirement for this State. */
  covered: number;
  /** Cells without one. */
  uncovered: { issue: Issue; stage: Stage }[];
}

/**
 * Where a State has binding coverage: `partyTo` lists the instruments it has consented to be bound by;
 * only binding instruments count, and only at the grade `requirement` or stronger.
 */
export function countryCoverage(
  instruments: readonly AssessedInstrument[],
  columns: ReadonlyMap<string, Int8Array>,
  partyTo: ReadonlySet<string>,
): CountryCoverage {
  const binding = instruments.filter((i) => i.binding && partyTo.has(i.id)).map((i) => i.id);
  const uncovered: { issue: Issue; stage: Stage }[] = [];
  let covered = 0;
  allCells().forEach((cell, i) => {
    const has = binding.some((id) => (columns.get(id)?.[i] ?? -1) >= REQUIREMENT);
    if (has) covered++;
    else uncovered.push(cell);
  });
  return { bindingInstrumentIds: binding, covered, uncovered };
}
