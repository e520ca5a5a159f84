/** What the dredging screens share besides the API types (those come from '@strata/server/api-types'). */

/** Activities in the order of a cycle, with their map colours (colour-blind safe, Okabe–Ito). */
export const ACTIVITY_COLOURS: Record<string, string> = {
  dredging: '#D55E00',
  sailing_loaded: '#0072B2',
  discharging: '#CC79A7',
  sailing_empty: '#56B4E9',
  idle: '#999999',
};

/** Query string of the year/month/dataset filters (empty parts left out). */
export function viewQuery(
  filter: { year?: string; month?: string; dataset?: string },
  extra: Record<string, string> = {},
): string {
  const q = new URLSearchParams();
  if (filter.dataset) q.set('dataset', filter.dataset);
  if (filter.year) q.set('year', filter.year);
  if (filter.year && filter.month) q.set('month', filter.month);
  for (const [k, v] of Object.entries(extra)) q.set(k, v);
  const s = q.toString();
  return s ? `?${s}` : '';
}
