import type { Band } from './band.ts';
import type { Tier } from './tiers.ts';

/**
 * The indicators the observatory publishes, each in tonnes per country and year.
 * `construction-aggregates`: sand, gravel and crushed rock for construction. The IRP series (code
 * A.3.8.2) measures domestic extraction; the cement proxy estimates apparent use; an official statistic
 * states what the country reports. They compete for the same headline, strongest tier first.
 */
export const INDICATORS = ['construction-aggregates'] as const;
export type Indicator = (typeof INDICATORS)[number];

/**
 * Tonnes of aggregates per tonne of cement: low 5.26 (the factor of the IRP estimation code, as quoted
 * in the shared data notes of the UN IRP Global Material Flows Database update), central 6.5 and high 10
 * (the 6.5–10 range of UNEP publications on sand). The central value takes the low end of UNEP's range.
 */
export const CEMENT_FACTORS: Band = { low: 5.26, central: 6.5, high: 10 };

/**
 * Relative half-width of the band of each tier when its source states none. The IRP Global Material
 * Flows Database and official statistics publish point values without uncertainty, so their band is the
 * point itself (0): a band is never invented where the source gives none. The cement proxy carries the
 * factor band above instead.
 */
export const TIER_RELATIVE_BAND: Record<Tier, number> = {
  official: 0,
  irp: 0,
  'cement-proxy': 0,
  model: 0,
};

/** Where a figure comes from: the data set, its publisher, its licence and when Strata read it. */
export interface SandSource {
  id: string;
  title: string;
  publisher: string;
  licence: string;
  url: string | null;
  /** The date the file was retrieved or published (ISO date). */
  retrieved: string;
  tier: Tier;
  /** How the figures were derived from the data set, in one sentence. */
  method: string;
}

/** The IRP Global Material Flows Database export of 2022-12-20 (code A.3.8.2). */
export const IRP_SOURCE: SandSource = {
  id: 'irp-gmfd-2022-12-20',
  title: 'Global Material Flows Database, domestic extraction by CCC code (update of 2022-12-20)',
  publisher: 'UN International Resource Panel',
  licence: 'UNEP IRP data; cite the Global Material Flows Database',
  url: null,
  retrieved: '2022-12-20',
  tier: 'irp',
  method: 'domestic extraction of sand, gravel and crushed rock for construction (code A.3.8.2), tonnes',
};

/** R. Andrew's cement production series, version 231016 (Zenodo 10.5281/zenodo.10008931). */
export const CEMENT_SOURCE: SandSource = {
  id: 'andrew-cement-v231016',
  title: 'Global CO2 emissions from cement production, cement production by country (v231016)',
  publisher: 'R. Andrew (CICERO)',
  licence: 'CC BY 4.0',
  url: 'https://doi.org/10.5281/zenodo.10008931',
  retrieved: '2023-10-16',
  tier: 'cement-proxy',
  method: `apparent use of aggregates = cement production × ${CEMENT_FACTORS.low}/${CEMENT_FACTORS.central}/${CEMENT_FACTORS.high} t per t of cement (low/central/high)`,
};

/**
 * The US Geological Survey's national totals of construction aggregates (sand and gravel plus crushed
 * stone), Minerals Yearbook aggregates tables: the official-statistic tier for the United States.
 */
export const USGS_AGGREGATES_SOURCE: Omit<SandSource, 'tier'> = {
  id: 'usgs-aggregates-usa',
  title: 'Minerals Yearbook, aggregates: construction aggregates, national total (table 1)',
  publisher: 'US Geological Survey',
  licence: 'US government work, public domain',
  url: null,
  // The table as compiled in a public analysis repository (data to 2023), read for Strata on this date.
  retrieved: '2026-12-04',
  method:
    'reported production of construction aggregates (construction sand and gravel + crushed stone), tonnes',
};

/** The first year the observatory publishes (the IRP series starts in 1970). */
export const FIRST_YEAR = 1970;
