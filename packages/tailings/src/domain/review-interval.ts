import type { GistmClass } from './facility.ts';

/**
 * GISTM (2020) Requirement 10.5: "Conduct an independent DSR at least every five years for tailings
 * facilities with 'Very High' or 'Extreme' Consequence Classifications and at least every 10 years for all
 * other facilities." Where the class is not known, the shorter interval applies, and the basis says so.
 */
export const DSR_INTERVAL = {
  source: 'GISTM (2020), Requirement 10.5',
  shortYears: 5,
  longYears: 10,
  shortClasses: ['very_high', 'extreme'] as readonly GistmClass[],
} as const;

export interface ReviewInterval {
  years: number;
  basis: string;
}

/** The longest time GISTM allows between independent dam safety reviews for a facility of this class. */
export function reviewInterval(gistmClass: GistmClass | null): ReviewInterval {
  const { source, shortYears, longYears, shortClasses } = DSR_INTERVAL;
  if (gistmClass === null)
    return {
      years: shortYears,
      basis: `${source}: consequence class unknown, so the ${shortYears}-year interval of Very High and Extreme applies`,
    };
  if (shortClasses.includes(gistmClass))
    return {
      years: shortYears,
      basis: `${source}: at least every ${shortYears} years for Very High and Extreme`,
    };
  return { years: longYears, basis: `${source}: at least every ${longYears} years below Very High` };
}
