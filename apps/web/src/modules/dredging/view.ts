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

/**
 * Average area in km² of an H3 hexagon per resolution (h3geo.org, "Table of Cell Areas for H3
 * Resolutions", 3.x: 12,392.26; 1,770.32; 252.90; 36.13), rounded for display.
 */
export const H3_HEX_AREA_KM2: Readonly<Record<number, number>> = { 3: 12_392, 4: 1_770, 5: 253, 6: 36 };

/**
 * The H3 resolution the overview map asks for at a zoom level: coarser cells as the reader zooms out, so
 * that at world scale the activity is summed into cells large enough to see (average edge 59.8 km at
 * resolution 3, 3.2 km at resolution 6, per the same H3 table).
 * @example hexResolutionForZoom(1) // 3
 */
export function hexResolutionForZoom(zoom: number): number {
  if (zoom < 2.5) return 3;
  if (zoom < 4) return 4;
  if (zoom < 5.5) return 5;
  return 6;
}
