import { FACILITY_STATUSES, GISTM_CLASSES, RAISE_METHODS } from './facility.ts';
import { TOXICITY_CLASSES } from './scores.ts';

/** The registry table's orders, as the API's `sort` parameter names them (`-` in front: descending). */
export const FACILITY_SORT_KEYS = [
  'name',
  'country',
  'operator',
  'status',
  'raiseMethod',
  'class',
  'hazard',
  'toxicity',
] as const;
export type FacilitySortKey = (typeof FACILITY_SORT_KEYS)[number];

export interface FacilitySort {
  key: FacilitySortKey;
  descending: boolean;
}

/** Every value the `sort` parameter accepts: each key, ascending and descending. */
export const FACILITY_SORT_VALUES = FACILITY_SORT_KEYS.flatMap((k) => [k, `-${k}`]);

/** `name`, `-hazard` … as a sort; null for anything else. */
export function parseFacilitySort(value: string | null | undefined): FacilitySort | null {
  if (!value) return null;
  const descending = value.startsWith('-');
  const key = descending ? value.slice(1) : value;
  return (FACILITY_SORT_KEYS as readonly string[]).includes(key)
    ? { key: key as FacilitySortKey, descending }
    : null;
}

/** The sort as the `sort` parameter writes it. */
export function formatFacilitySort(sort: FacilitySort): string {
  return `${sort.descending ? '-' : ''}${sort.key}`;
}

/**
 * Coded columns sort by their scale, not by the spelling of their codes (which means nothing once the
 * codes are shown translated): statuses and raise methods in the registry's own order, consequence classes
 * from low to extreme, toxicity from low to high. Codes outside the list (unknown, unclassified) come last.
 */
export const FACILITY_SORT_SCALES: Partial<Record<FacilitySortKey, readonly string[]>> = {
  status: FACILITY_STATUSES,
  raiseMethod: RAISE_METHODS,
  class: GISTM_CLASSES,
  toxicity: TOXICITY_CLASSES.filter((c) => c !== 'unknown'),
};
