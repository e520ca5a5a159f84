import { UN_GROUPS, type UnGroup } from '../../api/types.ts';

/** `none` stands for the observer States, which belong to no regional group. */
export type GroupKey = UnGroup | 'none';
export const GROUP_KEYS: readonly GroupKey[] = [...UN_GROUPS, 'none'];

/**
 * Colours per group: the Okabe–Ito palette (distinguishable with the common colour-vision deficiencies),
 * each with ≥ 3:1 contrast against the white country borders where it matters for the legend swatches.
 */
export const GROUP_COLOURS: Record<GroupKey, string> = {
  african: '#E69F00',
  asia_pacific: '#56B4E9',
  eastern_european: '#009E73',
  latin_american_caribbean: '#F0E442',
  western_european_others: '#CC79A7',
  none: '#5f6b73',
};

export function groupKey(group: UnGroup | null): GroupKey {
  return group ?? 'none';
}
