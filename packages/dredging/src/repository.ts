/** The dredging watch's tables (PostgreSQL / PGlite): datasets, vessels, events, cycles, track points. */
import type { Database, Json, StrataTables, Timestamp } from '@strata/db';
import type { Generated, Insertable, Transaction } from 'kysely';
import type { Summary } from './domain/output.ts';
import type { CapacityBand, Evidence } from './domain/registry.ts';

export interface DatasetRow {
  id: string;
  name: string;
  synthetic: boolean;
  source: string;
  licence: string;
  retrieved: string;
  method: string;
  country_method: string;
  summary: Json<Summary>;
  created_at: Timestamp;
}
export interface VesselRow {
  dataset_id: string;
  mmsi: number;
  imo: number | null;
  name: string | null;
  ship_type: number | null;
  length_m: number | null;
  beam_m: number | null;
  dredger_type: string | null;
  dredger_type_source: string | null;
  operator: string | null;
  evidence: Json<Evidence[]>;
  capacity: Json<CapacityBand | null> | null;
}
export interface EventRow {
  id: Generated<number>;
  dataset_id: string;
  mmsi: number;
  activity: string;
  start_at: Timestamp;
  end_at: Timestamp;
  lon: number;
  lat: number;
  country_iso3: string | null;
  country_method: string;
  h3: string;
  areas: Json<string[]>;
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
export interface CycleRow {
  dataset_id: string;
  id: string;
  mmsi: number;
  start_at: Timestamp;
  end_at: Timestamp;
  dredging_minutes: number;
  complete: boolean;
  dredge_lon: number;
  dredge_lat: number;
  discharge_lon: number | null;
  discharge_lat: number | null;
  country_iso3: string | null;
  vol_low: number;
  vol_central: number;
  vol_high: number;
  volume_method: string;
}
export interface TrackPointRow {
  dataset_id: string;
  mmsi: number;
  at: Timestamp;
  lon: number;
  lat: number;
  speed_knots: number | null;
  activity: string;
  segment: number;
}

declare module '@strata/db' {
  interface StrataTables {
    dredging_dataset: DatasetRow;
    dredging_vessel: VesselRow;
    dredging_event: EventRow;
    dredging_cycle: CycleRow;
    dredging_track_point: TrackPointRow;
  }
}

export type Trx = Transaction<StrataTables>;

/** Everything one analysis writes. */
export interface DatasetWrite {
  dataset: Insertable<DatasetRow>;
  vessels: Insertable<VesselRow>[];
  events: Insertable<EventRow>[];
  cycles: Insertable<CycleRow>[];
  track: Insertable<TrackPointRow>[];
}

/** Filters of event reads. */
export interface EventFilter {
  datasetId: string;
  activity?: string;
  country?: string;
  mmsi?: number;
  year?: number;
  month?: number;
}

const CHUNK = 500;

/** Reads and writes the dredging tables. The only file of the module that speaks SQL. */
export class DredgingRepository {
  constructor(readonly db: Database) {}

  /** Runs `fn` in one transaction. */
  transaction<T>(fn: (trx: Trx) => Promise<T>): Promise<T> {
    return this.db.kysely.transaction().execute(fn);
  }

  async insertDataset(
    trx: Trx,
    w: DatasetWrite,
    onProgress?: (done: number, total: number) => void,
  ): Promise<void> {
    await trx.insertInto('dredging_dataset').values(w.dataset).execute();
    const total = w.vessels.length + w.events.length + w.cycles.length + w.track.length;
    let done = 0;
    const put = async <R>(rows: R[], insert: (slice: R[]) => Promise<unknown>) => {
      for (let i = 0; i < rows.length; i += CHUNK) {
        const slice = rows.slice(i, i + CHUNK);
        await insert(slice);
        done += slice.length;
        onProgress?.(done, total);
      }
    };
    await put(w.vessels, (rows) => trx.insertInto('dredging_vessel').values(rows).execute());
    await put(w.events, (rows) => trx.insertInto('dredging_event').values(rows).execute());
    await put(w.cycles, (rows) => trx.insertInto('dredging_cycle').values(rows).execute());
    await put(w.track, (rows) => trx.insertInto('dredging_track_point').values(rows).execute());
  }

  async deleteDataset(trx: Trx, id: string): Promise<void> {
    await trx.deleteFrom('dredging_dataset').where('id', '=', id).execute();
  }

  async datasets() {
    return this.db.kysely.selectFrom('dredging_dataset').selectAll().orderBy('created_at', 'desc').execute();
  }

  async dataset(id: string) {
    return this.db.kysely.selectFrom('dredging_dataset').selectAll().where('id', '=', id).executeTakeFirst();
  }

  async events(f: EventFilter) {
    let q = this.db.kysely.selectFrom('dredging_event').selectAll().where('dataset_id', '=', f.datasetId);
    if (f.activity) q = q.where('activity', '=', f.activity);
    if (f.country) q = q.where('country_iso3', '=', f.country);
    if (f.mmsi !== undefined) q = q.where('mmsi', '=', f.mmsi);
    if (f.year !== undefined) {
      const from = new Date(Date.UTC(f.year, f.month !== undefined ? f.month - 1 : 0, 1));
      const to = new Date(f.month !== undefined ? Date.UTC(f.year, f.month, 1) : Date.UTC(f.year + 1, 0, 1));
      q = q.where('start_at', '>=', from).where('start_at', '<', to);
    }
    return q.orderBy('mmsi').orderBy('start_at').execute();
  }

  async vessels(datasetId: string) {
    return this.db.kysely
      .selectFrom('dredging_vessel')
      .selectAll()
      .where('dataset_id', '=', datasetId)
      .orderBy('mmsi')
      .execute();
  }

  async vessel(datasetId: string, mmsi: number) {
    return this.db.kysely
      .selectFrom('dredging_vessel')
      .selectAll()
      .where('dataset_id', '=', datasetId)
      .where('mmsi', '=', mmsi)
      .executeTakeFirst();
  }

  async cycles(datasetId: string, mmsi?: number) {
    let q = this.db.kysely.selectFrom('dredging_cycle').selectAll().where('dataset_id', '=', datasetId);
    if (mmsi !== undefined) q = q.where('mmsi', '=', mmsi);
    return q.orderBy('mmsi').orderBy('start_at').execute();
  }

  async track(datasetId: string, mmsi: number) {
    return this.db.kysely
      .selectFrom('dredging_track_point')
      .selectAll()
      .where('dataset_id', '=', datasetId)
      .where('mmsi', '=', mmsi)
      .orderBy('segment')
      .orderBy('at')
      .execute();
  }
}
