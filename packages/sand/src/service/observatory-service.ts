import { findCountry, type LocalizedText, type M49Region, NotFoundError, type UnGroup } from '@strata/core';
import { type Band, divideBand, sumBands } from '../domain/band.ts';
import { type Decomposition, decomposeDifference } from '../domain/comparison.ts';
import { type Denominator, PER_UNIT } from '../domain/denominators.ts';
import { INDICATORS, type Indicator, type SandSource } from '../domain/parameters.ts';
import { resolvePrecedence, TIERS, type Tier } from '../domain/tiers.ts';
import type { SandWork } from '../repository/index.ts';
import type { SandValue } from '../repository/value-repository.ts';

/** One year of a country's series: the published figure (strongest tier) and every candidate. */
export interface SeriesPoint {
  year: number;
  headline: SandValue;
  /** Every figure for the year, strongest tier first (the headline among them). */
  all: SandValue[];
}

export interface IndicatorSeries {
  indicator: string;
  unit: string;
  points: SeriesPoint[];
}

export interface CountryProfile {
  iso3: string;
  /** The country's name in the six UN languages; null for a code Strata does not list (historical). */
  name: LocalizedText | null;
  indicators: IndicatorSeries[];
  /** The sources the figures come from. */
  sources: SandSource[];
}

/** A world total for one year: headline figures summed, and each tier's own figures summed. */
export interface WorldTotal {
  indicator: string;
  year: number;
  unit: string;
  /** Sum of each country's headline figure (bounds add). */
  total: Band;
  countries: number;
  /** For each tier with figures: the sum of all its figures, whether or not they are the headline. */
  byTier: { tier: Tier; countries: number; total: Band }[];
  /** The years that have figures for the indicator, for the year selector. */
  years: number[];
  /** Headline figures summed by UN regional group (`null`: observer States and codes in no group). */
  byGroup: { group: UnGroup | null; countries: number; total: Band }[];
  /** Headline figures summed by M49 region (UN Statistics Division; `null`: codes in none). */
  byRegion: { region: M49Region | null; countries: number; total: Band }[];
  /** The gap to the headline use figure (about 50 Gt), part by part, unknown parts as null. */
  comparison: Decomposition;
}

/** One country on the world map: its headline figure for the year. */
export interface MapValue extends Band {
  iso3: string;
  tier: Tier;
  sourceId: string;
  /** How many figures compete for the year (1 when only one tier has one). */
  candidates: number;
}

export interface WorldMap {
  indicator: string;
  year: number;
  /** `t`, or the per-capita or per-GDP unit when the figures are divided. */
  unit: string;
  /** The denominator the figures are divided by, if any. */
  per: Denominator | null;
  /** Countries with a figure but no denominator for the year: left off the divided map. */
  withoutDenominator: string[];
  /** The years that have figures for the indicator, for the year selector. */
  years: number[];
  items: MapValue[];
}

/** A row of the export: a figure and whether it is the published (headline) one for its country-year. */
export interface ExportRow extends SandValue {
  headline: boolean;
}

const UNIT = 't';

/** Figures as published: country profiles, world totals, the world map and the export. */
export class ObservatoryService {
  constructor(private readonly work: SandWork) {}

  /** A country's series per indicator: the headline figure of each year by tier precedence, and all others. */
  async profile(iso3: string): Promise<CountryProfile> {
    const code = iso3.toUpperCase();
    const country = findCountry(code);
    const values = await this.work.read.sand.forCountry(code);
    if (!country && values.length === 0) throw new NotFoundError(`country ${code}`);
    const indicators = INDICATORS.map((indicator) => {
      const resolved = resolvePrecedence(values.filter((v) => v.indicator === indicator));
      const points = resolved
        .map(({ headline, all }) => ({ year: headline.year, headline, all }))
        .sort((a, b) => a.year - b.year);
      return { indicator, unit: UNIT, points };
    });
    const used = new Set(values.map((v) => v.sourceId));
    const sources = (await this.work.read.sand.sources()).filter((s) => used.has(s.id));
    return { iso3: code, name: country?.name ?? null, indicators, sources };
  }

  /** The world total of an indicator for a year, with the totals of each tier. */
  async world(indicator: Indicator, year: number): Promise<WorldTotal> {
    const [values, years] = await Promise.all([
      this.work.read.sand.forYear(indicator, year),
      this.work.read.sand.years(indicator),
    ]);
    const headlines = resolvePrecedence(values).map((r) => r.headline);
    const byGroup = sumByKey(headlines, (iso3) => findCountry(iso3)?.unGroup ?? null).map(
      ({ key, ...sum }) => ({ group: key, ...sum }),
    );
    const byRegion = sumByKey(headlines, (iso3) => findCountry(iso3)?.m49Region ?? null).map(
      ({ key, ...sum }) => ({ region: key, ...sum }),
    );
    const byTier = TIERS.flatMap((tier) => {
      const ofTier = values.filter((v) => v.tier === tier);
      if (ofTier.length === 0) return [];
      return [{ tier, countries: new Set(ofTier.map((v) => v.iso3)).size, total: sumBands(ofTier) }];
    });
    const total = sumBands(headlines);
    return {
      indicator,
      year,
      unit: UNIT,
      total,
      countries: headlines.length,
      byTier,
      years,
      byGroup,
      byRegion,
      comparison: decomposeDifference(total, null),
    };
  }

  /**
   * Each country's headline figure of an indicator for a year, for the choropleth; divided by population
   * or GDP when `per` is given (countries without a denominator for the year are listed, not guessed).
   */
  async map(indicator: Indicator, year: number, per?: Denominator): Promise<WorldMap> {
    const [values, years, denominators] = await Promise.all([
      this.work.read.sand.forYear(indicator, year),
      this.work.read.sand.years(indicator),
      per ? this.work.read.denominators.forYear(per, year) : Promise.resolve(null),
    ]);
    const withoutDenominator: string[] = [];
    const items = resolvePrecedence(values).flatMap(({ headline: h, all }) => {
      let band: Band = h;
      if (per && denominators) {
        const d = denominators.get(h.iso3);
        if (d === undefined) {
          withoutDenominator.push(h.iso3);
          return [];
        }
        band = divideBand(h, d / PER_UNIT[per].scale);
      }
      const { low, central, high } = band;
      return [
        { iso3: h.iso3, tier: h.tier, sourceId: h.sourceId, low, central, high, candidates: all.length },
      ];
    });
    items.sort((a, b) => a.iso3.localeCompare(b.iso3));
    withoutDenominator.sort();
    const unit = per ? PER_UNIT[per].unit : UNIT;
    return { indicator, year, unit, per: per ?? null, withoutDenominator, years, items };
  }

  /** Every figure (optionally of one indicator or year), each marked when it is the headline. */
  async exportRows(filter: { indicator?: Indicator; year?: number } = {}): Promise<ExportRow[]> {
    const values = await this.work.read.sand.all(filter);
    const headlines = new Set<SandValue>();
    for (const indicator of new Set(values.map((v) => v.indicator))) {
      for (const r of resolvePrecedence(values.filter((v) => v.indicator === indicator))) {
        headlines.add(r.headline);
      }
    }
    return values.map((v) => ({ ...v, headline: headlines.has(v) }));
  }

  async sources(): Promise<SandSource[]> {
    return this.work.read.sand.sources();
  }
}

/** Headline figures summed by a key of their country (a group, a region), largest total first. */
function sumByKey<K>(
  headlines: readonly (Band & { iso3: string })[],
  keyOf: (iso3: string) => K,
): { key: K; countries: number; total: Band }[] {
  const parts = new Map<K, Band[]>();
  for (const h of headlines) {
    const key = keyOf(h.iso3);
    parts.set(key, [...(parts.get(key) ?? []), h]);
  }
  return [...parts]
    .map(([key, bands]) => ({ key, countries: bands.length, total: sumBands(bands) }))
    .sort((a, b) => b.total.central - a.total.central);
}
