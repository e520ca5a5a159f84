/**
 * Seeded scenario generator: synthetic AIS traffic with ground truth, for tests, the benchmark and the
 * demo data set (always labelled synthetic). Hopper dredgers run full cycles between an extraction area
 * and a discharge site, cutter dredgers swing on their spuds, cargo ships and trawlers pass through, and
 * the reports carry AIS noise: irregular intervals, gaps, GPS jitter, duplicates, not-available speeds,
 * garbled positions and one MMSI shared by two transmitters.
 */

import { SeededRandom } from '@strata/core';
import { bearingDeg, distanceM, METRES_PER_NAUTICAL_MILE, offsetPoint } from './geo.ts';
import { SYNTHETIC_NAMES, syntheticMmsi } from './scenario-identities.ts';
import type { Activity, DredgerType, Position } from './types.ts';

export type DischargeMode = 'pump_ashore' | 'rainbowing' | 'dumping';

/** Where hoppers dredge and discharge. */
export interface ScenarioSite {
  name: string;
  extraction: { lon: number; lat: number };
  discharge: { lon: number; lat: number };
  mode: DischargeMode;
  /** Where vessels of this site lie idle (a berth or anchorage). */
  berth: { lon: number; lat: number };
}

export interface ScenarioNoise {
  /** Mean nominal report interval (s); each interval varies ±20 %. */
  reportIntervalS: number;
  /** Chance per vessel-day of a reception gap, and its length range (hours). */
  gapsPerDay: number;
  gapHours: [number, number];
  /** Standard deviation of GPS jitter (m). */
  jitterM: number;
  /** Share of reports received twice (same time and position, e.g. by two stations). */
  duplicateShare: number;
  /** Share of reports with speed "not available" (102.3). */
  speedNotAvailableShare: number;
  /** Share of reports with a garbled position far away. */
  jumpShare: number;
  /** Whether one cargo ship transmits with the MMSI of the first hopper. */
  sharedMmsi: boolean;
}

export interface ScenarioOptions {
  seed: number;
  startMs: number;
  days: number;
  sites: ScenarioSite[];
  hoppers: number;
  cutters: number;
  cargo: number;
  fishing: number;
  noise: ScenarioNoise;
}

export const DEFAULT_NOISE: ScenarioNoise = {
  reportIntervalS: 60,
  gapsPerDay: 0.15,
  gapHours: [0.5, 7],
  jitterM: 8,
  duplicateShare: 0.03,
  speedNotAvailableShare: 0.005,
  jumpShare: 0.001,
  sharedMmsi: true,
};

/** Demo sites: synthetic operations placed off real coasts (not real projects). */
export const DEMO_SITES: ScenarioSite[] = [
  {
    name: 'North Sea off Rotterdam (synthetic)',
    extraction: { lon: 3.72, lat: 52.08 },
    discharge: { lon: 3.98, lat: 51.99 },
    mode: 'pump_ashore',
    berth: { lon: 4.03, lat: 51.96 },
  },
  {
    name: 'Gulf off Dubai (synthetic)',
    extraction: { lon: 54.95, lat: 25.33 },
    discharge: { lon: 55.12, lat: 25.16 },
    mode: 'rainbowing',
    berth: { lon: 55.03, lat: 25.02 },
  },
  {
    name: 'Pearl River estuary (synthetic)',
    extraction: { lon: 113.78, lat: 22.12 },
    discharge: { lon: 113.98, lat: 22.08 },
    mode: 'dumping',
    berth: { lon: 113.87, lat: 22.2 },
  },
];

/** A vessel of the scenario and what the generator knows about it. */
export interface ScenarioVessel {
  mmsi: number;
  imo: number;
  name: string;
  callsign: string;
  kind: 'hopper' | 'cutter' | 'cargo' | 'fishing';
  /** AIS ship type broadcast in type 5. */
  shipType: number;
  lengthM: number;
  beamM: number;
  site: ScenarioSite | null;
  /** Listed in the generated registry CSV, and with which type and capacity. */
  registry: { dredgerType: DredgerType; hopperM3: number | null } | null;
  hopperM3: number | null;
  productionM3PerHour: number | null;
  /** Whether the crew updates the type 5 draught between empty and loaded. */
  updatesDraught: boolean;
}

/** A static report (AIS type 5) as the generator emits it. */
export interface StaticReport {
  mmsi: number;
  timestampMs: number;
  imo: number;
  name: string;
  callsign: string;
  shipType: number;
  lengthM: number;
  beamM: number;
  draughtM: number;
}

export interface TruthPeriod {
  mmsi: number;
  activity: Activity;
  startMs: number;
  endMs: number;
}
export interface TruthCycle {
  mmsi: number;
  startMs: number;
  endMs: number;
  volumeM3: number;
}

export interface Scenario {
  options: ScenarioOptions;
  vessels: ScenarioVessel[];
  /** Reports as received, in time order (noise included). */
  positions: Position[];
  statics: StaticReport[];
  truth: {
    /** Activity periods of the dredgers (true state, also during reception gaps). */
    periods: TruthPeriod[];
    /** Complete hopper cycles. */
    cycles: TruthCycle[];
    /** Per-dredging-period true volumes of stationary dredgers are summed in here too. */
    volumeM3: number;
  };
  /** The user registry the scenario comes with (`mmsi,imo,name,dredger_type,hopper_m3,source,operator`). */
  registryCsv: string;
}

/** Builds {@link ScenarioOptions} from a few choices. */
export function scenarioOptions(partial: Partial<ScenarioOptions> & { seed: number }): ScenarioOptions {
  return {
    startMs: Date.UTC(2025, 0, 6),
    days: 7,
    sites: DEMO_SITES.slice(0, 1),
    hoppers: 2,
    cutters: 1,
    cargo: 2,
    fishing: 2,
    noise: DEFAULT_NOISE,
    ...partial,
  };
}

interface Sample {
  t: number;
  lon: number;
  lat: number;
  speed: number;
  course: number;
}

/** Moves one vessel through time, sampling reports and recording true activity periods. */
class Voyage {
  t: number;
  lon: number;
  lat: number;
  course = 0;
  readonly samples: Sample[] = [];
  readonly periods: { activity: Activity; startMs: number; endMs: number }[] = [];
  private nextReport: number;

  constructor(
    private readonly rng: SeededRandom,
    private readonly intervalMs: number,
    start: { lon: number; lat: number },
    t0: number,
  ) {
    this.t = t0;
    this.lon = start.lon;
    this.lat = start.lat;
    this.nextReport = t0;
  }

  private mark(activity: Activity | null, from: number) {
    if (!activity || this.t <= from) return;
    const last = this.periods[this.periods.length - 1];
    if (last && last.activity === activity && last.endMs === from) last.endMs = this.t;
    else this.periods.push({ activity, startMs: from, endMs: this.t });
  }

  private report(speed: number) {
    while (this.nextReport <= this.t) {
      this.samples.push({ t: this.nextReport, lon: this.lon, lat: this.lat, speed, course: this.course });
      this.nextReport += this.intervalMs * this.rng.uniform(0.8, 1.2);
    }
  }

  /** Sails straight to `to` at `knots`. */
  sailTo(to: { lon: number; lat: number }, knots: number, activity: Activity | null): void {
    const from = this.t;
    const stepMs = 10_000;
    const stepM = (knots * METRES_PER_NAUTICAL_MILE * stepMs) / 3_600_000;
    for (let guard = 0; guard < 1_000_000; guard++) {
      const left = distanceM(this.lon, this.lat, to.lon, to.lat);
      this.course = bearingDeg(this.lon, this.lat, to.lon, to.lat);
      if (left <= stepM) {
        this.t += (left / stepM) * stepMs;
        this.lon = to.lon;
        this.lat = to.lat;
        this.report(knots);
        break;
      }
      [this.lon, this.lat] = offsetPoint(this.lon, this.lat, this.course, stepM);
      this.t += stepMs;
      this.report(knots);
    }
    this.mark(activity, from);
  }

  /** Stays put (small sway) for `ms`. */
  hold(ms: number, activity: Activity | null, swayKnots = 0.05): void {
    const from = this.t;
    const end = this.t + ms;
    while (this.t < end) {
      this.t = Math.min(end, this.t + 10_000);
      this.report(Math.abs(this.rng.gaussian(swayKnots)));
    }
    this.mark(activity, from);
  }

  /** Drifts slowly in a meander at `knots` for `ms`. */
  meander(ms: number, knots: number, activity: Activity | null): void {
    const from = this.t;
    const end = this.t + ms;
    const stepM = (knots * METRES_PER_NAUTICAL_MILE * 10) / 3600;
    while (this.t < end) {
      this.course = (this.course + this.rng.gaussian(8) + 360) % 360;
      [this.lon, this.lat] = offsetPoint(this.lon, this.lat, this.course, stepM);
      this.t = Math.min(end, this.t + 10_000);
      this.report(knots + this.rng.gaussian(0.1));
    }
    this.mark(activity, from);
  }

  /** Swings around a pivot like a cutter suction dredger on its spud, for `ms`. */
  swing(ms: number, pivot: { lon: number; lat: number }, axisDeg: number, activity: Activity | null): void {
    const from = this.t;
    const end = this.t + ms;
    const radius = 90;
    const swingKnots = 0.25;
    const angularStep = ((swingKnots * METRES_PER_NAUTICAL_MILE * 10) / 3600 / radius) * (180 / Math.PI);
    let angle = -40;
    let dir = 1;
    let p = pivot;
    while (this.t < end) {
      angle += dir * angularStep;
      if (angle > 40 || angle < -40) {
        dir = -dir;
        p = { ...p };
        [p.lon, p.lat] = offsetPoint(p.lon, p.lat, axisDeg, 1.5);
      }
      [this.lon, this.lat] = offsetPoint(p.lon, p.lat, axisDeg + angle, radius);
      this.course = (axisDeg + angle + dir * 90 + 360) % 360;
      this.t = Math.min(end, this.t + 10_000);
      this.report(swingKnots + this.rng.gaussian(0.05));
    }
    this.mark(activity, from);
  }
}

function around(rng: SeededRandom, p: { lon: number; lat: number }, maxM: number) {
  const [lon, lat] = offsetPoint(p.lon, p.lat, rng.uniform(0, 360), rng.uniform(0, maxM));
  return { lon, lat };
}

/**
 * Generates a scenario. Deterministic for a given `options.seed`.
 *
 * @example const s = generateScenario(scenarioOptions({ seed: 42, days: 14 }));
 */
export function generateScenario(options: ScenarioOptions): Scenario {
  const rng = new SeededRandom(options.seed);
  const { startMs, days, noise } = options;
  const endMs = startMs + days * 86_400_000;
  const intervalMs = noise.reportIntervalS * 1000;
  const vessels: ScenarioVessel[] = [];
  const truthPeriods: TruthPeriod[] = [];
  const truthCycles: TruthCycle[] = [];
  let truthVolume = 0;
  const raw: { v: ScenarioVessel; samples: Sample[] }[] = [];
  const statics: StaticReport[] = [];
  const site = (k: number) => options.sites[k % options.sites.length];
  let mmsiSeq = 0;
  const nextMmsi = () => syntheticMmsi(++mmsiSeq);

  const emitStatics = (v: ScenarioVessel, draughtAt: (t: number) => number, changes: number[]) => {
    const times = new Set<number>();
    for (let t = startMs + rng.uniform(0, 1_800_000); t < endMs; t += 1_800_000) times.add(Math.round(t));
    for (const c of changes) if (c < endMs) times.add(Math.round(c));
    for (const t of [...times].sort((a, b) => a - b)) {
      statics.push({
        mmsi: v.mmsi,
        timestampMs: t,
        imo: v.imo,
        name: v.name,
        callsign: v.callsign,
        shipType: v.shipType,
        lengthM: v.lengthM,
        beamM: v.beamM,
        draughtM: Math.round(draughtAt(t) * 10) / 10,
      });
    }
  };

  // Hopper dredgers.
  for (let k = 0; k < options.hoppers; k++) {
    const s = site(k);
    const lengthM = [120, 100, 95, 140, 85][k % 5];
    const beamM = Math.round(lengthM * 0.2);
    const hopperM3 = [8_000, 5_000, 4_500, 11_000, 2_500][k % 5];
    // The first hopper is in the registry with its capacity; the second broadcasts type 33 only; the third
    // broadcasts a wrong ship type and must be found by its behaviour.
    const role = k % 3;
    const v: ScenarioVessel = {
      mmsi: nextMmsi(),
      imo: 9_100_000 + k * 17,
      name: SYNTHETIC_NAMES.hopper[k % SYNTHETIC_NAMES.hopper.length],
      callsign: `SYH${k}`,
      kind: 'hopper',
      shipType: role === 2 ? 0 : 33,
      lengthM,
      beamM,
      site: s,
      registry: role === 0 ? { dredgerType: 'trailing_suction_hopper', hopperM3 } : null,
      hopperM3,
      productionM3PerHour: null,
      updatesDraught: k % 2 === 0,
    };
    vessels.push(v);
    const voyage = new Voyage(rng, intervalMs, around(rng, s.berth, 300), startMs);
    voyage.hold(rng.uniform(0.5, 3) * 3_600_000, 'idle');
    const emptyDraught = Math.round(lengthM * 0.045 * 10) / 10;
    const draughtChanges: { t: number; draughtM: number }[] = [{ t: startMs - 1, draughtM: emptyDraught }];
    const laneAxis = rng.uniform(0, 180);
    while (voyage.t < endMs - 12 * 3_600_000) {
      // Sail empty to the start of this cycle's lanes (lanes shift a little each cycle).
      const laneCentre = around(rng, s.extraction, 1_500);
      const [sx, sy] = offsetPoint(laneCentre.lon, laneCentre.lat, laneAxis + 180, 1_000);
      voyage.sailTo({ lon: sx, lat: sy }, rng.uniform(11, 13), 'sailing_empty');
      // Dredge: parallel runs of 2 km at 1.5–2.5 kn, turning 50 m over at each end.
      const dredgeStart = voyage.t;
      const dredgeMs = rng.uniform(1.5, 3) * 3_600_000;
      let dir = laneAxis;
      while (voyage.t - dredgeStart < dredgeMs) {
        const [ex, ey] = offsetPoint(voyage.lon, voyage.lat, dir, 2_000);
        voyage.sailTo({ lon: ex, lat: ey }, rng.uniform(1.5, 2.5), 'dredging');
        const [tx, ty] = offsetPoint(voyage.lon, voyage.lat, laneAxis + 90, 50);
        voyage.sailTo({ lon: tx, lat: ty }, 2, 'dredging');
        dir = (dir + 180) % 360;
      }
      const load = (v.hopperM3 ?? 0) * rng.uniform(0.65, 0.88);
      // The synthetic sand weighs 1.94 t/m³ wet (saturated sand: 1.83–2.04 t/m³).
      const rise = (load * 1.94) / (1.025 * 0.85 * lengthM * beamM);
      if (v.updatesDraught)
        draughtChanges.push({ t: voyage.t + rng.uniform(5, 20) * 60_000, draughtM: emptyDraught + rise });
      // Sail loaded to the discharge site and discharge.
      const dischargePoint = around(rng, s.discharge, 200);
      voyage.sailTo(dischargePoint, rng.uniform(10, 12), 'sailing_loaded');
      if (s.mode === 'pump_ashore') voyage.hold(rng.uniform(60, 100) * 60_000, 'discharging');
      else if (s.mode === 'rainbowing')
        voyage.meander(rng.uniform(40, 70) * 60_000, rng.uniform(0.6, 1.2), 'discharging');
      else voyage.meander(rng.uniform(12, 20) * 60_000, rng.uniform(2, 3), 'discharging');
      const dischargeEnd = voyage.t;
      if (v.updatesDraught)
        draughtChanges.push({ t: voyage.t + rng.uniform(5, 20) * 60_000, draughtM: emptyDraught });
      truthCycles.push({ mmsi: v.mmsi, startMs: dredgeStart, endMs: dischargeEnd, volumeM3: load });
      truthVolume += load;
      // Now and then, a stay at the berth (crew change, weather, maintenance).
      if (rng.chance(0.15)) {
        voyage.sailTo(around(rng, s.berth, 300), rng.uniform(9, 11), 'sailing_empty');
        voyage.hold(rng.uniform(4, 10) * 3_600_000, 'idle');
      }
    }
    for (const p of voyage.periods)
      if (p.startMs < endMs) truthPeriods.push({ mmsi: v.mmsi, ...p, endMs: Math.min(p.endMs, endMs) });
    raw.push({ v, samples: voyage.samples.filter((x) => x.t < endMs) });
    const sorted = draughtChanges.sort((a, b) => a.t - b.t);
    emitStatics(
      v,
      (t) => {
        let d = emptyDraught;
        for (const c of sorted) if (c.t <= t) d = c.draughtM;
        return d;
      },
      sorted.slice(1).map((c) => c.t),
    );
  }

  // Cutter suction dredgers: work sessions swinging on the spud, with idle breaks.
  for (let k = 0; k < options.cutters; k++) {
    const s = site(k + 1);
    const pivot = around(rng, s.discharge, 2_500);
    const v: ScenarioVessel = {
      mmsi: nextMmsi(),
      imo: 9_200_000 + k * 13,
      name: SYNTHETIC_NAMES.cutter[k % SYNTHETIC_NAMES.cutter.length],
      callsign: `SYC${k}`,
      kind: 'cutter',
      shipType: 33,
      lengthM: 110,
      beamM: 20,
      site: s,
      registry: k % 2 === 0 ? { dredgerType: 'cutter_suction', hopperM3: null } : null,
      hopperM3: null,
      productionM3PerHour: Math.round(rng.uniform(500, 2_000)),
      updatesDraught: false,
    };
    vessels.push(v);
    const voyage = new Voyage(rng, intervalMs, pivot, startMs);
    const axis = rng.uniform(0, 360);
    while (voyage.t < endMs) {
      voyage.hold(rng.uniform(2, 5) * 3_600_000, 'idle');
      const before = voyage.t;
      voyage.swing(rng.uniform(8, 16) * 3_600_000, pivot, axis, 'dredging');
      const hours = (Math.min(voyage.t, endMs) - before) / 3_600_000;
      if (hours > 0) truthVolume += hours * (v.productionM3PerHour ?? 0);
    }
    for (const p of voyage.periods)
      if (p.startMs < endMs) truthPeriods.push({ mmsi: v.mmsi, ...p, endMs: Math.min(p.endMs, endMs) });
    raw.push({ v, samples: voyage.samples.filter((x) => x.t < endMs) });
    emitStatics(v, () => 4.5, []);
  }

  // Cargo ships crossing the area, sometimes anchoring; the first may share the first hopper's MMSI.
  for (let k = 0; k < options.cargo; k++) {
    const s = site(k);
    const shared = noise.sharedMmsi && k === 0 && vessels.some((x) => x.kind === 'hopper');
    const v: ScenarioVessel = {
      mmsi: shared ? vessels.find((x) => x.kind === 'hopper')!.mmsi : nextMmsi(),
      imo: 9_300_000 + k * 11,
      name: SYNTHETIC_NAMES.cargo[k % SYNTHETIC_NAMES.cargo.length],
      callsign: `SYK${k}`,
      kind: 'cargo',
      shipType: 70,
      lengthM: 180,
      beamM: 30,
      site: s,
      registry: null,
      hopperM3: null,
      productionM3PerHour: null,
      updatesDraught: false,
    };
    const laneOffset = around(rng, s.extraction, 1);
    const [ax, ay] = offsetPoint(laneOffset.lon, laneOffset.lat, 300, 60_000 + k * 5_000);
    const [bx, by] = offsetPoint(laneOffset.lon, laneOffset.lat, 150, 40_000 + k * 5_000);
    const voyage = new Voyage(
      rng,
      intervalMs * 2,
      { lon: ax, lat: ay },
      startMs + rng.uniform(0, 12) * 3_600_000,
    );
    while (voyage.t < endMs) {
      voyage.sailTo({ lon: bx, lat: by }, rng.uniform(12, 15), null);
      if (rng.chance(0.5)) voyage.hold(rng.uniform(6, 20) * 3_600_000, null, 0.1);
      voyage.sailTo({ lon: ax, lat: ay }, rng.uniform(12, 15), null);
      voyage.hold(rng.uniform(12, 48) * 3_600_000, null, 0.05);
    }
    if (!shared) vessels.push(v);
    raw.push({ v, samples: voyage.samples.filter((x) => x.t < endMs) });
    if (!shared) emitStatics(v, () => 9.5, []);
  }

  // Trawlers: out to a fishing ground, two or three hauls at 3.4–4.5 kn, back to port.
  for (let k = 0; k < options.fishing; k++) {
    const s = site(k);
    const v: ScenarioVessel = {
      mmsi: nextMmsi(),
      imo: 0,
      name: SYNTHETIC_NAMES.fishing[k % SYNTHETIC_NAMES.fishing.length],
      callsign: `SYF${k}`,
      kind: 'fishing',
      shipType: 30,
      lengthM: 35,
      beamM: 8,
      site: s,
      registry: null,
      hopperM3: null,
      productionM3PerHour: null,
      updatesDraught: false,
    };
    vessels.push(v);
    const port = around(rng, s.berth, 500);
    const voyage = new Voyage(rng, intervalMs, port, startMs + rng.uniform(0, 6) * 3_600_000);
    while (voyage.t < endMs) {
      voyage.sailTo(around(rng, s.extraction, 15_000), rng.uniform(8, 10), null);
      const hauls = rng.int(2, 3);
      for (let h = 0; h < hauls; h++) {
        voyage.meander(rng.uniform(3, 5) * 3_600_000, rng.uniform(3.4, 4.5), null);
        voyage.meander(rng.uniform(20, 40) * 60_000, rng.uniform(0.3, 1), null);
      }
      voyage.sailTo(port, rng.uniform(8, 10), null);
      voyage.hold(rng.uniform(10, 30) * 3_600_000, null);
    }
    raw.push({ v, samples: voyage.samples.filter((x) => x.t < endMs) });
    emitStatics(v, () => 3.5, []);
  }

  // Reception: gaps, jitter, duplicates, not-available speeds and garbled positions.
  const positions: Position[] = [];
  for (const { v, samples } of raw) {
    const gaps: [number, number][] = [];
    for (let d = 0; d < days; d++) {
      if (rng.chance(noise.gapsPerDay)) {
        const g0 = startMs + (d + rng.next()) * 86_400_000;
        gaps.push([g0, g0 + rng.uniform(noise.gapHours[0], noise.gapHours[1]) * 3_600_000]);
      }
    }
    for (const smp of samples) {
      if (gaps.some(([a, b]) => smp.t >= a && smp.t < b)) continue;
      const [jx, jy] = offsetPoint(
        smp.lon,
        smp.lat,
        rng.uniform(0, 360),
        Math.abs(rng.gaussian(noise.jitterM)),
      );
      let lon = jx;
      let lat = jy;
      if (rng.chance(noise.jumpShare)) {
        lon = Math.max(-179, Math.min(179, lon + rng.uniform(-5, 5)));
        lat = Math.max(-80, Math.min(80, lat + rng.uniform(-5, 5)));
      }
      const speed = rng.chance(noise.speedNotAvailableShare)
        ? null
        : Math.max(0, Math.round((smp.speed + rng.gaussian(0.1)) * 10) / 10);
      const p: Position = {
        mmsi: v.mmsi,
        timestampMs: Math.round(smp.t / 1000) * 1000,
        lon: Math.round(lon * 600_000) / 600_000,
        lat: Math.round(lat * 600_000) / 600_000,
        speedKnots: speed,
        courseDeg: Math.round((((smp.course % 360) + 360) % 360) * 10) / 10,
      };
      positions.push(p);
      if (rng.chance(noise.duplicateShare)) positions.push({ ...p });
    }
  }
  positions.sort((a, b) => a.timestampMs - b.timestampMs || a.mmsi - b.mmsi);
  statics.sort((a, b) => a.timestampMs - b.timestampMs || a.mmsi - b.mmsi);
  truthPeriods.sort((a, b) => a.mmsi - b.mmsi || a.startMs - b.startMs);

  const registryLines = ['mmsi,imo,name,dredger_type,hopper_m3,source,operator'];
  for (const v of vessels) {
    if (!v.registry) continue;
    registryLines.push(
      [
        v.mmsi,
        v.imo,
        v.name,
        v.registry.dredgerType,
        v.registry.hopperM3 ?? '',
        'synthetic demo registry',
        'Synthetic Dredging Co.',
      ].join(','),
    );
  }
  return {
    options,
    vessels,
    positions,
    statics,
    truth: {
      periods: truthPeriods,
      cycles: truthCycles.filter((c) => c.endMs <= endMs),
      volumeM3: truthVolume,
    },
    registryCsv: `${registryLines.join('\n')}\n`,
  };
}
