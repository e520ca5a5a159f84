/**
 * Shared types of the dredging watch domain: columnar positions, vessels, activity periods, cycles and
 * volume bands. All times are milliseconds since the Unix epoch (UTC), speeds in knots, angles in degrees.
 */

/**
 * Positions in columns (one typed array per field), the shape the AIS decoder's fast path fills.
 * Not-available speeds and courses are NaN.
 */
export interface PositionColumns {
  length: number;
  mmsi: Uint32Array;
  timestampMs: Float64Array;
  lon: Float64Array;
  lat: Float64Array;
  speedKnots: Float32Array;
  courseDeg: Float32Array;
}

/** One position as a plain object (tests, small inputs, generator output). */
export interface Position {
  mmsi: number;
  timestampMs: number;
  lon: number;
  lat: number;
  /** Speed over ground; null when not available (AIS 102.3). */
  speedKnots: number | null;
  courseDeg: number | null;
}

/** The five activities of a dredger, in the order of their codes. */
export const ACTIVITIES = ['idle', 'dredging', 'sailing_loaded', 'discharging', 'sailing_empty'] as const;
export type Activity = (typeof ACTIVITIES)[number];
export const ActivityCode = {
  idle: 0,
  dredging: 1,
  sailing_loaded: 2,
  discharging: 3,
  sailing_empty: 4,
} as const satisfies Record<Activity, number>;

/** Dredger types of the user registry CSV (`dredger_type` column). */
export const DREDGER_TYPES = [
  'trailing_suction_hopper',
  'cutter_suction',
  'grab',
  'backhoe',
  'bucket_ladder',
  'other',
] as const;
export type DredgerType = (typeof DREDGER_TYPES)[number];

/** A low / central / high band of one quantity, with how it was obtained. */
export interface Band {
  low: number;
  central: number;
  high: number;
}

/** A volume estimate: in-situ cubic metres and tonnes, each a band, and the method used. */
export interface VolumeEstimate {
  volumeM3: Band;
  tonnes: Band;
  /** e.g. `registry capacity × default load factor`, `draught change`, `cutter production rate × hours`. */
  method: string;
}

/** One activity period of one vessel. */
export interface ActivityPeriod {
  mmsi: number;
  activity: Activity;
  startMs: number;
  endMs: number;
  /** Mean position of the period. */
  lon: number;
  lat: number;
  positions: number;
  /** Set when the period belongs to a dredging cycle. */
  cycleId: string | null;
  /** For dredging periods: this period's share of its cycle's (or its own) volume. */
  volume: VolumeEstimate | null;
}

/** A hopper dredger's cycle: dredge → sail loaded → discharge → sail empty. */
export interface DredgingCycle {
  id: string;
  mmsi: number;
  startMs: number;
  endMs: number;
  dredgingMinutes: number;
  /** True when a discharge was observed (a cycle cut by the end of the data is incomplete). */
  complete: boolean;
  dredgeLon: number;
  dredgeLat: number;
  dischargeLon: number | null;
  dischargeLat: number | null;
  volume: VolumeEstimate;
}
