import type { Band, VolumeEstimate } from './types.ts';
import type { CapacityBand } from './vessel.ts';

/** Named constants of the volume estimate; docs/dredging.md gives the source of each. */
export interface VolumeParameters {
  /** Share of the hopper capacity filled with in-situ sediment per trip, when draught says nothing. */
  loadFactor: Band;
  /**
   * Wet (saturated) density of in-situ sand, t/m³: grains and the water in their pores, which is what a
   * hopper load weighs and what the draught change measures. Tonnes in Strata are wet tonnes.
   */
  insituDensityTPerM3: Band;
  /** Density of sea water, t/m³ (standard sea water, 35 psu, 15 °C: 1.025–1.026). */
  seawaterDensityTPerM3: number;
  /** Waterplane area coefficient of a hopper dredger's hull (full-bodied hulls: about 0.80–0.90). */
  waterplaneCoefficient: Band;
  /** AIS type 5 draught resolution (ITU-R M.1371: 0.1 m), taken as the reading error. */
  draughtResolutionM: number;
  /** Draught rises smaller than this are not trusted as a load signal (metres). */
  minDraughtRiseM: number;
}

export const DEFAULT_VOLUME_PARAMETERS: VolumeParameters = {
  loadFactor: { low: 0.6, central: 0.75, high: 0.9 },
  // Saturated unit weight of sand 18–20 kN/m³ (TML testing wiki, "Saturated unit weight", typical values)
  // ÷ 9.81 m/s² = 1.83–2.04 t/m³; central the middle of the band.
  insituDensityTPerM3: { low: 1.83, central: 1.94, high: 2.04 },
  seawaterDensityTPerM3: 1.025,
  waterplaneCoefficient: { low: 0.8, central: 0.85, high: 0.9 },
  draughtResolutionM: 0.1,
  minDraughtRiseM: 0.3,
};

/**
 * Dry bulk density of sand, t/m³ (grains only, pores empty), for converting wet tonnes to dry solids:
 * dry unit weight of sand 13–16 kN/m³ (same table) ÷ 9.81 m/s² = 1.33–1.63 t/m³. Published sand
 * statistics may count either; the views say which they show.
 */
export const DRY_SAND_DENSITY_T_PER_M3: Band = { low: 1.33, central: 1.48, high: 1.63 };

/** Draught before dredging and before discharge, from type 5 reports. */
export interface DraughtChange {
  emptyM: number;
  loadedM: number;
}

const scale = (b: Band, k: Band): Band => ({
  low: b.low * k.low,
  central: b.central * k.central,
  high: b.high * k.high,
});

/**
 * Volume of one hopper load. With a draught rise (type 5) and the hull's length and beam, the load's
 * mass is the displaced sea water ρ_sw × C_wp × L × B × ΔT and its in-situ volume that mass over the
 * in-situ density; otherwise hopper capacity × the default load factor. Tonnes follow from the density band.
 *
 * @example hopperLoadVolume(vessel.capacity, { emptyM: 5.2, loadedM: 8.9 }, { lengthM: 120, beamM: 22 })
 */
export function hopperLoadVolume(
  capacity: CapacityBand,
  draught: DraughtChange | null,
  hull: { lengthM: number | null; beamM: number | null },
  p: VolumeParameters = DEFAULT_VOLUME_PARAMETERS,
): VolumeEstimate {
  const rise = draught ? draught.loadedM - draught.emptyM : 0;
  if (draught && rise >= p.minDraughtRiseM && hull.lengthM && hull.beamM) {
    const area = hull.lengthM * hull.beamM * p.seawaterDensityTPerM3;
    const tonnes: Band = {
      low: area * p.waterplaneCoefficient.low * Math.max(0, rise - p.draughtResolutionM),
      central: area * p.waterplaneCoefficient.central * rise,
      high: area * p.waterplaneCoefficient.high * (rise + p.draughtResolutionM),
    };
    const d = p.insituDensityTPerM3;
    const cap = capacity.band.high;
    const volumeM3: Band = {
      low: Math.min(cap, tonnes.low / d.high),
      central: Math.min(cap, tonnes.central / d.central),
      high: Math.min(cap, tonnes.high / d.low),
    };
    return {
      volumeM3,
      tonnes,
      method: `draught change ${draught.emptyM.toFixed(1)} → ${draught.loadedM.toFixed(1)} m (AIS type 5) × waterplane ${hull.lengthM}×${hull.beamM} m × C_wp ${p.waterplaneCoefficient.low}–${p.waterplaneCoefficient.high}; wet in-situ density ${d.low}–${d.high} t/m³`,
    };
  }
  const volumeM3 = scale(capacity.band, p.loadFactor);
  return {
    volumeM3,
    tonnes: scale(volumeM3, p.insituDensityTPerM3),
    method: `hopper capacity (${capacity.source}) × default load factor ${p.loadFactor.low}–${p.loadFactor.high}; wet in-situ density ${p.insituDensityTPerM3.low}–${p.insituDensityTPerM3.high} t/m³`,
  };
}

/** Volume dredged by a stationary dredger: production band (m³/h) × dredging hours. */
export function productionVolume(
  capacity: CapacityBand,
  hours: number,
  p: VolumeParameters = DEFAULT_VOLUME_PARAMETERS,
): VolumeEstimate {
  const volumeM3: Band = {
    low: capacity.band.low * hours,
    central: capacity.band.central * hours,
    high: capacity.band.high * hours,
  };
  return {
    volumeM3,
    tonnes: scale(volumeM3, p.insituDensityTPerM3),
    method: `production rate (${capacity.source}) × ${hours.toFixed(2)} dredging hours; wet in-situ density ${p.insituDensityTPerM3.low}–${p.insituDensityTPerM3.high} t/m³`,
  };
}

/** Splits a volume among parts in proportion to their weights (e.g. a cycle's dredging periods by duration). */
export function splitVolume(v: VolumeEstimate, weights: number[]): VolumeEstimate[] {
  const total = weights.reduce((a, b) => a + b, 0);
  return weights.map((w) => {
    const k = total > 0 ? w / total : 1 / weights.length;
    const m = (b: Band): Band => ({ low: b.low * k, central: b.central * k, high: b.high * k });
    return { volumeM3: m(v.volumeM3), tonnes: m(v.tonnes), method: v.method };
  });
}

/** Sums bands. */
export function addBands(a: Band, b: Band): Band {
  return { low: a.low + b.low, central: a.central + b.central, high: a.high + b.high };
}

/** The draught reported at time t (the latest report at or before t), or null. */
export function draughtAt(
  draughts: readonly { timestampMs: number; draughtM: number }[],
  t: number,
): number | null {
  let best: number | null = null;
  for (const d of draughts) {
    if (d.timestampMs <= t) best = d.draughtM;
    else break;
  }
  return best;
}
