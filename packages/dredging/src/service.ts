/**
 * The dredging watch's business operations: storing analyses as datasets, and the published views
 * (H3 intensity map, country panel, vessel page, time series, downloads). Reads are public; writes are
 * authorised through the policy module and audited in the same transaction.
 */
import { type Actor, authorize, findCountry, NotFoundError, ValidationError } from '@strata/core';
import { recordAudit } from '@strata/db';
import { cellToBoundary, cellToParent, getResolution } from 'h3-js';
import type { AnalysisResult } from './domain/analyse.ts';
import { type DredgingEvent, type Summary, summariseEvents } from './domain/output.ts';
import { collectStatics } from './domain/registry.ts';
import type { TrackSample } from './domain/track-sample.ts';
import type { Band } from './domain/types.ts';
import { readAisBytes } from './ingest.ts';
import { runPipeline } from './pipeline.ts';
import type { DredgingRepository, EventFilter } from './repository.ts';

export interface DatasetProvenance {
  source: string;
  licence: string;
  /** ISO 8601 date. */
  retrieved: string;
  method: string;
}

/** An analysis to store. */
export interface AnalysisImport {
  /** Stable id (re-importing the same id replaces the dataset). */
  id: string;
  name: string;
  synthetic: boolean;
  provenance: DatasetProvenance;
  countryMethod: 'approximate' | 'official';
  result: AnalysisResult;
  events: DredgingEvent[];
  summary: Summary;
  track: TrackSample[];
  /** Country of each cycle's dredging position (same locator as the events). */
  cycleCountry?: (lon: number, lat: number) => string | null;
}

export interface WriteOptions {
  /** Run as the system (CLI, seeding) with actor null; the audit row names `auditAction`. */
  system?: boolean;
  auditAction?: string;
  onProgress?: (done: number, total: number) => void;
}

export interface Dataset {
  id: string;
  name: string;
  synthetic: boolean;
  source: string;
  licence: string;
  retrieved: string;
  method: string;
  countryMethod: string;
  createdAt: string;
  summary: Summary;
}

export interface ViewFilter {
  dataset?: string;
  year?: number;
  month?: number;
  country?: string;
}

const ZERO = (): Band => ({ low: 0, central: 0, high: 0 });
const addRow = (
  b: Band,
  r: { vol_low: number | null; vol_central: number | null; vol_high: number | null },
) => {
  b.low += r.vol_low ?? 0;
  b.central += r.vol_central ?? 0;
  b.high += r.vol_high ?? 0;
};
const roundBand = (b: Band): Band => ({
  low: Math.round(b.low),
  central: Math.round(b.central),
  high: Math.round(b.high),
});
const hoursOf = (r: { start_at: Date; end_at: Date }) =>
  (r.end_at.getTime() - r.start_at.getTime()) / 3_600_000;
const iso = (d: Date | string) => (d instanceof Date ? d : new Date(d)).toISOString();

/** Density band used to turn m³ into tonnes in the views (in-situ sand, issue 4). */
export const VIEW_DENSITY: Band = { low: 1.6, central: 1.8, high: 2.0 };

function csvCell(v: unknown): string {
  if (v === null || v === undefined) return '';
  const s = typeof v === 'string' ? v : String(v);
  return /[",\n\r]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

export class DredgingService {
  constructor(private readonly repo: DredgingRepository) {}

  /** Stores an analysis as a dataset (replacing one with the same id), with its audit row. */
  async importAnalysis(
    actor: Actor | null,
    input: AnalysisImport,
    options: WriteOptions = {},
  ): Promise<Dataset> {
    if (!options.system) authorize(actor, 'dredging.dataset.import');
    const id = input.id;
    if (!/^[a-z0-9][a-z0-9._-]{0,79}$/.test(id)) {
      throw new ValidationError(
        'A dataset id is 1–80 lower-case letters, digits, dots, dashes or underscores.',
        [{ path: 'id', message: `"${id}" is not a valid dataset id` }],
      );
    }
    const dredgerSet = new Set(input.result.dredgers.map((d) => d.mmsi));
    await this.repo.transaction(async (trx) => {
      const before = await trx
        .selectFrom('dredging_dataset')
        .select(['id', 'name'])
        .where('id', '=', id)
        .executeTakeFirst();
      if (before) await this.repo.deleteDataset(trx, id);
      await this.repo.insertDataset(
        trx,
        {
          dataset: {
            id,
            name: input.name,
            synthetic: input.synthetic,
            source: input.provenance.source,
            licence: input.provenance.licence,
            retrieved: input.provenance.retrieved,
            method: input.provenance.method,
            country_method: input.countryMethod,
            summary: JSON.stringify(input.summary),
          },
          vessels: input.result.dredgers.map((v) => ({
            dataset_id: id,
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
          events: input.events.map((e) => ({
            dataset_id: id,
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
          cycles: input.result.cycles.map((c) => ({
            dataset_id: id,
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
            country_iso3: input.cycleCountry?.(c.dredgeLon, c.dredgeLat) ?? null,
            vol_low: c.volume.volumeM3.low,
            vol_central: c.volume.volumeM3.central,
            vol_high: c.volume.volumeM3.high,
            volume_method: c.volume.method,
          })),
          track: input.track
            .filter((p) => dredgerSet.has(p.mmsi))
            .map((p) => ({
              dataset_id: id,
              mmsi: p.mmsi,
              at: new Date(p.timestampMs),
              lon: p.lon,
              lat: p.lat,
              speed_knots: p.speedKnots,
              activity: p.activity,
              segment: p.segment,
            })),
        },
        options.onProgress,
      );
      await recordAudit(trx, {
        actor: actor ? { userId: actor.userId, email: actor.email } : null,
        action: options.system
          ? (options.auditAction ?? 'system.dredging.import')
          : 'dredging.dataset.import',
        entity: 'dredging_dataset',
        entityId: id,
        before: before ?? null,
        after: {
          id,
          name: input.name,
          synthetic: input.synthetic,
          events: input.events.length,
          dredgers: input.result.dredgers.length,
          cycles: input.result.cycles.length,
        },
      });
    });
    return this.dataset(id);
  }

  /**
   * Re-attributes a dataset's events and cycles to country waters with another locator (e.g. after the
   * official zones file was configured), and refreshes its summary.
   */
  async reattribute(
    actor: Actor | null,
    datasetId: string,
    countryAt: (lon: number, lat: number) => string | null,
    countryMethod: 'approximate' | 'official',
    options: WriteOptions = {},
  ): Promise<{ events: number; changed: number }> {
    if (!options.system) authorize(actor, 'dredging.dataset.import');
    const dataset = await this.dataset(datasetId);
    const rows = await this.repo.events({ datasetId });
    const cycles = await this.repo.cycles(datasetId);
    const events = rows
      .map(presentEvent)
      .map((e) => ({ ...e, country: countryAt(e.lon, e.lat), countryMethod }));
    const changed = events.filter((e, k) => e.country !== rows[k].country_iso3).length;
    const byCountry = new Map<string | null, number[]>();
    rows.forEach((r, k) => {
      const list = byCountry.get(events[k].country) ?? [];
      list.push(Number(r.id));
      byCountry.set(events[k].country, list);
    });
    const summary = { ...dataset.summary, ...summariseEvents(events), countryMethod };
    await this.repo.transaction(async (trx) => {
      for (const [country, ids] of byCountry) {
        for (let i = 0; i < ids.length; i += 1000) {
          await trx
            .updateTable('dredging_event')
            .set({ country_iso3: country, country_method: countryMethod })
            .where('id', 'in', ids.slice(i, i + 1000))
            .execute();
        }
      }
      for (const c of cycles) {
        await trx
          .updateTable('dredging_cycle')
          .set({ country_iso3: countryAt(c.dredge_lon, c.dredge_lat) })
          .where('dataset_id', '=', datasetId)
          .where('id', '=', c.id)
          .execute();
      }
      await trx
        .updateTable('dredging_dataset')
        .set({ country_method: countryMethod, summary: JSON.stringify(summary) })
        .where('id', '=', datasetId)
        .execute();
      await recordAudit(trx, {
        actor: actor ? { userId: actor.userId, email: actor.email } : null,
        action: options.system
          ? (options.auditAction ?? 'system.dredging.reattribute')
          : 'dredging.dataset.import',
        entity: 'dredging_dataset',
        entityId: datasetId,
        before: { countryMethod: dataset.countryMethod },
        after: { countryMethod, changedEvents: changed },
      });
    });
    return { events: events.length, changed };
  }

  /**
   * Analyses an uploaded AIS log and stores it as a dataset (secretariat). Country waters from
   * `zonesGeoJson` (the server's configured zones) when given, else the approximate EEZ.
   */
  async importLog(
    actor: Actor | null,
    bytes: Uint8Array,
    options: { id: string; name?: string; fileName?: string; zonesGeoJson?: string | null },
  ): Promise<Dataset & { decoded: { messages: number; rejected: number; withoutTimestamp: number } }> {
    authorize(actor, 'dredging.dataset.import');
    const input = await readAisBytes(bytes);
    if (input.columns.length === 0) {
      throw new ValidationError(
        'The file holds no AIS position reports with a time (tag block c:, Gatehouse or provider time).',
        [
          {
            path: 'body',
            message: `${input.stats.messages} messages decoded, ${input.withoutTimestamp} positions without a time`,
          },
        ],
      );
    }
    const output = await runPipeline({
      partitions: [input.columns],
      statics: collectStatics(input.statics).values(),
      zonesGeoJson: options.zonesGeoJson ?? null,
    });
    const dataset = await this.importAnalysis(actor, {
      id: options.id,
      name: options.name ?? `Upload ${options.fileName ?? options.id}`,
      synthetic: false,
      provenance: {
        source: options.fileName ?? 'uploaded AIS log',
        licence: 'as supplied by the uploader',
        retrieved: new Date().toISOString().slice(0, 10),
        method: `decoded by @strata/ais; analysed by ${output.result.classifier.name}`,
      },
      countryMethod: output.countryMethod,
      result: output.result,
      events: output.events,
      summary: output.summary,
      track: output.result.track,
      cycleCountry: (lon, lat) => output.locate(lon, lat).country,
    });
    const rejected = Object.values(input.stats.rejected).reduce((a, b) => a + b, 0);
    return {
      ...dataset,
      decoded: { messages: input.stats.messages, rejected, withoutTimestamp: input.withoutTimestamp },
    };
  }

  /** Deletes a dataset and everything in it (secretariat). */
  async deleteDataset(actor: Actor | null, id: string): Promise<void> {
    authorize(actor, 'dredging.dataset.delete');
    const found = await this.repo.dataset(id);
    if (!found) throw new NotFoundError(`Dataset ${id}`);
    await this.repo.transaction(async (trx) => {
      await this.repo.deleteDataset(trx, id);
      await recordAudit(trx, {
        actor: { userId: actor.userId, email: actor.email },
        action: 'dredging.dataset.delete',
        entity: 'dredging_dataset',
        entityId: id,
        before: { id, name: found.name },
        after: null,
      });
    });
  }

  async datasets(): Promise<Dataset[]> {
    return (await this.repo.datasets()).map(presentDataset);
  }

  async dataset(id: string): Promise<Dataset> {
    const row = await this.repo.dataset(id);
    if (!row) throw new NotFoundError(`Dataset ${id}`);
    return presentDataset(row);
  }

  /** The dataset a view reads: the one asked for, else the newest real one, else the newest (demo). */
  async resolveDataset(requested?: string): Promise<Dataset> {
    if (requested) return this.dataset(requested);
    const all = await this.datasets();
    const chosen = all.find((d) => !d.synthetic) ?? all[0];
    if (!chosen) throw new NotFoundError('Any dredging dataset (run `npx strata db seed` or import one)');
    return chosen;
  }

  private async filtered(f: ViewFilter, activity?: string) {
    const dataset = await this.resolveDataset(f.dataset);
    const filter: EventFilter = {
      datasetId: dataset.id,
      activity,
      country: f.country,
      year: f.year,
      month: f.month,
    };
    if (f.month !== undefined && f.year === undefined) {
      throw new ValidationError('A month filter needs a year.', [
        { path: 'query.month', message: 'set year too' },
      ]);
    }
    return { dataset, rows: await this.repo.events(filter) };
  }

  /** Dredging intensity per H3 cell (volume band, hours, vessels) at `resolution` (3–7). */
  async hexagons(f: ViewFilter & { resolution?: number }) {
    const resolution = f.resolution ?? 6;
    const { dataset, rows } = await this.filtered(f, 'dredging');
    const cells = new Map<
      string,
      {
        volumeM3: Band;
        dredgingHours: number;
        periods: number;
        vessels: Set<number>;
        protectedPeriods: number;
      }
    >();
    for (const r of rows) {
      const h = getResolution(r.h3) > resolution ? cellToParent(r.h3, resolution) : r.h3;
      let c = cells.get(h);
      if (!c) {
        c = { volumeM3: ZERO(), dredgingHours: 0, periods: 0, vessels: new Set(), protectedPeriods: 0 };
        cells.set(h, c);
      }
      addRow(c.volumeM3, r);
      c.dredgingHours += hoursOf(r);
      c.periods++;
      c.vessels.add(r.mmsi);
      if (r.in_protected) c.protectedPeriods++;
    }
    return {
      dataset: datasetRef(dataset),
      resolution,
      cells: [...cells].map(([h3, c]) => ({
        h3,
        volumeM3: roundBand(c.volumeM3),
        dredgingHours: Math.round(c.dredgingHours * 10) / 10,
        periods: c.periods,
        vessels: c.vessels.size,
        protectedPeriods: c.protectedPeriods,
      })),
    };
  }

  /** The hexagon view as GeoJSON polygons. */
  async hexagonsGeoJson(f: ViewFilter & { resolution?: number }) {
    const view = await this.hexagons(f);
    return {
      type: 'FeatureCollection' as const,
      metadata: { dataset: view.dataset, resolution: view.resolution },
      features: view.cells.map((c) => {
        const ring = cellToBoundary(c.h3, true);
        return {
          type: 'Feature' as const,
          properties: {
            h3: c.h3,
            volume_m3_low: c.volumeM3.low,
            volume_m3_central: c.volumeM3.central,
            volume_m3_high: c.volumeM3.high,
            dredging_hours: c.dredgingHours,
            vessels: c.vessels,
          },
          geometry: { type: 'Polygon' as const, coordinates: [[...ring, ring[0]]] },
        };
      }),
    };
  }

  /** Totals by country for the chosen period. */
  async countries(f: ViewFilter) {
    const { dataset, rows } = await this.filtered(f, 'dredging');
    const by = new Map<
      string,
      { volumeM3: Band; hours: number; vessels: Set<number>; protectedM3: number }
    >();
    for (const r of rows) {
      const key = r.country_iso3 ?? '';
      let c = by.get(key);
      if (!c) {
        c = { volumeM3: ZERO(), hours: 0, vessels: new Set(), protectedM3: 0 };
        by.set(key, c);
      }
      addRow(c.volumeM3, r);
      c.hours += hoursOf(r);
      c.vessels.add(r.mmsi);
      if (r.in_protected) c.protectedM3 += r.vol_central ?? 0;
    }
    return {
      dataset: datasetRef(dataset),
      items: [...by]
        .map(([iso3, c]) => ({
          country: iso3 || null,
          name: iso3 ? (findCountry(iso3)?.name.en ?? iso3) : 'Outside any country’s waters',
          volumeM3: roundBand(c.volumeM3),
          tonnes: roundBand({
            low: c.volumeM3.low * VIEW_DENSITY.low,
            central: c.volumeM3.central * VIEW_DENSITY.central,
            high: c.volumeM3.high * VIEW_DENSITY.high,
          }),
          dredgingHours: Math.round(c.hours * 10) / 10,
          vessels: c.vessels.size,
          protectedShare:
            c.volumeM3.central > 0 ? Math.round((c.protectedM3 / c.volumeM3.central) * 1000) / 1000 : 0,
        }))
        .sort((a, b) => b.volumeM3.central - a.volumeM3.central),
    };
  }

  /** The country panel: volume band per year, vessels, operators, share inside protected areas. */
  async countryPanel(iso3: string, f: ViewFilter) {
    const code = iso3.toUpperCase();
    const country = findCountry(code);
    if (!country) throw new NotFoundError(`Country ${iso3}`);
    const { dataset, rows } = await this.filtered({ ...f, country: code }, 'dredging');
    const vessels = new Map((await this.repo.vessels(dataset.id)).map((v) => [v.mmsi, v]));
    const years = new Map<number, { volumeM3: Band; hours: number; vessels: Set<number> }>();
    const perVessel = new Map<number, { volumeM3: Band; hours: number }>();
    let total = ZERO();
    let protectedM3 = 0;
    for (const r of rows) {
      const y = r.start_at.getUTCFullYear();
      const yr = years.get(y) ?? { volumeM3: ZERO(), hours: 0, vessels: new Set<number>() };
      addRow(yr.volumeM3, r);
      yr.hours += hoursOf(r);
      yr.vessels.add(r.mmsi);
      years.set(y, yr);
      const pv = perVessel.get(r.mmsi) ?? { volumeM3: ZERO(), hours: 0 };
      addRow(pv.volumeM3, r);
      pv.hours += hoursOf(r);
      perVessel.set(r.mmsi, pv);
      addRow(total, r);
      if (r.in_protected) protectedM3 += r.vol_central ?? 0;
    }
    total = roundBand(total);
    const vesselItems = [...perVessel].map(([mmsi, v]) => {
      const row = vessels.get(mmsi);
      return {
        mmsi,
        name: row?.name ?? null,
        operator: row?.operator ?? null,
        dredgerType: row?.dredger_type ?? null,
        volumeM3: roundBand(v.volumeM3),
        dredgingHours: Math.round(v.hours * 10) / 10,
      };
    });
    const operators = new Map<string, { vessels: number; volumeM3: Band }>();
    for (const v of vesselItems) {
      const key = v.operator ?? 'Unknown operator';
      const o = operators.get(key) ?? { vessels: 0, volumeM3: ZERO() };
      o.vessels++;
      o.volumeM3 = {
        low: o.volumeM3.low + v.volumeM3.low,
        central: o.volumeM3.central + v.volumeM3.central,
        high: o.volumeM3.high + v.volumeM3.high,
      };
      operators.set(key, o);
    }
    return {
      dataset: datasetRef(dataset),
      country: { iso3: country.iso3, name: country.name },
      countryMethod: dataset.countryMethod,
      total: { volumeM3: total, dredgingPeriods: rows.length },
      byYear: [...years]
        .sort((a, b) => a[0] - b[0])
        .map(([year, y]) => ({
          year,
          volumeM3: roundBand(y.volumeM3),
          tonnes: roundBand({
            low: y.volumeM3.low * VIEW_DENSITY.low,
            central: y.volumeM3.central * VIEW_DENSITY.central,
            high: y.volumeM3.high * VIEW_DENSITY.high,
          }),
          dredgingHours: Math.round(y.hours * 10) / 10,
          vessels: y.vessels.size,
        })),
      vessels: vesselItems.sort((a, b) => b.volumeM3.central - a.volumeM3.central),
      operators: [...operators].map(([name, o]) => ({ name, vessels: o.vessels, volumeM3: o.volumeM3 })),
      protectedAreas: {
        volumeM3Central: Math.round(protectedM3),
        share: total.central > 0 ? Math.round((protectedM3 / total.central) * 1000) / 1000 : 0,
      },
    };
  }

  /** One dredger: identity and evidence, cycles, thinned track with activities, totals. */
  async vesselPage(mmsi: number, f: ViewFilter) {
    const dataset = await this.resolveDataset(f.dataset);
    const v = await this.repo.vessel(dataset.id, mmsi);
    if (!v) throw new NotFoundError(`Dredger ${mmsi} in dataset ${dataset.id}`);
    const [cycles, track, events] = await Promise.all([
      this.repo.cycles(dataset.id, mmsi),
      this.repo.track(dataset.id, mmsi),
      this.repo.events({ datasetId: dataset.id, mmsi }),
    ]);
    const volume = ZERO();
    let hours = 0;
    for (const e of events) {
      if (e.activity !== 'dredging') continue;
      addRow(volume, e);
      hours += hoursOf(e);
    }
    return {
      dataset: datasetRef(dataset),
      vessel: {
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
        capacity: v.capacity,
      },
      totals: {
        volumeM3: roundBand(volume),
        dredgingHours: Math.round(hours * 10) / 10,
        cycles: cycles.filter((c) => c.complete).length,
      },
      cycles: cycles.map((c) => ({
        id: c.id,
        start: iso(c.start_at),
        end: iso(c.end_at),
        dredgingMinutes: Math.round(c.dredging_minutes),
        complete: c.complete,
        dredgeLon: c.dredge_lon,
        dredgeLat: c.dredge_lat,
        dischargeLon: c.discharge_lon,
        dischargeLat: c.discharge_lat,
        country: c.country_iso3,
        volumeM3: roundBand({ low: c.vol_low, central: c.vol_central, high: c.vol_high }),
        volumeMethod: c.volume_method,
      })),
      track: track.map((p) => ({
        t: iso(p.at),
        lon: p.lon,
        lat: p.lat,
        speedKnots: p.speed_knots,
        activity: p.activity,
        segment: p.segment,
      })),
    };
  }

  /** The dredgers of a dataset with their totals. */
  async vesselList(f: ViewFilter) {
    const { dataset, rows } = await this.filtered(f, 'dredging');
    const per = new Map<number, { volumeM3: Band; hours: number }>();
    for (const r of rows) {
      const p = per.get(r.mmsi) ?? { volumeM3: ZERO(), hours: 0 };
      addRow(p.volumeM3, r);
      p.hours += hoursOf(r);
      per.set(r.mmsi, p);
    }
    return {
      dataset: datasetRef(dataset),
      items: (await this.repo.vessels(dataset.id)).map((v) => ({
        mmsi: v.mmsi,
        name: v.name,
        dredgerType: v.dredger_type,
        operator: v.operator,
        evidence: v.evidence.map((e) => e.kind),
        volumeM3: roundBand(per.get(v.mmsi)?.volumeM3 ?? ZERO()),
        dredgingHours: Math.round((per.get(v.mmsi)?.hours ?? 0) * 10) / 10,
      })),
    };
  }

  /** Monthly series of dredged volume (band), hours and active dredgers. */
  async timeSeries(f: ViewFilter) {
    const { dataset, rows } = await this.filtered(f, 'dredging');
    const by = new Map<string, { volumeM3: Band; hours: number; vessels: Set<number> }>();
    for (const r of rows) {
      const m = r.start_at.toISOString().slice(0, 7);
      const e = by.get(m) ?? { volumeM3: ZERO(), hours: 0, vessels: new Set<number>() };
      addRow(e.volumeM3, r);
      e.hours += hoursOf(r);
      e.vessels.add(r.mmsi);
      by.set(m, e);
    }
    return {
      dataset: datasetRef(dataset),
      items: [...by]
        .sort((a, b) => a[0].localeCompare(b[0]))
        .map(([month, e]) => ({
          month,
          volumeM3: roundBand(e.volumeM3),
          dredgingHours: Math.round(e.hours * 10) / 10,
          vessels: e.vessels.size,
        })),
    };
  }

  /** Events as the API presents them. */
  async events(f: ViewFilter & { activity?: string; mmsi?: number }) {
    const dataset = await this.resolveDataset(f.dataset);
    const rows = await this.repo.events({
      datasetId: dataset.id,
      activity: f.activity,
      country: f.country,
      mmsi: f.mmsi,
      year: f.year,
      month: f.month,
    });
    return { dataset: datasetRef(dataset), items: rows.map(presentEvent) };
  }

  /** Events as CSV (RFC 4180). */
  async eventsCsv(f: ViewFilter & { activity?: string; mmsi?: number }): Promise<string> {
    const { items } = await this.events(f);
    const header = [
      'mmsi',
      'activity',
      'start',
      'end',
      'lon',
      'lat',
      'country',
      'country_method',
      'h3',
      'in_protected_area',
      'cycle_id',
      'volume_m3_low',
      'volume_m3_central',
      'volume_m3_high',
      'tonnes_low',
      'tonnes_central',
      'tonnes_high',
      'volume_method',
    ];
    const lines = [header.join(',')];
    for (const e of items) {
      lines.push(
        [
          e.mmsi,
          e.activity,
          e.start,
          e.end,
          e.lon,
          e.lat,
          e.country,
          e.countryMethod,
          e.h3,
          e.inProtectedArea,
          e.cycleId,
          e.volumeM3?.low,
          e.volumeM3?.central,
          e.volumeM3?.high,
          e.tonnes?.low,
          e.tonnes?.central,
          e.tonnes?.high,
          e.volumeMethod,
        ]
          .map(csvCell)
          .join(','),
      );
    }
    return `${lines.join('\r\n')}\r\n`;
  }

  /** Events as GeoJSON points. */
  async eventsGeoJson(f: ViewFilter & { activity?: string; mmsi?: number }) {
    const { dataset, items } = await this.events(f);
    return {
      type: 'FeatureCollection' as const,
      metadata: { dataset },
      features: items.map(({ lon, lat, ...props }) => ({
        type: 'Feature' as const,
        properties: props,
        geometry: { type: 'Point' as const, coordinates: [lon, lat] },
      })),
    };
  }
}

function presentDataset(row: {
  id: string;
  name: string;
  synthetic: boolean;
  source: string;
  licence: string;
  retrieved: string;
  method: string;
  country_method: string;
  created_at: Date;
  summary: Summary;
}): Dataset {
  return {
    id: row.id,
    name: row.name,
    synthetic: row.synthetic,
    source: row.source,
    licence: row.licence,
    retrieved: row.retrieved,
    method: row.method,
    countryMethod: row.country_method,
    createdAt: iso(row.created_at),
    summary: row.summary,
  };
}

function datasetRef(d: Dataset) {
  return { id: d.id, name: d.name, synthetic: d.synthetic, countryMethod: d.countryMethod };
}

function presentEvent(r: {
  mmsi: number;
  activity: string;
  start_at: Date;
  end_at: Date;
  lon: number;
  lat: number;
  country_iso3: string | null;
  country_method: string;
  h3: string;
  areas: string[];
  in_protected: boolean;
  cycle_id: string | null;
  vol_low: number | null;
  vol_central: number | null;
  vol_high: number | null;
  t_low: number | null;
  t_central: number | null;
  t_high: number | null;
  volume_method: string | null;
}): DredgingEvent {
  return {
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
