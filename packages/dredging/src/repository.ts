/**
 * The dredging watch's tables (PostgreSQL / PGlite): datasets, vessels, events, cycles, track points.
 * The only file of the module that speaks SQL; it takes and returns domain values (camelCase), never rows.
 */
import type { Executor, Json, Timestamp } from '@strata/db';
import type { Generated, Selectable } from 'kysely';
import type { Dataset, DatasetContent, StoredCycle, StoredEvent, StoredVessel } from './domain/dataset.ts';
import type { DredgingEvent, Summary } from './domain/output.ts';
import type { TrackSample } from './domain/track-sample.ts';
import type { Activity } from './domain/types.ts';
import type { CapacityBand, Evidence } from './domain/vessel.ts';

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
  owner_user_id: string | null;
  published: Generated<boolean>;
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

/** Filters of event reads. */
export interface EventFilter {
  datasetId: string;
  activity?: string;
  country?: string;
  mmsi?: number;
  year?: number;
  month?: number;
}

/** A new country for each stored event and cycle of a dataset, and its refreshed summary. */
export interface Reattribution {
  events: { id: number; country: string | null }[];
  cycles: { id: string; country: string | null }[];
  countryMethod: 'approximate' | 'official';
  summary: Summary;
}

const CHUNK = 500;
const toDate = (d: Date | string) => (d instanceof Date ? d : new Date(d));
const iso = (d: Date | string) => toDate(d).toISOString();

/** Reads and writes the dredging tables, on the database or on one unit of work's transaction. */
export class DredgingRepository {
  constructor(private readonly db: Executor) {}

  /** The dataset's name before the write, or null when it is new. */
  async datasetName(id: string): Promise<{ id: string; name: string } | null> {
    const row = await this.db
      .selectFrom('dredging_dataset')
      .select(['id', 'name'])
      .where('id', '=', id)
      .executeTakeFirst();
    return row ?? null;
  }

  /**
   * Stores a dataset and everything in it, replacing one with the same id (its vessels, events, cycles
   * and track go with it). Run it in a unit of work: half a dataset is never visible.
   */
  async replaceDataset(content: DatasetContent, onProgress?: (done: number, total: number) => void) {
    const d = content.dataset;
    await this.db.deleteFrom('dredging_dataset').where('id', '=', d.id).execute();
    await this.db
      .insertInto('dredging_dataset')
      .values({
        id: d.id,
        name: d.name,
        synthetic: d.synthetic,
        source: d.source,
        licence: d.licence,
        retrieved: d.retrieved,
        method: d.method,
        country_method: d.countryMethod,
        summary: JSON.stringify(d.summary),
        owner_user_id: d.ownerUserId,
        published: d.published,
      })
      .execute();
    const dredgers = new Set(content.vessels.map((v) => v.mmsi));
    const track = content.track.filter((p) => dredgers.has(p.mmsi));
    const total = content.vessels.length + content.events.length + content.cycles.length + track.length;
    let done = 0;
    const put = async <R>(rows: R[], insert: (slice: R[]) => Promise<unknown>) => {
      for (let i = 0; i < rows.length; i += CHUNK) {
        const slice = rows.slice(i, i + CHUNK);
        await insert(slice);
        done += slice.length;
        onProgress?.(done, total);
      }
    };
    await put(content.vessels, (vs) =>
      this.db
        .insertInto('dredging_vessel')
        .values(
          vs.map((v) => ({
            dataset_id: d.id,
            mmsi: v.mmsi,
            imo: v.imo,
            name: v.name,
            ship_type: v.shipType,
            length_m: v.lengthM,
            beam_m: v.beamM,
            dredger_type: v.dredgerType,
            dredger_type_source: v.dredgerTypeSource,
            operator: v.operator,
            evidence: JSON.stringify(v.evidence),
            capacity: v.capacity ? JSON.stringify(v.capacity) : null,
          })),
        )
        .execute(),
    );
    await put(content.events, (es) =>
      this.db
        .insertInto('dredging_event')
        .values(
          es.map((e) => ({
            dataset_id: d.id,
            mmsi: e.mmsi,
            activity: e.activity,
            start_at: e.start,
            end_at: e.end,
            lon: e.lon,
            lat: e.lat,
            country_iso3: e.country,
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
          })),
        )
        .execute(),
    );
    await put(content.cycles, (cs) =>
      this.db
        .insertInto('dredging_cycle')
        .values(
          cs.map((c) => ({
            dataset_id: d.id,
            id: c.id,
            mmsi: c.mmsi,
            start_at: new Date(c.startMs),
            end_at: new Date(c.endMs),
            dredging_minutes: c.dredgingMinutes,
            complete: c.complete,
            dredge_lon: c.dredgeLon,
            dredge_lat: c.dredgeLat,
            discharge_lon: c.dischargeLon,
            discharge_lat: c.dischargeLat,
            country_iso3: c.country,
            vol_low: c.volume.volumeM3.low,
            vol_central: c.volume.volumeM3.central,
            vol_high: c.volume.volumeM3.high,
            volume_method: c.volume.method,
          })),
        )
        .execute(),
    );
    await put(track, (ps) =>
      this.db
        .insertInto('dredging_track_point')
        .values(
          ps.map((p) => ({
            dataset_id: d.id,
            mmsi: p.mmsi,
            at: new Date(p.timestampMs),
            lon: p.lon,
            lat: p.lat,
            speed_knots: p.speedKnots,
            activity: p.activity,
            segment: p.segment,
          })),
        )
        .execute(),
    );
  }

  /** Sets the country of each event and cycle of a dataset, and its country method and summary. */
  async reattribute(datasetId: string, r: Reattribution): Promise<void> {
    const byCountry = new Map<string | null, number[]>();
    for (const e of r.events) {
      const ids = byCountry.get(e.country) ?? [];
      ids.push(e.id);
      byCountry.set(e.country, ids);
    }
    for (const [country, ids] of byCountry) {
      for (let i = 0; i < ids.length; i += 1000) {
        await this.db
          .updateTable('dredging_event')
          .set({ country_iso3: country, country_method: r.countryMethod })
          .where('dataset_id', '=', datasetId)
          .where('id', 'in', ids.slice(i, i + 1000))
          .execute();
      }
    }
    for (const c of r.cycles) {
      await this.db
        .updateTable('dredging_cycle')
        .set({ country_iso3: c.country })
        .where('dataset_id', '=', datasetId)
        .where('id', '=', c.id)
        .execute();
    }
    await this.db
      .updateTable('dredging_dataset')
      .set({ country_method: r.countryMethod, summary: JSON.stringify(r.summary) })
      .where('id', '=', datasetId)
      .execute();
  }

  async deleteDataset(id: string): Promise<void> {
    await this.db.deleteFrom('dredging_dataset').where('id', '=', id).execute();
  }

  /** All datasets, newest first. */
  async datasets(): Promise<Dataset[]> {
    const rows = await this.db
      .selectFrom('dredging_dataset')
      .selectAll()
      .orderBy('created_at', 'desc')
      .execute();
    return rows.map(datasetOf);
  }

  /** Makes a dataset public; false when there is none with that id. */
  async publishDataset(id: string): Promise<boolean> {
    const r = await this.db
      .updateTable('dredging_dataset')
      .set({ published: true })
      .where('id', '=', id)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) > 0;
  }

  async dataset(id: string): Promise<Dataset | null> {
    const row = await this.db
      .selectFrom('dredging_dataset')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    return row ? datasetOf(row) : null;
  }

  /** A dataset's events, by vessel then start; `year` (and `month`) select on the start. */
  async events(f: EventFilter): Promise<StoredEvent[]> {
    let q = this.db.selectFrom('dredging_event').selectAll().where('dataset_id', '=', f.datasetId);
    if (f.activity) q = q.where('activity', '=', f.activity);
    if (f.country) q = q.where('country_iso3', '=', f.country);
    if (f.mmsi !== undefined) q = q.where('mmsi', '=', f.mmsi);
    if (f.year !== undefined) {
      const from = new Date(Date.UTC(f.year, f.month !== undefined ? f.month - 1 : 0, 1));
      const to = new Date(f.month !== undefined ? Date.UTC(f.year, f.month, 1) : Date.UTC(f.year + 1, 0, 1));
      q = q.where('start_at', '>=', from).where('start_at', '<', to);
    }
    const rows = await q.orderBy('mmsi').orderBy('start_at').execute();
    return rows.map(eventOf);
  }

  async vessels(datasetId: string): Promise<StoredVessel[]> {
    const rows = await this.db
      .selectFrom('dredging_vessel')
      .selectAll()
      .where('dataset_id', '=', datasetId)
      .orderBy('mmsi')
      .execute();
    return rows.map(vesselOf);
  }

  async vessel(datasetId: string, mmsi: number): Promise<StoredVessel | null> {
    const row = await this.db
      .selectFrom('dredging_vessel')
      .selectAll()
      .where('dataset_id', '=', datasetId)
      .where('mmsi', '=', mmsi)
      .executeTakeFirst();
    return row ? vesselOf(row) : null;
  }

  async cycles(datasetId: string, mmsi?: number): Promise<StoredCycle[]> {
    let q = this.db.selectFrom('dredging_cycle').selectAll().where('dataset_id', '=', datasetId);
    if (mmsi !== undefined) q = q.where('mmsi', '=', mmsi);
    const rows = await q.orderBy('mmsi').orderBy('start_at').execute();
    return rows.map(cycleOf);
  }

  /** A dredger's thinned track, by segment then time. */
  async track(datasetId: string, mmsi: number): Promise<TrackSample[]> {
    const rows = await this.db
      .selectFrom('dredging_track_point')
      .selectAll()
      .where('dataset_id', '=', datasetId)
      .where('mmsi', '=', mmsi)
      .orderBy('segment')
      .orderBy('at')
      .execute();
    return rows.map((p) => ({
      mmsi: p.mmsi,
      timestampMs: toDate(p.at).getTime(),
      lon: p.lon,
      lat: p.lat,
      speedKnots: p.speed_knots,
      activity: p.activity as Activity,
      segment: p.segment,
    }));
  }
}

function datasetOf(r: Selectable<DatasetRow>): Dataset {
  return {
    id: r.id,
    name: r.name,
    synthetic: r.synthetic,
    source: r.source,
    licence: r.licence,
    retrieved: r.retrieved,
    method: r.method,
    countryMethod: r.country_method,
    createdAt: iso(r.created_at),
    summary: r.summary,
    ownerUserId: r.owner_user_id,
    published: r.published,
  };
}

function eventOf(r: Selectable<EventRow>): StoredEvent {
  return {
    id: Number(r.id),
    mmsi: r.mmsi,
    activity: r.activity as DredgingEvent['activity'],
    start: iso(r.start_at),
    end: iso(r.end_at),
    lon: r.lon,
    lat: r.lat,
    country: r.country_iso3,
    countryMethod: r.country_method as DredgingEvent['countryMethod'],
    h3: r.h3,
    areas: r.areas,
    inProtectedArea: r.in_protected,
    cycleId: r.cycle_id,
    volumeM3:
      r.vol_low === null ? null : { low: r.vol_low, central: r.vol_central ?? 0, high: r.vol_high ?? 0 },
    tonnes: r.t_low === null ? null : { low: r.t_low, central: r.t_central ?? 0, high: r.t_high ?? 0 },
    volumeMethod: r.volume_method,
  };
}

function vesselOf(v: Selectable<VesselRow>): StoredVessel {
  return {
    mmsi: v.mmsi,
    imo: v.imo,
    name: v.name,
    shipType: v.ship_type,
    lengthM: v.length_m,
    beamM: v.beam_m,
    dredgerType: v.dredger_type,
    dredgerTypeSource: v.dredger_type_source,
    operator: v.operator,
    evidence: v.evidence,
    capacity: v.capacity ?? null,
  };
}

function cycleOf(c: Selectable<CycleRow>): StoredCycle {
  return {
    id: c.id,
    mmsi: c.mmsi,
    startMs: toDate(c.start_at).getTime(),
    endMs: toDate(c.end_at).getTime(),
    dredgingMinutes: c.dredging_minutes,
    complete: c.complete,
    dredgeLon: c.dredge_lon,
    dredgeLat: c.dredge_lat,
    dischargeLon: c.discharge_lon,
    dischargeLat: c.discharge_lat,
    country: c.country_iso3,
    volumeM3: { low: c.vol_low, central: c.vol_central, high: c.vol_high },
    volumeMethod: c.volume_method,
  };
}
