/**
 * The cluster AIS store: ClickHouse over HTTP (`@clickhouse/client`). Positions sit in a MergeTree
 * ordered by (mmsi, timestamp_ms) and partitioned by month, so one vessel's track is one range read;
 * docs/clickhouse-scaling.md describes the sharded layout for a year of global AIS.
 */
import { createReadStream, createWriteStream, mkdirSync } from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { type ClickHouseClient, createClient } from '@clickhouse/client';
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

const INSERT_ROWS = 100_000;

export interface ClickHouseStoreOptions {
  /** e.g. `http://localhost:8123` (CLICKHOUSE_URL). */
  url: string;
  database?: string;
  username?: string;
  password?: string;
  /** Prefix of the table names (tests use a fresh one each run). */
  tablePrefix?: string;
}

export class ClickHouseAisStore implements AisStore {
  readonly engine = 'clickhouse' as const;
  private readonly positions: string;
  private readonly events: string;
  private constructor(
    private readonly client: ClickHouseClient,
    prefix: string,
  ) {
    // Table names cannot be query parameters in ClickHouse: the prefix is spliced into the text, so it
    // must be a plain identifier.
    if (!/^[A-Za-z_][A-Za-z0-9_]{0,60}$/.test(prefix)) {
      throw new Error(`ClickHouse table prefix "${prefix}" is not a plain identifier`);
    }
    this.positions = `${prefix}positions`;
    this.events = `${prefix}events`;
  }

  /** A store over a client the caller made (no table creation): for callers with their own client, and tests. */
  static fromClient(client: ClickHouseClient, tablePrefix = 'strata_dredging_'): ClickHouseAisStore {
    return new ClickHouseAisStore(client, tablePrefix);
  }

  static async open(options: ClickHouseStoreOptions): Promise<ClickHouseAisStore> {
    const client = createClient({
      url: options.url,
      database: options.database ?? 'default',
      username: options.username ?? 'default',
      password: options.password ?? '',
      clickhouse_settings: { output_format_json_quote_64bit_integers: 0 },
    });
    const store = new ClickHouseAisStore(client, options.tablePrefix ?? 'strata_dredging_');
    await store.init();
    return store;
  }

  async init(): Promise<void> {
    await this.client.command({
      query: `create table if not exists ${this.positions} (
        mmsi UInt32, timestamp_ms Int64, lon Float64, lat Float64, speed_knots Float32, course_deg Float32
      ) engine = MergeTree partition by toYYYYMM(fromUnixTimestamp64Milli(timestamp_ms)) order by (mmsi, timestamp_ms)`,
    });
    await this.client.command({
      query: `create table if not exists ${this.events} (
        dataset String, mmsi UInt32, activity LowCardinality(String), start_ms Int64, end_ms Int64,
        lon Float64, lat Float64, country Nullable(String), country_method LowCardinality(String), h3 String,
        areas String, in_protected Bool, cycle_id Nullable(String),
        vol_low Nullable(Float64), vol_central Nullable(Float64), vol_high Nullable(Float64),
        t_low Nullable(Float64), t_central Nullable(Float64), t_high Nullable(Float64),
        volume_method Nullable(String)
      ) engine = MergeTree order by (dataset, mmsi, start_ms)`,
    });
  }

  async appendPositions(cols: PositionColumns): Promise<number> {
    for (let from = 0; from < cols.length; from += INSERT_ROWS) {
      const to = Math.min(cols.length, from + INSERT_ROWS);
      const rows: unknown[] = [];
      for (let i = from; i < to; i++) {
        rows.push([
          cols.mmsi[i],
          cols.timestampMs[i],
          cols.lon[i],
          cols.lat[i],
          Number.isNaN(cols.speedKnots[i]) ? 'nan' : cols.speedKnots[i],
          Number.isNaN(cols.courseDeg[i]) ? 'nan' : cols.courseDeg[i],
        ]);
      }
      await this.client.insert({ table: this.positions, values: rows, format: 'JSONCompactEachRow' });
    }
    return cols.length;
  }

  async countPositions(): Promise<number> {
    const r = await this.client.query({
      query: `select count() as n from ${this.positions}`,
      format: 'JSONEachRow',
    });
    const rows = (await r.json()) as { n: number | string }[];
    return Number(rows[0].n);
  }

  async readPositions(q: PositionQuery = {}): Promise<PositionColumns> {
    const where: string[] = [];
    if (q.mmsi !== undefined) where.push(`mmsi = ${Math.trunc(q.mmsi)}`);
    if (q.bucket) where.push(`mmsi % ${Math.trunc(q.bucket.count)} = ${Math.trunc(q.bucket.index)}`);
    if (q.fromMs !== undefined) where.push(`timestamp_ms >= ${Math.trunc(q.fromMs)}`);
    if (q.toMs !== undefined) where.push(`timestamp_ms < ${Math.trunc(q.toMs)}`);
    const r = await this.client.query({
      query: `select mmsi, timestamp_ms, lon, lat, speed_knots, course_deg from ${this.positions} ${where.length ? `where ${where.join(' and ')}` : ''} order by mmsi, timestamp_ms`,
      format: 'JSONCompactEachRow',
    });
    const b = new ColumnsBuilder();
    for (const row of (await r.json()) as (number | string | null)[][]) {
      const f = (v: number | string | null) => (v === null || v === 'nan' ? Number.NaN : Number(v));
      b.push(Number(row[0]), Number(row[1]), Number(row[2]), Number(row[3]), f(row[4]), f(row[5]));
    }
    return b.build();
  }

  async replaceEvents(dataset: string, events: readonly DredgingEvent[]): Promise<void> {
    // Lightweight delete, then insert: ClickHouse has no multi-statement transactions.
    await this.client.command({
      query: `alter table ${this.events} delete where dataset = {dataset:String}`,
      query_params: { dataset },
      clickhouse_settings: { mutations_sync: '2' },
    });
    if (events.length === 0) return;
    await this.client.insert({
      table: this.events,
      values: events.map((e) => eventToRow(dataset, e)),
      format: 'JSONEachRow',
    });
  }

  async readEvents(q: EventQuery = {}): Promise<DredgingEvent[]> {
    const where: string[] = [];
    const params: Record<string, string | number> = {};
    if (q.dataset !== undefined) {
      where.push('dataset = {dataset:String}');
      params.dataset = q.dataset;
    }
    if (q.mmsi !== undefined) {
      where.push('mmsi = {mmsi:UInt32}');
      params.mmsi = q.mmsi;
    }
    if (q.activity !== undefined) {
      where.push('activity = {activity:String}');
      params.activity = q.activity;
    }
    if (q.country !== undefined) {
      where.push('country = {country:String}');
      params.country = q.country;
    }
    const r = await this.client.query({
      query: `select * from ${this.events} ${where.length ? `where ${where.join(' and ')}` : ''} order by mmsi, start_ms`,
      query_params: params,
      format: 'JSONEachRow',
    });
    return ((await r.json()) as Record<string, unknown>[]).map(rowToEvent);
  }

  async volumeByCountryMonth(dataset?: string): Promise<CountryMonthVolume[]> {
    const r = await this.client.query({
      query: `select country, formatDateTime(fromUnixTimestamp64Milli(start_ms), '%Y-%m') as month,
          sum(end_ms - start_ms) / 3600000.0 as hours,
          sum(vol_low) as low, sum(vol_central) as central, sum(vol_high) as high
        from ${this.events} where activity = 'dredging' ${dataset ? 'and dataset = {dataset:String}' : ''}
        group by country, month order by country asc nulls last, month`,
      query_params: dataset ? { dataset } : {},
      format: 'JSONEachRow',
    });
    return ((await r.json()) as Record<string, unknown>[]).map((row) => ({
      country: (row.country as string | null) ?? null,
      month: String(row.month),
      dredgingHours: Number(row.hours),
      volumeM3: { low: Number(row.low ?? 0), central: Number(row.central ?? 0), high: Number(row.high ?? 0) },
    }));
  }

  async exportParquet(table: StoreTable, file: string): Promise<void> {
    mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    const name = table === 'positions' ? this.positions : this.events;
    const r = await this.client.exec({ query: `select * from ${name} format Parquet` });
    await pipeline(r.stream, createWriteStream(file));
  }

  async importParquet(table: StoreTable, file: string): Promise<number> {
    const name = table === 'positions' ? this.positions : this.events;
    const before = await this.count(name);
    await this.client.insert({ table: name, values: createReadStream(file), format: 'Parquet' });
    return (await this.count(name)) - before;
  }

  private async count(table: string): Promise<number> {
    const r = await this.client.query({ query: `select count() as n from ${table}`, format: 'JSONEachRow' });
    return Number(((await r.json()) as { n: number | string }[])[0].n);
  }

  /** Drops this store's tables (tests). */
  async drop(): Promise<void> {
    await this.client.command({ query: `drop table if exists ${this.positions}` });
    await this.client.command({ query: `drop table if exists ${this.events}` });
  }

  async close(): Promise<void> {
    await this.client.close();
  }
}
