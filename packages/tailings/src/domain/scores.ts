import { crosswalkToGistm } from './classification.ts';
import type { FacilityRecord, RaiseMethod } from './facility.ts';
import { reviewInterval } from './review-interval.ts';

/** One input of a score: what was used, the points it gave, and where the rule comes from. */
export interface ScoreComponent {
  factor: string;
  /** The input value as used (null when not disclosed: the component then gives no points). */
  input: string | number | boolean | null;
  points: number;
  maxPoints: number;
  source: string;
}

/** A transparent score: its total, its maximum and each component. Never merged with other scores. */
export interface ScoreBreakdown {
  score: number;
  maxScore: number;
  /** Share of the maximum whose inputs were disclosed (0–1): a low value means "mostly unknown". */
  coverage: number;
  components: ScoreComponent[];
}

/** Raise-method points: upstream-raised dams are over-represented among failures. */
const RAISE_POINTS: Record<RaiseMethod, number> = {
  upstream: 3,
  centreline: 2,
  downstream: 1,
  other: 1,
  single_raise: 1,
  dry_stack: 0,
  in_pit: 0,
  unknown: 0,
};
const RAISE_SOURCE =
  'ICOLD & UNEP Bulletin 121 (2001); Rico et al. (2008) J. Hazard. Mater. 152:846 — upstream dams dominate recorded failures';

function bandPoints(value: number | null, bands: readonly number[]): number {
  if (value === null) return 0;
  let p = 0;
  for (const b of bands) if (value >= b) p++;
  return p;
}

/** Years between an ISO date (or year) and `asOf`; null when not parseable. */
export function yearsSince(date: string | null, asOf: Date): number | null {
  if (!date) return null;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(date);
  if (!m) return null;
  const d = Date.UTC(Number(m[1]), Number(m[2] ?? '7') - 1, Number(m[3] ?? '1'));
  return (asOf.getTime() - d) / (365.25 * 86400_000);
}

/**
 * Hazard score (likelihood-related physical factors, 0–18): raise method, height, volume, age, history of
 * stability concerns, age of the last independent review, and status. A factor not disclosed gives no
 * points and lowers `coverage` instead, so an undisclosed facility never looks safe by default
 * without saying so.
 *
 * @param asOf the date the score is computed for (injected: domain code has no clock)
 */
export function hazardScore(f: FacilityRecord, asOf: Date): ScoreBreakdown {
  const age = f.startYear === null ? null : asOf.getUTCFullYear() - f.startYear;
  const reviewAge = yearsSince(f.lastIndependentReview, asOf);
  const interval = reviewInterval(crosswalkToGistm(f.classification)?.gistmClass ?? null);
  const components: ScoreComponent[] = [
    {
      factor: 'raise method',
      input: f.raiseMethod === 'unknown' ? null : f.raiseMethod,
      points: RAISE_POINTS[f.raiseMethod],
      maxPoints: 3,
      source: RAISE_SOURCE,
    },
    {
      factor: 'current maximum height (m)',
      input: f.heightM,
      // Bands at 15, 30, 60 m: ICOLD's large-dam threshold is 15 m; Rico et al. (2008) find most
      // failures at 15–60 m with the largest releases above 60 m.
      points: bandPoints(f.heightM, [15, 30, 60]),
      maxPoints: 3,
      source: 'ICOLD large-dam definition (15 m); Rico et al. (2008) height distribution of failures',
    },
    {
      factor: 'stored volume (m³)',
      input: f.volumeM3,
      // Bands at 1, 10, 100 million m³: decades of the failures' storage volumes (Rico et al. 2008).
      points: bandPoints(f.volumeM3, [1e6, 1e7, 1e8]),
      maxPoints: 3,
      source:
        'Rico et al. (2008b), J. Hazard. Mater. 154:79: released volume grows with stored volume (VF = 0.354·VT^1.01)',
    },
    {
      factor: 'age (years since start)',
      input: age,
      points: bandPoints(age, [20, 40]),
      maxPoints: 2,
      source:
        'Older facilities were designed to earlier standards (GISTM Principle 4 asks to re-assess them)',
    },
    {
      factor: 'history of stability concerns',
      input: f.stabilityConcerns,
      points: f.stabilityConcerns ? 3 : 0,
      maxPoints: 3,
      source: '2019 investor disclosure request, item 13; SIGBM emergency level ≥ 1',
    },
    {
      factor: 'years since last independent review',
      input: reviewAge === null ? null : Math.round(reviewAge * 10) / 10,
      // Overdue under GISTM 10.5 for the facility's class: 2; due within two years: 1.
      points:
        reviewAge === null ? 0 : reviewAge > interval.years ? 2 : reviewAge > interval.years - 2 ? 1 : 0,
      maxPoints: 2,
      source: interval.basis,
    },
    {
      factor: 'status',
      input: f.status === 'unknown' ? null : f.status,
      points: f.status === 'abandoned' ? 2 : f.status === 'active' || f.status === 'decharacterising' ? 1 : 0,
      maxPoints: 2,
      source:
        'Abandoned sites lack an owner to maintain them; active and decharacterising sites are being worked',
    },
  ];
  return summarise(components);
}

/**
 * Released volume: Rico, Benito & Díez-Herrero (2008), Floods from tailings dam failures, J. Hazard. Mater. 154:79–87:
 * VF = 0.354·VT^1.01, fitted with volumes in millions of cubic metres (10⁶ m³). Strata stores m³, so
 * {@link runoutEstimate} converts to Mm³, applies the fit, and converts back; applied to m³ directly the
 * exponent 1.01 would inflate the result by (10⁶)^0.01 ≈ 1.148.
 */
export const RICO_RELEASE = { coefficient: 0.354, exponent: 1.01 } as const;

/**
 * The area–volume mobility coefficient c of A = c·V^(2/3) (A in m², V released volume in m³).
 * Ghahramani et al. (2020), Nat. Hazards Earth Syst. Sci. 20:3425 (doi:10.5194/nhess-20-3425-2020),
 * found the relationship holds for tailings flows and that they are less mobile than lahars, whose
 * c = 200 (Iverson et al. 1998, GSA Bull. 110:972), and more mobile than non-volcanic debris flows
 * (c = 20). Strata uses 200 as the default: it is the lahar mean of Iverson et al. (1998), not an upper
 * bound for tailings (individual flows scatter above and below the mean). The value is a parameter of
 * {@link runoutEstimate}.
 */
export const DEFAULT_RUNOUT_C = 200;

export interface RunoutEstimate {
  storedVolumeM3: number;
  releasedVolumeM3: number;
  /** Planimetric inundation area (m²). */
  areaM2: number;
  /** Radius of a circle of that area (m): a first-order search radius for what lies downstream. */
  equivalentRadiusM: number;
  c: number;
  method: string;
}

/** Estimates a breach's released volume and inundation area from the stored volume. */
export function runoutEstimate(storedVolumeM3: number, c = DEFAULT_RUNOUT_C): RunoutEstimate {
  const storedMm3 = storedVolumeM3 / 1e6;
  const released = Math.min(
    storedVolumeM3,
    RICO_RELEASE.coefficient * storedMm3 ** RICO_RELEASE.exponent * 1e6,
  );
  const area = c * released ** (2 / 3);
  return {
    storedVolumeM3,
    releasedVolumeM3: released,
    areaM2: area,
    equivalentRadiusM: Math.sqrt(area / Math.PI),
    c,
    method: `VF = 0.354·VT^1.01, volumes in 10⁶ m³ (Rico et al. 2008b); A = ${c}·VF^(2/3) (Ghahramani et al. 2020)${c === DEFAULT_RUNOUT_C ? '; c = 200 is the lahar mean (Iverson et al. 1998), not an upper bound for tailings' : ''}`,
  };
}

/** Upper bounds of SIGBM's downstream population bands, for scoring. */
function populationBandPoints(band: string | null): { points: number; input: string | null } {
  if (!band) return { points: 0, input: null };
  const t = band.toLowerCase();
  const nums = [...t.matchAll(/\d[\d.]*/g)].map((m) => Number(m[0].replace(/\./g, '')));
  if (nums.length === 0) return { points: 0, input: band };
  const top = /acima|above|more|>/.test(t) ? Number.POSITIVE_INFINITY : Math.max(...nums);
  const points = top > 1000 ? 4 : top > 500 ? 3 : top > 100 ? 2 : top > 0 ? 1 : 0;
  return { points, input: band };
}

/**
 * Exposure score (0–10): what a breach could reach. The inundation area from the stored volume
 * (Rico et al. 2008; Ghahramani et al. 2020), and the downstream population where the source discloses it.
 * Rivers and settlements within the runout need spatial layers Strata does not hold yet: they are listed
 * as components with no input, so the gap is visible.
 */
export function exposureScore(
  f: FacilityRecord,
  c = DEFAULT_RUNOUT_C,
): ScoreBreakdown & {
  runout: RunoutEstimate | null;
} {
  const runout = f.volumeM3 !== null && f.volumeM3 > 0 ? runoutEstimate(f.volumeM3, c) : null;
  const km2 = runout ? runout.areaM2 / 1e6 : null;
  const pop = populationBandPoints(f.downstreamPopulation);
  const components: ScoreComponent[] = [
    {
      factor: 'estimated inundation area (km²)',
      input: km2 === null ? null : Math.round(km2 * 100) / 100,
      // Bands at 1, 5, 25 km²: a decade-and-a-half apart, enough to reach a settlement or a river reach.
      points: bandPoints(km2, [1, 5, 25]),
      maxPoints: 3,
      source: runout?.method ?? 'needs the stored volume',
    },
    {
      factor: 'population downstream (disclosed band)',
      input: pop.input,
      points: pop.points,
      maxPoints: 4,
      source: 'As disclosed (SIGBM "Número de pessoas possivelmente afetadas a jusante")',
    },
    {
      factor: 'rivers within the runout',
      input: null,
      points: 0,
      maxPoints: 2,
      source: 'not assessed: needs a river network layer (e.g. HydroRIVERS)',
    },
    {
      factor: 'settlements within the runout',
      input: null,
      points: 0,
      maxPoints: 1,
      source: 'not assessed: needs a settlement layer (e.g. GHSL)',
    },
  ];
  return { ...summarise(components), runout };
}

export const TOXICITY_CLASSES = ['low', 'moderate', 'high', 'unknown'] as const;
export type ToxicityClass = (typeof TOXICITY_CLASSES)[number];

export interface ToxicityHazard {
  hazard: 'acid rock drainage / metal leaching' | 'cyanide' | 'radionuclides' | 'high pH';
  present: boolean;
  basis: 'disclosed' | 'commodity proxy';
  source: string;
}

export interface ToxicityAssessment {
  toxicityClass: ToxicityClass;
  hazards: ToxicityHazard[];
  /** True when any hazard comes from the commodity proxy rather than a disclosure. */
  proxy: boolean;
  commodity: string | null;
}

type Hazard = ToxicityHazard['hazard'];

/**
 * The commodity proxy: hazards typical of a commodity's tailings, used only where nothing is disclosed.
 * Sulfide-hosted ores (Cu, Zn, Pb, Ni, primary Au, coal with pyrite) → ARD/ML: INAP GARD Guide (2009),
 * ch. 2; gold by cyanidation → cyanide: International Cyanide Management Code; uranium, phosphate
 * (phosphogypsum), rare earths, mineral sands → radionuclides: IAEA Safety Reports Series 49 and 78
 * (NORM); bauxite refining residue (red mud), pH 10–13: Power et al. (2011) Hydrometallurgy 108:33.
 */
export const COMMODITY_PROXY: Record<string, Hazard[]> = {
  copper: ['acid rock drainage / metal leaching'],
  zinc: ['acid rock drainage / metal leaching'],
  lead: ['acid rock drainage / metal leaching'],
  nickel: ['acid rock drainage / metal leaching'],
  gold: ['acid rock drainage / metal leaching', 'cyanide'],
  silver: ['acid rock drainage / metal leaching', 'cyanide'],
  coal: ['acid rock drainage / metal leaching'],
  uranium: ['radionuclides', 'acid rock drainage / metal leaching'],
  phosphate: ['radionuclides'],
  'rare earths': ['radionuclides'],
  niobium: ['radionuclides'],
  'mineral sands': ['radionuclides'],
  bauxite: ['high pH'],
  aluminium: ['high pH'],
  tin: ['acid rock drainage / metal leaching'],
  iron: [],
  manganese: [],
  kaolin: [],
  clay: [],
  sand: [],
  limestone: [],
  diamonds: [],
  potash: [],
  salt: [],
};

const DISCLOSED_SOURCE = 'disclosed by the source registry or the operator';

/**
 * Toxicity class from disclosed facts (ARD/ML, cyanide, radionuclides, high pH), falling back to the
 * documented commodity proxy for each fact not disclosed, marked as such. High with two or more hazards
 * present, moderate with one, low when all four are known absent, unknown otherwise.
 */
export function toxicityAssessment(f: FacilityRecord): ToxicityAssessment {
  const disclosed: Record<Hazard, boolean | null> = {
    'acid rock drainage / metal leaching': f.toxicity.acidRockDrainage,
    cyanide: f.toxicity.cyanide,
    radionuclides: f.toxicity.radionuclides,
    'high pH': f.toxicity.highPh,
  };
  const proxy = f.commodity ? COMMODITY_PROXY[f.commodity] : undefined;
  const hazards: ToxicityHazard[] = [];
  let usedProxy = false;
  let known = 0;
  for (const hazard of Object.keys(disclosed) as Hazard[]) {
    const value = disclosed[hazard];
    if (value !== null) {
      known++;
      hazards.push({ hazard, present: value, basis: 'disclosed', source: DISCLOSED_SOURCE });
    } else if (proxy) {
      known++;
      usedProxy = true;
      hazards.push({
        hazard,
        present: proxy.includes(hazard),
        basis: 'commodity proxy',
        source: `commodity proxy for ${f.commodity} (INAP GARD Guide 2009; IAEA SRS 49/78; Power et al. 2011)`,
      });
    }
  }
  const present = hazards.filter((h) => h.present).length;
  // "low" only when all four hazards are known absent: one disclosed "no cyanide" says nothing of ARD.
  const toxicityClass: ToxicityClass =
    present >= 2 ? 'high' : present === 1 ? 'moderate' : known === 4 ? 'low' : 'unknown';
  return { toxicityClass, hazards, proxy: usedProxy, commodity: f.commodity };
}

function summarise(components: ScoreComponent[]): ScoreBreakdown {
  const maxScore = components.reduce((s, c) => s + c.maxPoints, 0);
  const score = components.reduce((s, c) => s + c.points, 0);
  const covered = components.filter((c) => c.input !== null).reduce((s, c) => s + c.maxPoints, 0);
  return { score, maxScore, coverage: maxScore === 0 ? 0 : covered / maxScore, components };
}
