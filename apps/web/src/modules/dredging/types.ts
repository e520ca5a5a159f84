/** Shapes of the dredging API answers the screens use (see /api/openapi.json, tag "Marine dredging watch"). */

export interface Band {
  low: number;
  central: number;
  high: number;
}

export interface DatasetRef {
  id: string;
  name: string;
  synthetic: boolean;
  countryMethod: string;
}

export interface CountryRow {
  country: string | null;
  name: string;
  volumeM3: Band;
  tonnes: Band;
  dredgingHours: number;
  vessels: number;
  protectedShare: number;
}

export interface SeriesRow {
  month: string;
  volumeM3: Band;
  dredgingHours: number;
  vessels: number;
}

export interface VesselRow {
  mmsi: number;
  name: string | null;
  dredgerType: string | null;
  operator: string | null;
  evidence: string[];
  volumeM3: Band;
  dredgingHours: number;
}

export interface CountryPanel {
  dataset: DatasetRef;
  country: { iso3: string; name: Record<string, string> };
  countryMethod: string;
  total: { volumeM3: Band; dredgingPeriods: number };
  byYear: { year: number; volumeM3: Band; tonnes: Band; dredgingHours: number; vessels: number }[];
  vessels: {
    mmsi: number;
    name: string | null;
    operator: string | null;
    dredgerType: string | null;
    volumeM3: Band;
    dredgingHours: number;
  }[];
  operators: { name: string; vessels: number; volumeM3: Band }[];
  protectedAreas: { volumeM3Central: number; share: number };
}

export interface Cycle {
  id: string;
  start: string;
  end: string;
  dredgingMinutes: number;
  complete: boolean;
  dredgeLon: number;
  dredgeLat: number;
  dischargeLon: number | null;
  dischargeLat: number | null;
  country: string | null;
  volumeM3: Band;
  volumeMethod: string;
}

export interface VesselPageData {
  dataset: DatasetRef;
  vessel: {
    mmsi: number;
    imo: number | null;
    name: string | null;
    dredgerType: string | null;
    dredgerTypeSource: string | null;
    operator: string | null;
    lengthM: number | null;
    evidence: { kind: string; detail: string }[];
    capacity: { band: Band; unit: string; source: string } | null;
  };
  totals: { volumeM3: Band; dredgingHours: number; cycles: number };
  cycles: Cycle[];
  track: {
    t: string;
    lon: number;
    lat: number;
    speedKnots: number | null;
    activity: string;
    segment: number;
  }[];
}

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
