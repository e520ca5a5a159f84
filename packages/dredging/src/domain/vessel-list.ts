/** Search, order and paging of a dataset's dredger list (pure: the rows come from the list view). */

/** The orders the vessel list takes, as the API's `sort` parameter names them (`-` in front: descending). */
export const VESSEL_SORT_KEYS = ['name', 'mmsi', 'volume', 'hours'] as const;
export type VesselSortKey = (typeof VESSEL_SORT_KEYS)[number];
export const VESSEL_SORT_VALUES = VESSEL_SORT_KEYS.flatMap((k) => [k, `-${k}`]);

export interface VesselListRow {
  mmsi: number;
  imo: number | null;
  name: string | null;
  operator: string | null;
  volumeM3: { central: number };
  dredgingHours: number;
}

export interface VesselListQuery {
  /** Words matched against the name and operator (case and accents ignored), or digits against MMSI and IMO. */
  q?: string;
  sort?: string;
  limit: number;
  offset: number;
}

function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .toLowerCase();
}

/** Whether a row matches the search: every word in the name or operator, or the digits in MMSI or IMO. */
export function vesselMatches(row: VesselListRow, q: string): boolean {
  const words = fold(q).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const text = fold(`${row.name ?? ''} ${row.operator ?? ''}`);
  const numbers = `${row.mmsi} ${row.imo ?? ''}`;
  return words.every((w) => text.includes(w) || (/^\d+$/.test(w) && numbers.includes(w)));
}

const SORT_VALUE: Record<VesselSortKey, (row: VesselListRow) => string | number | null> = {
  name: (r) => (r.name ? fold(r.name) : null),
  mmsi: (r) => r.mmsi,
  volume: (r) => r.volumeM3.central,
  hours: (r) => r.dredgingHours,
};

/**
 * One page of the rows that match the search, in the asked order (unnamed vessels last by name), ties by
 * MMSI; default order: central volume, largest first. `total` counts every matching row.
 */
export function vesselListPage<Row extends VesselListRow>(
  rows: readonly Row[],
  query: VesselListQuery,
): { items: Row[]; total: number } {
  const matching = query.q ? rows.filter((r) => vesselMatches(r, query.q ?? '')) : [...rows];
  const raw = query.sort ?? '-volume';
  const descending = raw.startsWith('-');
  const key = (descending ? raw.slice(1) : raw) as VesselSortKey;
  const value = SORT_VALUE[key] ?? SORT_VALUE.volume;
  matching.sort((a, b) => {
    const [x, y] = [value(a), value(b)];
    if (x === null || y === null) return x === y ? a.mmsi - b.mmsi : x === null ? 1 : -1;
    const order = x < y ? -1 : x > y ? 1 : 0;
    return (descending ? -order : order) || a.mmsi - b.mmsi;
  });
  return { items: matching.slice(query.offset, query.offset + query.limit), total: matching.length };
}
