import {
  FACILITY_STATUSES,
  type FacilitySort,
  formatFacilitySort,
  GISTM_CLASSES,
  parseFacilitySort,
  RAISE_METHODS,
  TOXICITY_CLASSES,
} from '@strata/tailings/browser';

// How the tailings screens show and address the registry: colours, filters in the page address, score
// factor names. The API's shapes are the server's (`@strata/server/api-types`); the value lists are the
// domain's (`@strata/tailings/browser`).

/** The class filter's choices: the GISTM classes, and facilities without a derived class. */
export const CLASS_FILTERS = [...GISTM_CLASSES, 'unclassified'] as const;

/** The ASGM filter's choices, as the API takes them. */
export const ASGM_FILTERS = ['yes', 'no', 'unknown'] as const;

/** Okabe–Ito colours (colour-blind safe) for the classes the map colours by. */
export const CLASS_COLOURS: Record<string, string> = {
  low: '#009E73',
  significant: '#F0E442',
  high: '#E69F00',
  very_high: '#D55E00',
  extreme: '#CC79A7',
  unclassified: '#999999',
};
export const STATUS_COLOURS: Record<string, string> = {
  active: '#0072B2',
  inactive: '#56B4E9',
  closed: '#009E73',
  abandoned: '#D55E00',
  decharacterising: '#CC79A7',
  under_construction: '#E69F00',
  unknown: '#999999',
};
export const TOXICITY_COLOURS: Record<string, string> = {
  low: '#009E73',
  moderate: '#E69F00',
  high: '#D55E00',
  unknown: '#999999',
};

/** A sequential colour for a 0–1 share (light to dark orange-red), for the choropleth and hazard points. */
export function sequentialColour(share: number): string {
  const steps = ['#fee8c8', '#fdbb84', '#fc8d59', '#e34a33', '#b30000'];
  const i = Math.min(steps.length - 1, Math.max(0, Math.floor(share * steps.length)));
  return steps[i] ?? steps[0] ?? '#fee8c8';
}

/** Builds the query string of a filtered view (only the filters that are set). */
export function filterQuery(filters: Record<string, string>): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(filters)) if (v) params.set(k, v);
  const s = params.toString();
  return s ? `?${s}` : '';
}

/** The registry's filters, as the page address and the API name them. */
export type FacilityFilters = {
  /** Free text: facility name, mine name, operator or municipality. */
  q: string;
  country: string;
  operator: string;
  status: string;
  raiseMethod: string;
  class: string;
  commodity: string;
  toxicity: string;
  /** Tailings from artisanal and small-scale gold mining: yes, no or unknown. */
  asgm: string;
};
export type FilterKey = keyof FacilityFilters;
export const COLOUR_BY = ['class', 'status', 'hazard', 'toxicity'] as const;
export type ColourBy = (typeof COLOUR_BY)[number];

/** Filters whose value must be one of a fixed list (anything else in the address is ignored). */
const CHOICES: Partial<Record<FilterKey, readonly string[]>> = {
  status: FACILITY_STATUSES,
  raiseMethod: RAISE_METHODS,
  class: CLASS_FILTERS,
  toxicity: TOXICITY_CLASSES,
  asgm: ASGM_FILTERS,
};

/** A filter's value as read from the page address: trimmed free text, an ISO3 code, or one of its choices. */
function filterValue(key: FilterKey, raw: string | null): string {
  const value = raw ?? '';
  if (key === 'country') return /^[A-Z]{3}$/.test(value) ? value : '';
  const choices = CHOICES[key];
  if (choices) return choices.includes(value) ? value : '';
  return value;
}

/** The registry view the page address describes (the address is its single source of truth). */
export function readView(params: URLSearchParams): { filters: FacilityFilters; colourBy: ColourBy } {
  const filters: FacilityFilters = {
    q: filterValue('q', params.get('q')),
    country: filterValue('country', params.get('country')),
    operator: filterValue('operator', params.get('operator')),
    status: filterValue('status', params.get('status')),
    raiseMethod: filterValue('raiseMethod', params.get('raiseMethod')),
    class: filterValue('class', params.get('class')),
    commodity: filterValue('commodity', params.get('commodity')),
    toxicity: filterValue('toxicity', params.get('toxicity')),
    asgm: filterValue('asgm', params.get('asgm')),
  };
  const colour = params.get('colour') ?? '';
  const colourBy = (COLOUR_BY as readonly string[]).includes(colour) ? (colour as ColourBy) : 'class';
  return { filters, colourBy };
}

/**
 * The page address after one filter (or `colour`) changes: an empty value, or the default colouring, drops
 * the parameter so the shortest address names each view; other parameters are kept.
 */
export function withView(params: URLSearchParams, key: FilterKey | 'colour', value: string): URLSearchParams {
  const next = new URLSearchParams(params);
  if (value === '' || (key === 'colour' && value === 'class')) next.delete(key);
  else next.set(key, value);
  // A new filter gives a new list: its first page.
  if (key !== 'colour') next.delete('page');
  return next;
}

/** Rows per page of the registry's table. */
export const PAGE_SIZE = 100;

/** The table page the address names (`page`, from 1); 1 when absent or not a whole number ≥ 1. */
export function readPage(params: URLSearchParams): number {
  const page = Number(params.get('page'));
  return Number.isInteger(page) && page >= 1 ? page : 1;
}

/** The address showing table page `page` (page 1 is the address without `page`). */
export function withPage(params: URLSearchParams, page: number): URLSearchParams {
  const next = new URLSearchParams(params);
  if (page <= 1) next.delete('page');
  else next.set('page', String(page));
  return next;
}

/** The table's order the address names (`sort`, as the API takes it), or null for the registry's default. */
export function readSort(params: URLSearchParams): FacilitySort | null {
  return parseFacilitySort(params.get('sort'));
}

/** The address ordered by `sort`, back on the first page (the old page number means nothing in a new order). */
export function withSort(params: URLSearchParams, sort: FacilitySort): URLSearchParams {
  const next = withPage(params, 1);
  next.set('sort', formatFacilitySort(sort));
  return next;
}

/** Score factors as the API names them (English) → catalog keys, so the breakdown reads in the UI language. */
export const FACTOR_KEYS: Record<string, string> = {
  'raise method': 'raiseMethod',
  'current maximum height (m)': 'height',
  'stored volume (m³)': 'volume',
  'age (years since start)': 'age',
  'history of stability concerns': 'stability',
  'years since last independent review': 'reviewAge',
  status: 'status',
  'estimated inundation area (km²)': 'area',
  'population downstream (disclosed band)': 'population',
  'rivers within the runout': 'rivers',
  'settlements within the runout': 'settlements',
};
