/** Method tiers, strongest first: an official statistic beats IRP data beats the cement proxy beats a model. */
export const TIERS = ['official', 'irp', 'cement-proxy', 'model'] as const;
export type Tier = (typeof TIERS)[number];

/** One figure for one country and year, with its method tier. */
export interface TieredFigure {
  iso3: string;
  year: number;
  tier: Tier;
  sourceId?: string;
  centralT: number;
}

/** The figure that is published for a country and year, and every candidate kept visible. */
export interface Resolved<F extends Omit<TieredFigure, 'centralT'>> {
  headline: F;
  all: F[];
}

/** Within the official tier, a State's own approved submission comes before other official series. */
const SUBMITTED = 'state-submission-';
const rank = (f: { tier: Tier; sourceId?: string }) =>
  TIERS.indexOf(f.tier) * 2 + (f.tier === 'official' && f.sourceId?.startsWith(SUBMITTED) ? 0 : 1);

/**
 * Picks, for each country and year, the figure of the strongest tier; the others stay in `all`. Two
 * official figures for the same year (a State's approved submission and, say, the USGS series for the
 * United States) resolve to the State's own.
 * @example resolvePrecedence([irp, official])[0].headline === official
 */
export function resolvePrecedence<F extends Omit<TieredFigure, 'centralT'>>(
  figures: readonly F[],
): Resolved<F>[] {
  const groups = new Map<string, F[]>();
  for (const f of figures) {
    const key = `${f.iso3}:${f.year}`;
    const list = groups.get(key) ?? [];
    list.push(f);
    groups.set(key, list);
  }
  return [...groups.values()].map((all) => {
    const sorted = [...all].sort((a, b) => rank(a) - rank(b));
    return { headline: sorted[0] as F, all: sorted };
  });
}
