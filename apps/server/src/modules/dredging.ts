import { readFileSync } from 'node:fs';
import { can } from '@strata/core';
import {
  analyseTracks,
  buildEvents,
  buildLocator,
  buildSummary,
  collectStatics,
  columnsFromPositions,
  DEMO_AREAS_GEOJSON,
  DEMO_DATASET_ID,
  demoScenarioOptions,
  dredgingMigrations,
  generateScenario,
  parseRegistryCsv,
  zonesFileInForce,
} from '@strata/dredging';
import { aisJobRunner, dredgingServices } from '../routes/dredging/context.ts';
import { dredgingRoutes, dredgingService } from '../routes/dredging/index.ts';
import { AIS_UPLOAD_PATH } from '../routes/dredging/uploads.ts';
import type { OpenWorkItem, ServerModule } from './types.ts';

/** The dredging module's routes, migrations and seed data. */
export const dredgingModule: ServerModule = {
  name: 'dredging',
  migrations: dredgingMigrations,
  routes: (ctx) => dredgingRoutes(ctx),
  ownBodyLimit: [AIS_UPLOAD_PATH],
  /**
   * The AIS upload runner: on start it fails the jobs a previous process left running ("server restarted
   * while running") and runs the queued ones, then each new upload.
   */
  background(ctx) {
    const { runner, started } = aisJobRunner(ctx);
    return {
      async stop() {
        await started.catch(() => {});
        await runner.stop();
      },
    };
  },
  /**
   * Seeds the demo dataset on first start: a seeded synthetic scenario (labelled synthetic everywhere),
   * analysed like real data, attributed to official zones when STRATA_ZONES_FILE is set, else to the
   * approximate EEZ. Skipped when the demo dataset is already there.
   */
  async seed(ctx, progress) {
    const service = dredgingService(ctx);
    const existing = await service.datasets();
    if (existing.some((d) => d.id === DEMO_DATASET_ID)) {
      progress?.(1, 1, 'demo dataset already there');
      return;
    }
    progress?.(0, 4, 'generating the synthetic scenario');
    const options = demoScenarioOptions();
    const scenario = generateScenario(options);
    progress?.(1, 4, 'analysing');
    const registry = parseRegistryCsv(scenario.registryCsv).entries;
    const result = analyseTracks(
      columnsFromPositions(scenario.positions),
      collectStatics(scenario.statics).values(),
      registry,
      {
        trackSampleMs: 900_000,
      },
    );
    const zonesFile = zonesFileInForce(ctx.config);
    const zones = zonesFile ? readFileSync(zonesFile, 'utf8') : null;
    const { locate, countryMethod } = buildLocator(zones, DEMO_AREAS_GEOJSON);
    const events = buildEvents(result, locate);
    progress?.(2, 4, 'storing');
    await service.importAnalysis(
      null,
      {
        id: DEMO_DATASET_ID,
        name: 'Demo: synthetic dredging scenario (not real vessels)',
        synthetic: true,
        provenance: {
          source: `Strata scenario generator, seed ${options.seed}`,
          licence: 'Apache-2.0 (generated)',
          retrieved: new Date(options.startMs).toISOString().slice(0, 10),
          method: 'synthetic: seeded scenario → NMEA-equivalent positions → rules-v1 analysis',
        },
        countryMethod,
        result,
        events,
        summary: buildSummary(result, events, countryMethod),
        track: result.track,
        cycleCountry: (lon, lat) => locate(lon, lat).country,
      },
      {
        system: true,
        auditAction: 'seed.dredging.demo',
        onProgress: (done, total) => progress?.(2 + done / total, 4, 'storing'),
      },
    );
    progress?.(4, 4, `demo dataset: ${result.dredgers.length} dredgers, ${events.length} events`);
  },
  /** A researcher's own AIS uploads: those waiting or running, those that failed, the datasets made. */
  async openWork(ctx, actor) {
    if (!can(actor, 'dredging.upload.create')) return [];
    const jobs = await dredgingServices(ctx).uploads.jobs(actor);
    const items: OpenWorkItem[] = [];
    const count = (...states: string[]) => jobs.filter((j) => states.includes(j.state)).length;
    for (const [kind, states] of [
      ['dredging.jobs.active', ['queued', 'running']],
      ['dredging.jobs.failed', ['failed']],
      ['dredging.jobs.done', ['succeeded']],
    ] as const) {
      const n = count(...states);
      if (n > 0) items.push({ kind, count: n, due: null, title: null, link: '/dredging/upload' });
    }
    return items;
  },
};
