import { createUnitOfWork, type Database } from '@strata/db';
import { bindInstrumentsRepos } from './repository/index.ts';
import {
  AnalysisService,
  type CatalogueOptions,
  CatalogueService,
  MatrixService,
  MatrixSnapshot,
  PartyService,
} from './service/index.ts';

export * from './domain/index.ts';
export { instrumentsMigrations } from './migrations.ts';
export type { PartyList, StoredCell } from './repository/index.ts';
export { SEED_CATALOGUE, SEED_COLUMNS, type SeedSummary, seedCells, seedInstruments } from './seed/index.ts';
export * from './service/index.ts';

/** The instruments module's services, built on one unit of work. */
export interface InstrumentsServices {
  catalogue: CatalogueService;
  matrix: MatrixService;
  analyses: AnalysisService;
  parties: PartyService;
}

export interface InstrumentsOptions extends CatalogueOptions {
  now?: () => Date;
}

/**
 * Builds the global assessment's services (catalogue, matrix, analyses, parties) on one database.
 *
 * @example const { analyses } = createInstrumentsServices(db); await analyses.heatMap();
 */
export function createInstrumentsServices(
  db: Database,
  options: InstrumentsOptions = {},
): InstrumentsServices {
  const work = createUnitOfWork(db, bindInstrumentsRepos);
  const snapshot = new MatrixSnapshot(work);
  return {
    catalogue: new CatalogueService(work, snapshot, options),
    matrix: new MatrixService(work, snapshot, options.now ?? (() => new Date())),
    analyses: new AnalysisService(work, snapshot),
    parties: new PartyService(work),
  };
}
export { catalogueCsv, matrixCsv, partiesCsv } from './presenters/csv.ts';
