import type { DredgingEvent } from '../domain/output.ts';
import type { Band, PositionColumns } from '../domain/types.ts';

/** Which rows of positions to read. */
export interface PositionQuery {
  mmsi?: number;
  /** Only vessels whose MMSI modulo `count` is `index` (analysis by partition, bounded memory). */
  bucket?: { index: number; count: number };
  fromMs?: number;
  toMs?: number;
}

/** Which events to read. */
export interface EventQuery {
  dataset?: string;
  mmsi?: number;
  activity?: DredgingEvent['activity'];
  country?: string;
}

/** Dredged volume of one country and month, aggregated by the engine. */
export interface CountryMonthVolume {
  country: string | null;
  /** `YYYY-MM`. */
  month: string;
  dredgingHours: number;
  volumeM3: Band;
}

export type StoreTable = 'positions' | 'events';

/**
 * One interface over decoded positions and analysis events, with an embedded adapter (DuckDB) and a
 * cluster adapter (ClickHouse). Positions are kept in columns; times are milliseconds since the epoch;
 * not-available speeds and courses are NaN.
 */
export interface AisStore {
  readonly engine: 'duckdb' | 'clickhouse';
  /** Creates the tables when missing. */
  init(): Promise<void>;
  appendPositions(cols: PositionColumns): Promise<number>;
  countPositions(): Promise<number>;
  /** Positions ordered by MMSI then time. */
  readPositions(query?: PositionQuery): Promise<PositionColumns>;
  /** Replaces the events of one dataset (an analysis run) with these. */
  replaceEvents(dataset: string, events: readonly DredgingEvent[]): Promise<void>;
  readEvents(query?: EventQuery): Promise<DredgingEvent[]>;
  /** Dredging volume by country and month, summed in the engine. */
  volumeByCountryMonth(dataset?: string): Promise<CountryMonthVolume[]>;
  /** Writes a table (all datasets) to a Parquet file. */
  exportParquet(table: StoreTable, file: string): Promise<void>;
  /** Appends a Parquet file written by {@link exportParquet} (or with the same columns); returns rows read. */
  importParquet(table: StoreTable, file: string): Promise<number>;
  close(): Promise<void>;
}

/** Column order of the positions table, shared by both adapters and the Parquet files. */
export const POSITION_COLUMNS = ['mmsi', 'timestamp_ms', 'lon', 'lat', 'speed_knots', 'course_deg'] as const;

/** A row of the events table (flat, engine-neutral). */
export interface StoreEventRow {
  dataset: string;
  mmsi: number;
  activity: string;
  start_ms: number;
  end_ms: number;
  lon: number;
  lat: number;
  country: string | null;
  country_method: string;
  h3: string;
  areas: string;
  in_protected: boolean;
  cycle_id: string | null;
  vol_low: number | null;
  vol_central: number | null;
  vol_high: number | null;
  t_low: number | null;
  t_central: number | null;
  t_high: number | null;
  volume_method: string | null;
}

export function eventToRow(dataset: string, e: DredgingEvent): StoreEventRow {
  return {
    dataset,
    mmsi: e.mmsi,
    activity: e.activity,
    start_ms: Date.parse(e.start),
    end_ms: Date.parse(e.end),
    lon: e.lon,
    lat: e.lat,
    country: e.country,
    country_method: e.countryMethod,
    h3: e.h3,
    areas: JSON.stringify(e.areas),
    in_protected: e.inProtectedArea,
    cycle_id: e.cycleId,
    vol_low: e.volumeM3?.low ?? null,
    vol_central: e.volumeM3?.central ?? null,
    vol_high: e.volumeM3?.high ?? null,
    t_low: e.tonnes?.low ?? null,
    t_central: e.tonnes?.central ?? null,
    t_high: e.tonnes?.high ?? null,
    volume_method: e.volumeMethod,
  };
}

const n = (v: unknown): number => (typeof v === 'bigint' ? Number(v) : Number(v));
const nn = (v: unknown): number | null => (v === null || v === undefined ? null : n(v));

export function rowToEvent(r: Record<string, unknown>): DredgingEvent {
  const volLow = nn(r.vol_low);
  const tLow = nn(r.t_low);
  return {
    mmsi: n(r.mmsi),
    activity: r.activity as DredgingEvent['activity'],
    start: new Date(n(r.start_ms)).toISOString(),
    end: new Date(n(r.end_ms)).toISOString(),
    lon: n(r.lon),
    lat: n(r.lat),
    country: (r.country as string | null) || null,
    countryMethod: r.country_method as DredgingEvent['countryMethod'],
    h3: String(r.h3),
    areas: JSON.parse(String(r.areas || '[]')) as string[],
    inProtectedArea: r.in_protected === true || r.in_protected === 1 || r.in_protected === '1',
    cycleId: (r.cycle_id as string | null) || null,
    volumeM3: volLow === null ? null : { low: volLow, central: n(r.vol_central), high: n(r.vol_high) },
    tonnes: tLow === null ? null : { low: tLow, central: n(r.t_central), high: n(r.t_high) },
    volumeMethod: (r.volume_method as string | null) || null,
  };
}
