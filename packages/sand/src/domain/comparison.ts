import { type Band, sumBands } from './band.ts';

/**
 * The headline figures the observatory's totals are compared with, as the report on resolution 5/12 and
 * issue 16 quote them. Neither states a central value, so only the range is kept (equal bounds for
 * "about 50 Gt").
 */
export const HEADLINE_FIGURES = [
  {
    id: 'sand-gravel-use',
    what: 'sand and gravel used in the world a year (about)',
    lowT: 50e9,
    highT: 50e9,
    source: 'UNEP (2022), Sand and Sustainability: 10 strategic recommendations to avert a crisis',
  },
  {
    id: 'marine-dredging',
    what: 'sand dredged in marine and coastal waters a year',
    lowT: 6.4e9,
    highT: 16e9,
    source: 'UNEP progress report on resolution 5/12, citing Marine Sand Watch',
  },
] as const;
export type HeadlineFigure = (typeof HEADLINE_FIGURES)[number];

/** The parts the difference between the headline use figure and the observatory's total is made of. */
export const DIFFERENCE_PARTS = [
  'construction-aggregates',
  'fill-and-reclamation',
  'industrial-sand',
  'marine',
  'unreported',
] as const;
export type DifferencePart = (typeof DIFFERENCE_PARTS)[number];

/** One part of the decomposition: its band in tonnes, or null when nothing sourced measures it. */
export interface DecompositionPart {
  part: DifferencePart;
  value: Band | null;
  /** Where the value comes from; null when unknown. */
  basis: string | null;
}

export interface Decomposition {
  headline: { lowT: number; highT: number; source: string };
  /** The observatory's world total of construction aggregates (headline figures summed). */
  observed: Band;
  parts: DecompositionPart[];
  /** Headline minus every known part: what no sourced figure accounts for (low uses the high parts). */
  unexplained: Band;
}

/**
 * Decomposes the gap between the headline use figure (about 50 Gt) and what the observatory adds up: the
 * construction aggregates it measures, the marine layer when the dredging watch has results for the year,
 * and the parts no source measures yet (null, shown as unknown). Bands subtract bound against bound.
 * @example decomposeDifference({ low: 28e9, central: 28e9, high: 28e9 }, null).unexplained.central // 22e9
 */
export function decomposeDifference(observed: Band, marine: Band | null): Decomposition {
  const [use] = HEADLINE_FIGURES;
  const parts: DecompositionPart[] = DIFFERENCE_PARTS.map((part) => {
    if (part === 'construction-aggregates')
      return { part, value: observed, basis: 'the observatory’s headline figures, summed' };
    if (part === 'marine' && marine) return { part, value: marine, basis: 'the marine dredging watch' };
    return { part, value: null, basis: null };
  });
  const known = sumBands(parts.flatMap((p) => (p.value ? [p.value] : [])));
  const centralUse = (use.lowT + use.highT) / 2;
  return {
    headline: { lowT: use.lowT, highT: use.highT, source: use.source },
    observed,
    parts,
    unexplained: {
      low: use.lowT - known.high,
      central: centralUse - known.central,
      high: use.highT - known.low,
    },
  };
}
