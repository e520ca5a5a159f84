import type { Tier } from '@strata/sand/browser';

/**
 * The year the observatory's pages open on: 2019, the latest year the IRP series (code A.3.8.2) covers for
 * nearly every country (its 2020 row is missing for some, 2021 has three). Any year with figures can be
 * chosen.
 */
export const REFERENCE_YEAR = 2019;

/** Colours of the method tiers (Okabe–Ito palette, distinguishable with the common colour-vision deficiencies). */
export const TIER_COLOURS: Record<Tier, string> = {
  official: '#0072B2',
  irp: '#009E73',
  'cement-proxy': '#E69F00',
  model: '#CC79A7',
};

/** A display scale for tonnes: megatonnes for a country, gigatonnes for the world. */
export type TonneScale = 'Mt' | 'Gt';
const TONNES_PER: Record<TonneScale, number> = { Mt: 1e6, Gt: 1e9 };

/** Converts tonnes to the scale's unit (1 Mt = 10⁶ t, 1 Gt = 10⁹ t). */
export function tonnesIn(tonnes: number, scale: TonneScale): number {
  return tonnes / TONNES_PER[scale];
}

/**
 * Upper limits of the map's classes, in megatonnes a year; the last class is open. Classes grow tenfold
 * because national figures span five orders of magnitude (a small island to China).
 */
export const MAP_CLASS_LIMITS_MT = [1, 10, 100, 1000] as const;
/** Fill of each class, light to dark (ColorBrewer YlOrBr, 5 classes). */
export const MAP_CLASS_COLOURS = ['#ffffd4', '#fed98e', '#fe9929', '#d95f0e', '#993404'] as const;

/** The class (0 … MAP_CLASS_LIMITS_MT.length) of a figure in tonnes. */
export function mapClass(tonnes: number): number {
  const mt = tonnesIn(tonnes, 'Mt');
  const index = MAP_CLASS_LIMITS_MT.findIndex((limit) => mt < limit);
  return index === -1 ? MAP_CLASS_LIMITS_MT.length : index;
}

/**
 * Class limits of the divided maps, in their units: t per person (UNEP puts world use near 6 t a person a
 * year) and t per million current US$ of GDP. Display classes only, not thresholds of any source.
 */
export const PER_CLASS_LIMITS = {
  population: [1, 3, 6, 10],
  gdp: [100, 300, 1000, 3000],
} as const;
export type Per = keyof typeof PER_CLASS_LIMITS;

/** The limits a map's classes use: Mt for totals, the denominator's unit for divided figures. */
export function classLimits(per: Per | null): readonly number[] {
  return per ? PER_CLASS_LIMITS[per] : MAP_CLASS_LIMITS_MT;
}

/** The class of a map value: tonnes for totals, the divided unit when `per` is set. */
export function mapClassOf(value: number, per: Per | null): number {
  if (!per) return mapClass(value);
  const limits = PER_CLASS_LIMITS[per];
  const index = limits.findIndex((limit) => value < limit);
  return index === -1 ? limits.length : index;
}

/** `per` from the address: population or gdp, else null (totals). */
export function perParam(text: string | null): Per | null {
  return text === 'population' || text === 'gdp' ? text : null;
}

/** Whether a band is a point (the source states no uncertainty). */
export function isPoint(band: { low: number; central: number; high: number }): boolean {
  return band.low === band.central && band.high === band.central;
}

/** The query string of a page's view (only the parameters that are set). */
export function viewQuery(params: Record<string, string | number | undefined>): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params))
    if (value !== undefined && value !== '') query.set(key, String(value));
  const text = query.toString();
  return text ? `?${text}` : '';
}

/** A year from the address, when it is a whole number from `first`; otherwise the fallback. */
export function yearParam(text: string | null, first: number, fallback: number): number {
  const year = Number(text);
  return text && Number.isInteger(year) && year >= first && year <= 2100 ? year : fallback;
}
