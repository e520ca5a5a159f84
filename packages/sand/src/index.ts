import type { Database } from '@strata/db';
import { sandUnitOfWork } from './repository/index.ts';
import { SandImportService } from './service/import-service.ts';
import { ObservatoryService } from './service/observatory-service.ts';
import { SubmissionService } from './service/submission-service.ts';

export * from './domain/index.ts';
export * from './migrations.ts';
export * from './presenters/csv.ts';
export * from './presenters/json.ts';
export type * from './repository/index.ts';
export * from './service/import-service.ts';
export * from './service/observatory-service.ts';
export * from './service/submission-service.ts';

/** The sand observatory's services, on one unit of work. */
export interface SandServices {
  imports: SandImportService;
  observatory: ObservatoryService;
  submissions: SubmissionService;
}

export interface SandServiceOptions {
  /** The clock (the latest year an official figure may have); tests pin it. */
  now?: () => Date;
}

/**
 * Builds the sand observatory's services on one unit of work over `db`.
 *
 * @example
 * const sand = createSandServices(db);
 * await sand.imports.importIrp(actor, bytes);
 * const world = await sand.observatory.world('construction-aggregates', 2019);
 */
export function createSandServices(db: Database, options: SandServiceOptions = {}): SandServices {
  const work = sandUnitOfWork(db);
  return {
    imports: new SandImportService(work, options.now),
    observatory: new ObservatoryService(work),
    submissions: new SubmissionService(work, options.now),
  };
}
export * from './governance.ts';
