import { ActivityCode, type DredgerType, type PositionColumns } from './types.ts';

/** One segment's positions copied into their own arrays, in time order. */
export interface TrackView {
  length: number;
  timestampMs: Float64Array;
  lon: Float64Array;
  lat: Float64Array;
  speedKnots: Float32Array;
  courseDeg: Float32Array;
}

/** Copies the rows `indices` of `cols` into a {@link TrackView}. */
export function trackView(cols: PositionColumns, indices: ArrayLike<number>): TrackView {
  const n = indices.length;
  const v: TrackView = {
    length: n,
    timestampMs: new Float64Array(n),
    lon: new Float64Array(n),
    lat: new Float64Array(n),
    speedKnots: new Float32Array(n),
    courseDeg: new Float32Array(n),
  };
  for (let k = 0; k < n; k++) {
    const i = indices[k];
    v.timestampMs[k] = cols.timestampMs[i];
    v.lon[k] = cols.lon[i];
    v.lat[k] = cols.lat[i];
    v.speedKnots[k] = cols.speedKnots[i];
    v.courseDeg[k] = cols.courseDeg[i];
  }
  return v;
}

/**
 * Labels every position of a track with an activity code ({@link ActivityCode}). This is the seam where
 * a trained model can replace the rules: anything with this shape can be passed to the analysis.
 */
export interface ActivityClassifier {
  /** Name and version, recorded with the results (e.g. `rules-v1`). */
  readonly name: string;
  /** Every tunable parameter by name, recorded with the results. */
  readonly parameters: Readonly<Record<string, number>>;
  classify(track: TrackView, dredgerType: DredgerType): Uint8Array;
}

/** Named parameters of the rule classifier. docs/dredging.md gives the source of each. */
export interface RuleParameters {
  /** Half-width of the moving mean of speed over ground, minutes. */
  smoothingHalfWindowMinutes: number;
  /** Below this smoothed speed a vessel is stationary (GFW port-visit / anchorage rule: 0.5 kn). */
  stationaryMaxKnots: number;
  /** Trailing hopper dredgers dredge at about 0.5–3.5 kn (issue 4; contractors' specifications 1–3 kn). */
  trailingMaxKnots: number;
  /** A trailing run shorter than this is manoeuvring, not dredging (minutes). */
  minDredgingMinutes: number;
  /** Runs of one motion state shorter than this merge into the previous run (minutes). */
  minRunMinutes: number;
  /** A discharge lies at least this far from any place where the vessel dredged (metres). */
  minDischargeDistanceM: number;
  /** Window over which a stationary dredger's swing is measured (minutes). */
  swingWindowMinutes: number;
  /** RMS distance from the window's mean position above which a slow vessel is swinging (metres). */
  swingMinRmsM: number;
  /** A swinging stationary dredger moves slower than this (smoothed, knots). */
  swingMaxKnots: number;
  /** Working (swinging) runs shorter than this are not counted as dredging (minutes). */
  minWorkingMinutes: number;
}

export const DEFAULT_RULE_PARAMETERS: RuleParameters = {
  smoothingHalfWindowMinutes: 2,
  stationaryMaxKnots: 0.5,
  trailingMaxKnots: 3.5,
  minDredgingMinutes: 20,
  minRunMinutes: 5,
  minDischargeDistanceM: 3_000,
  swingWindowMinutes: 15,
  swingMinRmsM: 15,
  swingMaxKnots: 1.5,
  minWorkingMinutes: 30,
};

const STATIONARY = 0;
const TRAILING = 1;
const TRANSIT = 2;

/** A run of consecutive positions in one motion state. */
interface Run {
  state: number;
  from: number;
  to: number;
}

/** Moving mean of speed over ±halfMs (two pointers, linear time). */
export function smoothSpeed(track: TrackView, halfMs: number): Float32Array {
  const n = track.length;
  const out = new Float32Array(n);
  const t = track.timestampMs;
  const s = track.speedKnots;
  let lo = 0;
  let hi = 0;
  let sum = 0;
  for (let i = 0; i < n; i++) {
    while (hi < n && t[hi] <= t[i] + halfMs) sum += s[hi++];
    while (t[lo] < t[i] - halfMs) sum -= s[lo++];
    out[i] = sum / (hi - lo);
  }
  return out;
}

/** RMS distance (metres) of positions from their mean over a centred window of `windowMs`. */
export function positionSpread(track: TrackView, windowMs: number): Float32Array {
  const n = track.length;
  const out = new Float32Array(n);
  if (n === 0) return out;
  const lat0 = track.lat[0];
  const lon0 = track.lon[0];
  const mx = 111_320 * Math.cos((lat0 * Math.PI) / 180);
  const my = 110_540;
  const x = new Float64Array(n);
  const y = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    x[i] = (track.lon[i] - lon0) * mx;
    y[i] = (track.lat[i] - lat0) * my;
  }
  const half = windowMs / 2;
  const t = track.timestampMs;
  let lo = 0;
  let hi = 0;
  let sx = 0;
  let sy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    while (hi < n && t[hi] <= t[i] + half) {
      sx += x[hi];
      sy += y[hi];
      sxx += x[hi] * x[hi];
      syy += y[hi] * y[hi];
      hi++;
    }
    while (t[lo] < t[i] - half) {
      sx -= x[lo];
      sy -= y[lo];
      sxx -= x[lo] * x[lo];
      syy -= y[lo] * y[lo];
      lo++;
    }
    const k = hi - lo;
    const v = sxx / k - (sx / k) ** 2 + syy / k - (sy / k) ** 2;
    out[i] = Math.sqrt(Math.max(0, v));
  }
  return out;
}

function runDurationMs(track: TrackView, r: Run): number {
  const end = r.to + 1 < track.length ? track.timestampMs[r.to + 1] : track.timestampMs[r.to];
  return end - track.timestampMs[r.from];
}

/** Run-length encodes motion states, folding runs shorter than `minMs` into the run before them. */
function toRuns(track: TrackView, states: Uint8Array, minMs: number): Run[] {
  const raw: Run[] = [];
  for (let i = 0; i < states.length; i++) {
    const last = raw[raw.length - 1];
    if (last && last.state === states[i]) last.to = i;
    else raw.push({ state: states[i], from: i, to: i });
  }
  const out: Run[] = [];
  for (const r of raw) {
    const last = out[out.length - 1];
    if (!last) {
      out.push({ ...r });
      continue;
    }
    if (last.state === r.state || runDurationMs(track, r) < minMs) {
      last.to = r.to;
      continue;
    }
    // A short first run takes the state of what follows it.
    if (out.length === 1 && runDurationMs(track, last) < minMs) {
      last.state = r.state;
      last.to = r.to;
      continue;
    }
    out.push({ ...r });
  }
  return out;
}

function runCentroid(track: TrackView, r: Run): [number, number] {
  let sx = 0;
  let sy = 0;
  for (let i = r.from; i <= r.to; i++) {
    sx += track.lon[i];
    sy += track.lat[i];
  }
  const k = r.to - r.from + 1;
  return [sx / k, sy / k];
}

function metresBetween(a: [number, number], b: [number, number]): number {
  const mx = 111_320 * Math.cos((((a[1] + b[1]) / 2) * Math.PI) / 180);
  return Math.hypot((a[0] - b[0]) * mx, (a[1] - b[1]) * 110_540);
}

/**
 * The rule-based classifier (`rules-v1`). Hopper dredgers: smoothed speed splits the track into
 * stationary, trailing (0.5–3.5 kn) and transit runs, and a load state machine names them: a long
 * trailing run is dredging (the hopper is then loaded), transit while loaded is sailing loaded, the
 * first slow or stationary run after a loaded transit and away from the dredging site is discharging
 * (pump-ashore, rainbowing or dumping), transit while empty is sailing empty, the rest idle.
 * Stationary dredgers (cutter suction, grab, backhoe, bucket ladder): a slow run whose positions swing
 * (RMS spread above `swingMinRmsM`) is dredging, transit is sailing empty, the rest idle.
 */
export class RuleClassifier implements ActivityClassifier {
  readonly name = 'rules-v1';
  readonly parameters: Readonly<Record<string, number>>;
  private readonly p: RuleParameters;

  constructor(parameters: Partial<RuleParameters> = {}) {
    this.p = { ...DEFAULT_RULE_PARAMETERS, ...parameters };
    this.parameters = { ...this.p };
  }

  classify(track: TrackView, dredgerType: DredgerType): Uint8Array {
    if (track.length === 0) return new Uint8Array(0);
    return dredgerType === 'trailing_suction_hopper'
      ? this.classifyHopper(track)
      : this.classifyStationary(track);
  }

  private classifyHopper(track: TrackView): Uint8Array {
    const p = this.p;
    const speed = smoothSpeed(track, p.smoothingHalfWindowMinutes * 60_000);
    const states = new Uint8Array(track.length);
    for (let i = 0; i < track.length; i++) {
      const s = speed[i];
      states[i] = s < p.stationaryMaxKnots ? STATIONARY : s <= p.trailingMaxKnots ? TRAILING : TRANSIT;
    }
    const runs = toRuns(track, states, p.minRunMinutes * 60_000);
    const labels = new Uint8Array(track.length);
    let loaded = false;
    let sailedLoaded = false;
    // Where this vessel has dredged and discharged (recent run centroids). They let the state machine
    // recover when a reception gap hid a discharge (the vessel seems loaded on arrival at its dredging
    // ground) or a load (it seems empty on arrival at its discharge site).
    const dredgeSites: [number, number][] = [];
    const dischargeSites: [number, number][] = [];
    const near = (sites: [number, number][], here: [number, number]) =>
      sites.some((site) => metresBetween(here, site) < p.minDischargeDistanceM);
    const remember = (sites: [number, number][], here: [number, number]) => {
      sites.push(here);
      if (sites.length > 20) sites.shift();
    };
    // Seed the dredging ground: where the vessel spends most hours trailing. It breaks the symmetry
    // between "dredge here, discharge there" and the reverse when the track starts mid-cycle.
    const grounds: { at: [number, number]; hours: number }[] = [];
    for (const r of runs) {
      const hours = runDurationMs(track, r) / 3_600_000;
      if (r.state !== TRAILING || hours * 60 < p.minDredgingMinutes) continue;
      const at = runCentroid(track, r);
      const g = grounds.find((x) => metresBetween(x.at, at) < p.minDischargeDistanceM);
      if (g) g.hours += hours;
      else grounds.push({ at, hours });
    }
    if (grounds.length > 0) remember(dredgeSites, grounds.reduce((a, b) => (b.hours > a.hours ? b : a)).at);
    let lastDredge: [number, number] | null = null;
    // Whether the next long slow run after run i lies on a known dredging ground.
    const nextSlowAtDredge = (i: number) => {
      for (let j = i + 1; j < runs.length; j++) {
        if (runs[j].state === TRANSIT || runDurationMs(track, runs[j]) < p.minDredgingMinutes * 60_000)
          continue;
        return near(dredgeSites, runCentroid(track, runs[j]));
      }
      return false;
    };
    for (let i = 0; i < runs.length; i++) {
      const r = runs[i];
      let code: number = ActivityCode.idle;
      const minutes = runDurationMs(track, r) / 60_000;
      if (r.state === TRANSIT) {
        code = loaded ? ActivityCode.sailing_loaded : ActivityCode.sailing_empty;
        if (loaded) sailedLoaded = true;
      } else {
        const here = runCentroid(track, r);
        const longTrail = r.state === TRAILING && minutes >= p.minDredgingMinutes;
        const atDredge = near(dredgeSites, here);
        const atDischarge = near(dischargeSites, here);
        const awayFromLoad =
          lastDredge === null || metresBetween(here, lastDredge) >= p.minDischargeDistanceM;
        if (loaded && sailedLoaded && awayFromLoad && !(longTrail && atDredge && !atDischarge)) {
          code = ActivityCode.discharging;
          loaded = false;
          sailedLoaded = false;
          remember(dischargeSites, here);
        } else if (longTrail && !loaded && !atDredge && (atDischarge || nextSlowAtDredge(i))) {
          // Seemingly empty, off the dredging ground, and next back on it: the load was missed (a gap
          // or the start of the track) and this is its discharge.
          code = ActivityCode.discharging;
          remember(dischargeSites, here);
        } else if (longTrail) {
          code = ActivityCode.dredging;
          loaded = true;
          sailedLoaded = false;
          lastDredge = here;
          remember(dredgeSites, here);
        } else if (r.state === TRAILING && loaded && !sailedLoaded) {
          // A short slow run between dredging runs (a turn at the end of a run) stays dredging.
          code = ActivityCode.dredging;
        }
      }
      labels.fill(code, r.from, r.to + 1);
    }
    return labels;
  }

  private classifyStationary(track: TrackView): Uint8Array {
    const p = this.p;
    const speed = smoothSpeed(track, p.smoothingHalfWindowMinutes * 60_000);
    const spread = positionSpread(track, p.swingWindowMinutes * 60_000);
    const states = new Uint8Array(track.length);
    for (let i = 0; i < track.length; i++) {
      const s = speed[i];
      if (s > p.trailingMaxKnots) states[i] = TRANSIT;
      else if (s <= p.swingMaxKnots && spread[i] >= p.swingMinRmsM) states[i] = TRAILING;
      else states[i] = STATIONARY;
    }
    const runs = toRuns(track, states, p.minRunMinutes * 60_000);
    const labels = new Uint8Array(track.length);
    for (const r of runs) {
      const minutes = runDurationMs(track, r) / 60_000;
      let code: number = ActivityCode.idle;
      if (r.state === TRANSIT) code = ActivityCode.sailing_empty;
      else if (r.state === TRAILING && minutes >= p.minWorkingMinutes) code = ActivityCode.dredging;
      labels.fill(code, r.from, r.to + 1);
    }
    return labels;
  }
}
