/**
 * The embedded AIS store: DuckDB in one file under the data folder (or in memory), with Parquet
 * import and export. Positions are appended in data chunks of 2 048 rows (DuckDB's vector size).
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import {
  BIGINT,
  DOUBLE,
  type DuckDBConnection,
  DuckDBDataChunk,
  DuckDBInstance,
  type DuckDBValue,
  FLOAT,
  UINTEGER,
} from '@duckdb/node-api';
import { ColumnsBuilder } from '../domain/columns.ts';
import type { DredgingEvent } from '../domain/output.ts';
import type { PositionColumns } from '../domain/types.ts';
import {
  type AisStore,
  type CountryMonthVolume,
  type EventQuery,
  eventToRow,
  type PositionQuery,
  rowToEvent,
  type StoreTable,
} from './types.ts';

const CHUNK_ROWS = 2048;

const SCHEMA = `
create table if not exists positions (
  mmsi uinteger not null,
  timestamp_ms bigint not null,
  lon double not null,
  lat double not null,
  speed_knots float,
  course_deg float
);
create table if not exists events (
  dataset varchar not null,
  mmsi uinteger not null,
  activity varchar not null,
  start_ms bigint not null,
  end_ms bigint not null,
  lon double not null,
  lat double not null,
  country varchar,
  country_method varchar not null,
  h3 varchar not null,
  areas varchar not null,
  in_protected boolean not null,
  cycle_id varchar,
  vol_low double, vol_central double, vol_high double,
  t_low double, t_central double, t_high double,
  volume_method varchar
);`;

const quote = (s: string) => `'${s.replaceAll("'", "''")}'`;

export class DuckDbAisStore implements AisStore {
  readonly engine = 'duckdb' as const;
  private constructor(
    private readonly instance: DuckDBInstance,
    private readonly conn: DuckDBConnection,
  ) {}

  /**
   * Opens (creating when missing) a DuckDB store: `file` null for an in-memory store.
   *
   * @example const store = await DuckDbAisStore.open(path.join(config.dataDir, 'dredging', 'ais.duckdb'));
   */
  static async open(file: string | null): Promise<DuckDbAisStore> {
    if (file) mkdirSync(path.dirname(file), { recursive: true });
    const instance = await DuckDBInstance.create(file ?? ':memory:');
    const conn = await instance.connect();
    const store = new DuckDbAisStore(instance, conn);
    await store.init();
    return store;
  }

  async init(): Promise<void> {
    await this.conn.run(SCHEMA);
  }

  async appendPositions(cols: PositionColumns): Promise<number> {
    const appender = await this.conn.createAppender('positions');
    const types = [UINTEGER, BIGINT, DOUBLE, DOUBLE, FLOAT, FLOAT];
    const chunk = DuckDBDataChunk.create(types, CHUNK_ROWS);
    for (let from = 0; from < cols.length; from += CHUNK_ROWS) {
      const to = Math.min(cols.length, from + CHUNK_ROWS);
      const k = to - from;
      if (k !== CHUNK_ROWS) chunk.rowCount = k;
      const time: DuckDBValue[] = new Array(k);
      for (let i = 0; i < k; i++) time[i] = BigInt(cols.timestampMs[from + i]);
      chunk.setColumns([
        Array.from(cols.mmsi.subarray(from, to)),
        time,
        Array.from(cols.lon.subarray(from, to)),
        Array.from(cols.lat.subarray(from, to)),
        Array.from(cols.speedKnots.subarray(from, to)),
        Array.from(cols.courseDeg.subarray(from, to)),
      ]);
      appender.appendDataChunk(chunk);
    }
    appender.flushSync();
    appender.closeSync();
    return cols.length;
  }

  async countPositions(): Promise<number> {
    const r = await this.conn.runAndReadAll('select count(*) as n from positions');
    return Number(r.getRowObjects()[0].n);
  }

  async readPositions(q: PositionQuery = {}): Promise<PositionColumns> {
    const where: string[] = [];
    if (q.mmsi !== undefined) where.push(`mmsi = ${Math.trunc(q.mmsi)}`);
    if (q.bucket) where.push(`mmsi % ${Math.trunc(q.bucket.count)} = ${Math.trunc(q.bucket.index)}`);
    if (q.fromMs !== undefined) where.push(`timestamp_ms >= ${Math.trunc(q.fromMs)}`);
    if (q.toMs !== undefined) where.push(`timestamp_ms < ${Math.trunc(q.toMs)}`);
    const result = await this.conn.run(
      `select mmsi, timestamp_ms, lon, lat, speed_knots, course_deg from positions ${where.length ? `where ${where.join(' and ')}` : ''} order by mmsi, timestamp_ms`,
    );
    const b = new ColumnsBuilder();
    for (;;) {
      const chunk = await result.fetchChunk();
      if (!chunk || chunk.rowCount === 0) break;
      const [m, t, x, y, s, c] = chunk.getColumns();
      for (let i = 0; i < chunk.rowCount; i++) {
        b.push(
          Number(m[i]),
          Number(t[i]),
          Number(x[i]),
          Number(y[i]),
          s[i] === null ? Number.NaN : Number(s[i]),
          c[i] === null ? Number.NaN : Number(c[i]),
        );
      }
    }
    return b.build();
  }

  async replaceEvents(dataset: string, events: readonly DredgingEvent[]): Promise<void> {
    await this.conn.run('begin transaction');
    try {
      await this.conn.run(`delete from events where dataset = ${quote(dataset)}`);
      const appender = await this.conn.createAppender('events');
      for (const e of events) {
        const r = eventToRow(dataset, e);
        appender.appendVarchar(r.dataset);
        appender.appendUInteger(r.mmsi);
        appender.appendVarchar(r.activity);
        appender.appendBigInt(BigInt(r.start_ms));
        appender.appendBigInt(BigInt(r.end_ms));
        appender.appendDouble(r.lon);
        appender.appendDouble(r.lat);
        if (r.country === null) appender.appendNull();
        else appender.appendVarchar(r.country);
        appender.appendVarchar(r.country_method);
        appender.appendVarchar(r.h3);
        appender.appendVarchar(r.areas);
        appender.appendBoolean(r.in_protected);
        if (r.cycle_id === null) appender.appendNull();
        else appender.appendVarchar(r.cycle_id);
        for (const v of [r.vol_low, r.vol_central, r.vol_high, r.t_low, r.t_central, r.t_high]) {
          if (v === null) appender.appendNull();
          else appender.appendDouble(v);
        }
        if (r.volume_method === null) appender.appendNull();
        else appender.appendVarchar(r.volume_method);
        appender.endRow();
      }
      appender.flushSync();
      appender.closeSync();
      await this.conn.run('commit');
    } catch (error) {
      await this.conn.run('rollback');
      throw error;
    }
  }

  async readEvents(q: EventQuery = {}): Promise<DredgingEvent[]> {
    const where: string[] = [];
    if (q.dataset !== undefined) where.push(`dataset = ${quote(q.dataset)}`);
    if (q.mmsi !== undefined) where.push(`mmsi = ${Math.trunc(q.mmsi)}`);
    if (q.activity !== undefined) where.push(`activity = ${quote(q.activity)}`);
    if (q.country !== undefined) where.push(`country = ${quote(q.country)}`);
    const r = await this.conn.runAndReadAll(
      `select * from events ${where.length ? `where ${where.join(' and ')}` : ''} order by mmsi, start_ms`,
    );
    return r.getRowObjects().map((row) => rowToEvent(row as Record<string, unknown>));
  }

  async volumeByCountryMonth(dataset?: string): Promise<CountryMonthVolume[]> {
    const r = await this.conn.runAndReadAll(`
      select country, strftime(make_timestamp(start_ms * 1000), '%Y-%m') as month,
        sum(end_ms - start_ms) / 3600000.0 as hours,
        sum(vol_low) as low, sum(vol_central) as central, sum(vol_high) as high
      from events where activity = 'dredging' ${dataset ? `and dataset = ${quote(dataset)}` : ''}
      group by all order by country nulls last, month`);
    return r.getRowObjects().map((row) => ({
      country: (row.country as string | null) ?? null,
      month: String(row.month),
      dredgingHours: Number(row.hours),
      volumeM3: { low: Number(row.low ?? 0), central: Number(row.central ?? 0), high: Number(row.high ?? 0) },
    }));
  }

  async exportParquet(table: StoreTable, file: string): Promise<void> {
    mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    await this.conn.run(`copy ${table} to ${quote(file)} (format parquet, compression zstd)`);
  }

  async importParquet(table: StoreTable, file: string): Promise<number> {
    const before = await this.conn.runAndReadAll(`select count(*) as n from ${table}`);
    await this.conn.run(`insert into ${table} by name select * from read_parquet(${quote(file)})`);
    const after = await this.conn.runAndReadAll(`select count(*) as n from ${table}`);
    return Number(after.getRowObjects()[0].n) - Number(before.getRowObjects()[0].n);
  }

  async close(): Promise<void> {
    this.conn.closeSync();
    this.instance.closeSync();
  }
}
