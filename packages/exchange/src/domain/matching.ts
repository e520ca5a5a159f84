import { findCountry } from '@strata/core';
import type { Region, Stage, SupportKind, Theme } from './vocabulary.ts';

/** The dimensions of a need that an offer is matched on. */
export interface NeedProfile {
  countryIso3: string;
  theme: Theme;
  stage: Stage | null;
  kind: SupportKind;
  /** Date (YYYY-MM-DD) by which the support is needed, if any. */
  neededBy: string | null;
}

/** The dimensions of an offer. Empty `stages` means every stage. */
export interface OfferProfile {
  themes: readonly Theme[];
  stages: readonly Stage[];
  kinds: readonly SupportKind[];
  regions: readonly Region[];
  /** How many more States the offer can serve (null: not stated, taken as available). */
  capacityLeft: number | null;
  availableFrom: string | null;
  availableUntil: string | null;
}

export type MatchDimension = 'theme' | 'kind' | 'stage' | 'region' | 'availability';

/** Why a dimension scored what it did: a reason code the web translates, and the values compared. */
export interface DimensionScore {
  dimension: MatchDimension;
  weight: number;
  /** 0 or 1 (a dimension either fits or not, so the user can check it by eye). */
  score: number;
  reason: string;
  need: string | null;
  offer: string[];
}

export interface MatchScore {
  /** Σ weight × score, 0..1, rounded to 2 decimals. */
  total: number;
  /** True when the total reaches {@link PROPOSE_THRESHOLD} and theme and kind both fit. */
  proposed: boolean;
  dimensions: DimensionScore[];
}

/**
 * Weights of the dimensions. A design choice of this module, not from a published method: what is needed
 * (theme, kind of support) weighs most, then where (region), then the life-cycle stage and availability.
 * They sum to 1 so that the total reads as a share of the dimensions that fit.
 */
export const MATCH_WEIGHTS: Readonly<Record<MatchDimension, number>> = {
  theme: 0.3,
  kind: 0.25,
  region: 0.2,
  stage: 0.15,
  availability: 0.1,
};

/** A match is proposed from this total up (theme and kind must fit in any case). */
export const PROPOSE_THRESHOLD = 0.6;

/**
 * Scores how well an offer fits a need, dimension by dimension, with the reason of each score, so the
 * user sees why a match was (or was not) proposed. `today` (YYYY-MM-DD) decides availability.
 *
 * @example scoreMatch(need, offer, '2026-12-04').dimensions.map((d) => `${d.dimension}: ${d.reason}`)
 */
export function scoreMatch(need: NeedProfile, offer: OfferProfile, today: string): MatchScore {
  const dims: DimensionScore[] = [];
  const add = (dimension: MatchDimension, fits: boolean, reason: string, n: string | null, o: string[]) =>
    dims.push({
      dimension,
      weight: MATCH_WEIGHTS[dimension],
      score: fits ? 1 : 0,
      reason,
      need: n,
      offer: o,
    });

  const themeFits = offer.themes.includes(need.theme);
  add('theme', themeFits, themeFits ? 'theme_offered' : 'theme_not_offered', need.theme, [...offer.themes]);
  const kindFits = offer.kinds.includes(need.kind);
  add('kind', kindFits, kindFits ? 'kind_offered' : 'kind_not_offered', need.kind, [...offer.kinds]);

  const group = findCountry(need.countryIso3)?.unGroup ?? null;
  const global = offer.regions.includes('global');
  const regionFits = global || (group !== null && offer.regions.includes(group));
  add(
    'region',
    regionFits,
    global ? 'region_global' : regionFits ? 'region_served' : 'region_not_served',
    group,
    [...offer.regions],
  );

  const everyStage = offer.stages.length === 0;
  const stageFits = everyStage || need.stage === null || offer.stages.includes(need.stage);
  add(
    'stage',
    stageFits,
    everyStage
      ? 'stage_any_offered'
      : need.stage === null
        ? 'stage_any_needed'
        : stageFits
          ? 'stage_offered'
          : 'stage_not_offered',
    need.stage,
    [...offer.stages],
  );

  add('availability', ...availability(need, offer, today));

  const total = Math.round(dims.reduce((s, d) => s + d.weight * d.score, 0) * 100) / 100;
  return { total, proposed: themeFits && kindFits && total >= PROPOSE_THRESHOLD, dimensions: dims };
}

function availability(
  need: NeedProfile,
  offer: OfferProfile,
  today: string,
): [boolean, string, string | null, string[]] {
  const window = [offer.availableFrom ?? '', offer.availableUntil ?? ''];
  if (offer.capacityLeft !== null && offer.capacityLeft <= 0)
    return [false, 'capacity_used', need.neededBy, window];
  if (offer.availableUntil !== null && offer.availableUntil < today)
    return [false, 'offer_ended', need.neededBy, window];
  if (need.neededBy !== null && offer.availableFrom !== null && offer.availableFrom > need.neededBy)
    return [false, 'starts_too_late', need.neededBy, window];
  return [true, 'available', need.neededBy, window];
}
