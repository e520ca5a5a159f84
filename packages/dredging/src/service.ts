/**
 * The dredging watch's business operations: storing analyses as datasets, and the published views
 * (H3 intensity map, country panel, vessel page, time series). Reads are public; writes are authorised
 * through the policy module and audited in the unit of work that makes them.
 */
import { type Actor, authorize, can, findCountry, NotFoundError, ValidationError } from '@strata/core';
import type { UnitOfWork } from '@strata/db';
import type { AnalysisResult } from './domain/analyse.ts';
import { type CountryMethod, type Dataset, type DatasetProvenance, datasetRef } from './domain/dataset.ts';
import { type DredgingEvent, type Summary, summariseEvents } from './domain/output.ts';
import { collectStatics } from './domain/statics.ts';
import type { TrackSample } from './domain/track-sample.ts';
import { type VesselListQuery, vesselListPage } from './domain/vessel-list.ts';
import {
  countryPanelView,
  countryTotals,
  hexagonView,
  monthlySeries,
  vesselListView,
  vesselPageView,
} from './domain/views.ts';
import { readAisBytes } from './ingest.ts';
import { type PipelineOutput, runPipeline } from './pipeline.ts';
import type { DredgingRepository, EventFilter } from './repository.ts';

export type { Dataset, DatasetProvenance } from './domain/dataset.ts';

/** The repositories the dredging watch's unit of work binds. */
export interface DredgingRepos {
  /** The repository's public methods (so an in-memory fake can stand in for it in tests). */
  dredging: Pick<DredgingRepository, keyof DredgingRepository>;
}

/** An analysis to store. */
export interface AnalysisImport {
  /** Stable id (re-importing the same id replaces the dataset). */
  id: string;
  name: string;
  synthetic: boolean;
  provenance: DatasetProvenance;
  countryMethod: CountryMethod;
  result: AnalysisResult;
  events: DredgingEvent[];
  summary: Summary;
  track: TrackSample[];
  /** Country of each cycle's dredging position (same locator as the events). */
  cycleCountry?: (lon: number, lat: number) => string | null;
  /** The researcher who brought it; their datasets stay private until published (default: none, published). */
  ownerUserId?: string | null;
  published?: boolean;
}

export interface WriteOptions {
  /** Run as the system (CLI, seeding) with actor null; the audit row names `auditAction`. */
  system?: boolean;
  auditAction?: string;
  onProgress?: (done: number, total: number) => void;
}

export interface ViewFilter {
  dataset?: string;
  /** Who is looking: a private dataset is shown to its owner and the secretariat only. */
  viewer?: Actor | null;
  year?: number;
  month?: number;
  country?: string;
}

export type EventViewFilter = ViewFilter & { activity?: string; mmsi?: number };

/**
 * Provenance of an analysed AIS log: the files it came from, who supplied it, and what analysed it.
 *
 * @example importProvenance('day1.nmea', 'as supplied by the user', 'rules-v1', new Date())
 */
export function importProvenance(
  source: string,
  licence: string,
  classifier: string,
  at: Date,
): DatasetProvenance {
  return {
    source,
    licence,
    retrieved: at.toISOString().slice(0, 10),
    method: `decoded by @strata/ais; analysed by ${classifier}`,
  };
}

/**
 * The analysis part of an {@link AnalysisImport}, from a pipeline run: its result, events, summary,
 * track, and the country of each cycle by the same locator as the events.
 */
export function analysisOf(
  output: PipelineOutput,
): Pick<AnalysisImport, 'countryMethod' | 'result' | 'events' | 'summary' | 'track' | 'cycleCountry'> {
  return {
    countryMethod: output.countryMethod,
    result: output.result,
    events: output.events,
    summary: output.summary,
    track: output.result.track,
    cycleCountry: (lon, lat) => output.locate(lon, lat).country,
  };
}

/** Published datasets are everyone's; a private one its owner's and the secretariat's. */
function visibleTo(d: Dataset, viewer: Actor | null): boolean {
  return d.published || can(viewer, 'dredging.dataset.read_private', { ownerUserId: d.ownerUserId });
}

const DATASET_ID = /^[a-z0-9][a-z0-9._-]{0,79}$/;
const actorOf = (actor: Actor | null) => (actor ? { userId: actor.userId, email: actor.email } : null);

export class DredgingService {
  /**
   * @param work the module's unit of work (`createDredgingServices` builds it)
   * @param zones the official zones GeoJSON the server is configured with, or null (approximate EEZ)
   */
  constructor(
    private readonly work: UnitOfWork<DredgingRepos>,
    private readonly zones: () => string | null = () => null,
  ) {}

  /** Stores an analysis as a dataset (replacing one with the same id), with its audit row. */
  async importAnalysis(
    actor: Actor | null,
    input: AnalysisImport,
    options: WriteOptions = {},
  ): Promise<Dataset> {
    if (!options.system) authorize(actor, 'dredging.dataset.import');
    const id = input.id;
    if (!DATASET_ID.test(id)) {
      throw new ValidationError(
        'A dataset id is 1–80 lower-case letters, digits, dots, dashes or underscores.',
        [{ path: 'id', message: `"${id}" is not a valid dataset id` }],
      );
    }
    await this.work.run(async ({ dredging }, tx) => {
      const before = await dredging.datasetName(id);
      await dredging.replaceDataset(
        {
          dataset: {
            id,
            name: input.name,
            synthetic: input.synthetic,
            ...input.provenance,
            countryMethod: input.countryMethod,
            summary: input.summary,
            ownerUserId: input.ownerUserId ?? null,
            published: input.published ?? true,
          },
          vessels: input.result.dredgers,
          events: input.events,
          cycles: input.result.cycles.map((c) => ({
            ...c,
            country: input.cycleCountry?.(c.dredgeLon, c.dredgeLat) ?? null,
          })),
          track: input.track,
        },
        options.onProgress,
      );
      await tx.audit({
        actor: actorOf(actor),
        action: options.system
          ? (options.auditAction ?? 'system.dredging.import')
          : 'dredging.dataset.import',
        entity: 'dredging_dataset',
        entityId: id,
        before,
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
    return this.stored(id);
  }

  /** A dataset whoever may see it (for writers that already passed their own check). */
  private async stored(id: string): Promise<Dataset> {
    const found = await this.work.read.dredging.dataset(id);
    if (!found) throw new NotFoundError(`Dataset ${id}`);
    return found;
  }

  /**
   * Re-attributes a dataset's events and cycles to country waters with another locator (e.g. after the
   * official zones file was configured), and refreshes its summary.
   */
  async reattribute(
    actor: Actor | null,
    datasetId: string,
    countryAt: (lon: number, lat: number) => string | null,
    countryMethod: CountryMethod,
    options: WriteOptions = {},
  ): Promise<{ events: number; changed: number }> {
    if (!options.system) authorize(actor, 'dredging.dataset.import');
    const dataset = await this.stored(datasetId);
    const stored = await this.work.read.dredging.events({ datasetId });
    const cycles = await this.work.read.dredging.cycles(datasetId);
    const events = stored.map(({ id: _id, ...e }) => ({
      ...e,
      country: countryAt(e.lon, e.lat),
      countryMethod,
    }));
    const changed = events.filter((e, k) => e.country !== stored[k].country).length;
    const summary = { ...dataset.summary, ...summariseEvents(events), countryMethod };
    await this.work.run(async ({ dredging }, tx) => {
      await dredging.reattribute(datasetId, {
        events: stored.map((e, k) => ({ id: e.id, country: events[k].country })),
        cycles: cycles.map((c) => ({ id: c.id, country: countryAt(c.dredgeLon, c.dredgeLat) })),
        countryMethod,
        summary,
      });
      await tx.audit({
        actor: actorOf(actor),
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
   * Analyses an uploaded AIS log and stores it as a dataset (secretariat). Country waters from the
   * server's configured zones when there are, else the approximate EEZ.
   */
  async importLog(
    actor: Actor | null,
    bytes: Uint8Array,
    options: { id: string; name?: string; fileName?: string },
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
      zonesGeoJson: this.zones(),
    });
    const dataset = await this.importAnalysis(actor, {
      id: options.id,
      name: options.name ?? `Upload ${options.fileName ?? options.id}`,
      synthetic: false,
      provenance: importProvenance(
        options.fileName ?? 'uploaded AIS log',
        'as supplied by the uploader',
        output.result.classifier.name,
        new Date(),
      ),
      ...analysisOf(output),
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
    const found = await this.work.read.dredging.dataset(id);
    if (!found) throw new NotFoundError(`Dataset ${id}`);
    await this.work.run(async ({ dredging }, tx) => {
      await dredging.deleteDataset(id);
      await tx.audit({
        actor: actorOf(actor),
        action: 'dredging.dataset.delete',
        entity: 'dredging_dataset',
        entityId: id,
        before: { id, name: found.name },
        after: null,
      });
    });
  }

  /** The datasets `viewer` may see: the published ones, their own, all for the secretariat. */
  async datasets(viewer: Actor | null = null): Promise<Dataset[]> {
    return (await this.work.read.dredging.datasets()).filter((d) => visibleTo(d, viewer));
  }

  /** One dataset; a private one is "not found" to anyone but its owner and the secretariat. */
  async dataset(id: string, viewer: Actor | null = null): Promise<Dataset> {
    const found = await this.work.read.dredging.dataset(id);
    if (!found || !visibleTo(found, viewer)) throw new NotFoundError(`Dataset ${id}`);
    return found;
  }

  /** Publishes a dataset its owner brought (or any, for the secretariat); audited. */
  async publishDataset(actor: Actor | null, id: string): Promise<Dataset> {
    const found = await this.dataset(id, actor);
    authorize(actor, 'dredging.dataset.publish', { ownerUserId: found.ownerUserId });
    if (found.published) return found;
    await this.work.run(async ({ dredging }, tx) => {
      await dredging.publishDataset(id);
      await tx.audit({
        actor: actorOf(actor),
        action: 'dredging.dataset.publish',
        entity: 'dredging_dataset',
        entityId: id,
        before: { published: false },
        after: { published: true },
      });
    });
    return this.dataset(id, actor);
  }

  /**
   * The dataset a view reads: the one asked for (if `viewer` may see it), else the newest published
   * real one, else the newest published one (demo).
   */
  async resolveDataset(requested?: string, viewer: Actor | null = null): Promise<Dataset> {
    if (requested) return this.dataset(requested, viewer);
    const all = (await this.work.read.dredging.datasets()).filter((d) => d.published);
    const chosen = all.find((d) => !d.synthetic) ?? all[0];
    if (!chosen) throw new NotFoundError('Any dredging dataset (run `npx strata db seed` or import one)');
    return chosen;
  }

  private async filtered(f: EventViewFilter, activity = f.activity, monthNeedsYear = true) {
    const dataset = await this.resolveDataset(f.dataset, f.viewer);
    if (monthNeedsYear && f.month !== undefined && f.year === undefined) {
      throw new ValidationError('A month filter needs a year.', [
        { path: 'query.month', message: 'set year too' },
      ]);
    }
    const filter: EventFilter = {
      datasetId: dataset.id,
      activity,
      country: f.country,
      mmsi: f.mmsi,
      year: f.year,
      month: f.month,
    };
    return { dataset, events: await this.work.read.dredging.events(filter) };
  }

  /** Dredging intensity per H3 cell (volume band, hours, vessels) at `resolution` (3–7). */
  async hexagons(f: ViewFilter & { resolution?: number }) {
    const { dataset, events } = await this.filtered(f, 'dredging');
    return hexagonView(dataset, events, f.resolution ?? 6);
  }

  /** Totals by country for the chosen period. */
  async countries(f: ViewFilter) {
    const { dataset, events } = await this.filtered(f, 'dredging');
    return countryTotals(dataset, events);
  }

  /** The country panel: volume band per year, vessels, operators, share inside protected areas. */
  async countryPanel(iso3: string, f: ViewFilter) {
    const code = iso3.toUpperCase();
    const country = findCountry(code);
    if (!country) throw new NotFoundError(`Country ${iso3}`);
    const { dataset, events } = await this.filtered({ ...f, country: code }, 'dredging');
    const vessels = await this.work.read.dredging.vessels(dataset.id);
    return countryPanelView(dataset, country, events, vessels);
  }

  /** One dredger: identity and evidence, cycles, thinned track with activities, totals. */
  async vesselPage(mmsi: number, f: ViewFilter) {
    const dataset = await this.resolveDataset(f.dataset, f.viewer);
    const repo = this.work.read.dredging;
    const vessel = await repo.vessel(dataset.id, mmsi);
    if (!vessel) throw new NotFoundError(`Dredger ${mmsi} in dataset ${dataset.id}`);
    const [cycles, track, events] = await Promise.all([
      repo.cycles(dataset.id, mmsi),
      repo.track(dataset.id, mmsi),
      repo.events({ datasetId: dataset.id, mmsi }),
    ]);
    return vesselPageView(dataset, vessel, cycles, track, events);
  }

  /** The dredgers of a dataset with their totals: one page of those matching the search, in the asked order. */
  async vesselList(f: ViewFilter, page: VesselListQuery = { limit: 100_000, offset: 0 }) {
    const { dataset, events } = await this.filtered(f, 'dredging');
    const view = vesselListView(dataset, await this.work.read.dredging.vessels(dataset.id), events);
    return { dataset: view.dataset, ...vesselListPage(view.items, page) };
  }

  /** Monthly series of dredged volume (band), hours and active dredgers. */
  async timeSeries(f: ViewFilter) {
    const { dataset, events } = await this.filtered(f, 'dredging');
    return monthlySeries(dataset, events);
  }

  /** Events as the API presents them. */
  async events(f: EventViewFilter) {
    // The events list has always ignored a month without a year rather than refused it.
    const { dataset, events } = await this.filtered(f, f.activity, false);
    return { dataset: datasetRef(dataset), items: events.map(({ id: _id, ...e }): DredgingEvent => e) };
  }
}
