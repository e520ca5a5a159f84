/** Default capacity bands of dredgers (hopper m³ by length, production m³/h by type). */
import type { Band, DredgerType } from './types.ts';
import type { CapacityBand, Vessel } from './vessel.ts';

/**
 * Default hopper capacity bands (m³) by length overall, for trailing suction hopper dredgers without a
 * registry capacity. Strata's assumption read off the published fleet specifications of the four large
 * dredging contractors (Boskalis, DEME, Jan De Nul, Van Oord): hopper volume grows with length, from about
 * 1 000 m³ at 60–80 m to 30 000–46 000 m³ for the ~220 m "jumbo" hoppers.
 */
export const HOPPER_CAPACITY_BY_LENGTH: readonly { maxLengthM: number; band: Band }[] = [
  { maxLengthM: 80, band: { low: 500, central: 1_500, high: 3_000 } },
  { maxLengthM: 120, band: { low: 2_000, central: 5_000, high: 9_000 } },
  { maxLengthM: 160, band: { low: 6_000, central: 11_000, high: 18_000 } },
  { maxLengthM: Number.POSITIVE_INFINITY, band: { low: 15_000, central: 25_000, high: 46_000 } },
];
/** Band for a hopper of unknown length: the span of the classes above bar the jumbo class. */
export const HOPPER_CAPACITY_UNKNOWN_LENGTH: Band = { low: 1_000, central: 5_000, high: 18_000 };

/**
 * Default production bands (in-situ m³ per dredging hour) of stationary dredgers. Strata's assumption,
 * from the ranges published for sand in contractors' specifications and in Bray, Bates & Land,
 * "Dredging: a handbook for engineers" (2nd ed., 1997): cutters from a few hundred to several thousand
 * m³/h, mechanical dredgers (grab, backhoe, bucket ladder) a few hundred.
 */
export const PRODUCTION_BY_TYPE: Record<Exclude<DredgerType, 'trailing_suction_hopper'>, Band> = {
  cutter_suction: { low: 300, central: 1_000, high: 3_000 },
  grab: { low: 50, central: 200, high: 600 },
  backhoe: { low: 100, central: 300, high: 800 },
  bucket_ladder: { low: 100, central: 400, high: 1_000 },
  other: { low: 50, central: 300, high: 1_500 },
};

/** The default capacity band of a dredger by type (and length for hoppers), with its source. */
export function defaultCapacity(type: DredgerType, lengthM: number | null): CapacityBand {
  if (type === 'trailing_suction_hopper') {
    if (lengthM === null) {
      return {
        band: HOPPER_CAPACITY_UNKNOWN_LENGTH,
        unit: 'hopper_m3',
        source: 'default band for a hopper dredger of unknown length (docs/dredging.md)',
      };
    }
    const row = HOPPER_CAPACITY_BY_LENGTH.find((r) => lengthM <= r.maxLengthM)!;
    return {
      band: row.band,
      unit: 'hopper_m3',
      source: `default band for a hopper dredger of ${Math.round(lengthM)} m (docs/dredging.md)`,
    };
  }
  return {
    band: PRODUCTION_BY_TYPE[type],
    unit: 'm3_per_hour',
    source: `default production band for a ${type.replace(/_/g, ' ')} dredger (docs/dredging.md)`,
  };
}

/** Fills in the default capacity band where the registry gave none. */
export function ensureCapacity(vessel: Vessel): CapacityBand | null {
  if (!vessel.dredgerType) return null;
  if (!vessel.capacity) vessel.capacity = defaultCapacity(vessel.dredgerType, vessel.lengthM);
  return vessel.capacity;
}
