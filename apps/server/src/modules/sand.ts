import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sharedDataFile } from '@strata/core';
import {
  parseUsgsAggregates,
  readGovernanceSeed,
  type SandImportReport,
  sandMigrations,
  USGS_AGGREGATES_SOURCE,
} from '@strata/sand';
import type { AppContext } from '../env.ts';
import { sandGovernanceServices } from '../routes/sand/governance.ts';
import { sandRoutes, sandServices } from '../routes/sand/index.ts';
import type { ProgressReporter, ServerModule } from './types.ts';

/** R. Andrew's cement production table, bundled with the sand package (CC BY 4.0). */
export const BUNDLED_CEMENT = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../../packages/sand/data/cement-production-andrew-v231016.csv',
);
/** World Bank population and GDP tables (ODC-PDDL), bundled: the denominators of the divided map. */
export const BUNDLED_DENOMINATORS = {
  population: path.resolve(
    path.dirname(fileURLToPath(import.meta.url)),
    '../../../../packages/sand/data/population-worldbank.csv',
  ),
  gdp: path.resolve(
    path.dirname(fileURLToPath(import.meta.url)),
    '../../../../packages/sand/data/gdp-worldbank.csv',
  ),
} as const;

/**
 * The IRP Global Material Flows export. Its terms ask users to cite the database but do not grant
 * redistribution, so it is not bundled: it is read from the shared data folder when present.
 */
export const IRP_FILE = 'sand/irp-gmfd-domestic-extraction-ccc-2022-12-20.csv';

type Importer = 'importIrp' | 'importCement';
const auditKind = (importer: Importer) => (importer === 'importIrp' ? 'irp' : 'cement');

async function seedFile(
  ctx: AppContext,
  importer: Importer,
  file: string,
  label: string,
  progress?: ProgressReporter,
): Promise<void> {
  const bytes = new Uint8Array(await readFile(file));
  const report: SandImportReport = await sandServices(ctx).imports[importer](null, bytes, {
    system: true,
    auditAction: `seed.sand.${auditKind(importer)}`,
    skipIfSeen: true,
    fileName: path.basename(file),
    progress: (done, total) => progress?.(done, total, label),
  });
  if (report.rejected.length > 0) {
    ctx.logger.warn({ rejected: report.rejected.slice(0, 20) }, `sand: ${label} rejected, not imported`);
  }
  progress?.(1, 1, report.skipped ? `${label} already imported` : `${label}: ${report.rows} figures`);
}

/**
 * Records the US Geological Survey's national totals of construction aggregates (public domain) as the
 * United States' official statistics, once: a later start finds the source and leaves it.
 */
async function seedUsgs(ctx: AppContext, file: string, progress?: ProgressReporter): Promise<void> {
  const sand = sandServices(ctx);
  if ((await sand.observatory.sources()).some((s) => s.id === USGS_AGGREGATES_SOURCE.id)) return;
  const { years, rejected } = parseUsgsAggregates(await readFile(file, 'utf8'));
  if (rejected.length > 0 || years.length === 0) {
    ctx.logger.warn(
      { rejected: rejected.slice(0, 20) },
      'sand: USGS aggregates table not recognised, not imported',
    );
    return;
  }
  const n = await sand.imports.recordOfficial(
    null,
    {
      iso3: 'USA',
      source: USGS_AGGREGATES_SOURCE,
      figures: years.map((y) => ({ year: y.year, value: y.tonnes, unit: 't' as const })),
    },
    { system: true, auditAction: 'seed.sand.usgs' },
  );
  progress?.(1, 1, `USGS aggregates: ${n} official figures for the United States`);
}

/** The Global Sand Observatory: figures per country and year by method tier, world totals, the map. */
export const sandModule: ServerModule = {
  name: 'sand',
  migrations: sandMigrations,
  routes: (ctx) => sandRoutes(ctx),
  /**
   * Imports the IRP export (from the shared data folder, when present), the bundled cement production
   * table, the USGS national aggregates totals as the United States' official series (shared folder) and the
   * bundled World Bank population and GDP tables (for the per-person and per-GDP map). Idempotent and fast on repeat: a file already imported (same SHA-256) is skipped.
   */
  async seed(ctx, progress) {
    const irp = sharedDataFile(IRP_FILE);
    if (irp) await seedFile(ctx, 'importIrp', irp, 'IRP sand and gravel', progress);
    else ctx.logger.info(`sand: ${IRP_FILE} is not in the shared data folder; the IRP tier is not seeded`);
    const cement = existsSync(BUNDLED_CEMENT)
      ? BUNDLED_CEMENT
      : sharedDataFile('sand/cement-production-andrew-v231016.csv');
    if (cement) await seedFile(ctx, 'importCement', cement, 'cement proxy', progress);
    else ctx.logger.info('sand: the cement production table is absent; the cement proxy is not seeded');
    const usgs = sharedDataFile('sand/usgs-aggregates-by-state-1971-2023.csv');
    if (usgs) await seedUsgs(ctx, usgs, progress);
    else ctx.logger.info('sand: the USGS aggregates table is absent; no official series is seeded');
    for (const kind of ['population', 'gdp'] as const) {
      const file = BUNDLED_DENOMINATORS[kind];
      if (!existsSync(file)) continue;
      const report = await sandServices(ctx).imports.importDenominator(
        null,
        kind,
        new Uint8Array(await readFile(file)),
        {
          system: true,
          auditAction: `seed.sand.${kind}`,
          skipIfSeen: true,
          fileName: path.basename(file),
          progress: (done, total) => progress?.(done, total, `World Bank ${kind}`),
        },
      );
      if (report.rejected.length > 0)
        ctx.logger.warn(
          { rejected: report.rejected.slice(0, 20) },
          `sand: World Bank ${kind} rejected, not imported`,
        );
    }
    const added = await sandGovernanceServices(ctx).governance.seed(await readGovernanceSeed());
    progress?.(1, 1, `governance tracker: ${added} sourced entries added`);
  },
};
