import type { Database } from '@strata/db';
import { tailingsUnitOfWork } from './repository/index.ts';
import { DisclosureService } from './service/disclosure-service.ts';
import { FacilityService } from './service/facility-service.ts';
import { ImportService } from './service/import-service.ts';
import { KnowledgeService } from './service/knowledge-service.ts';
import { OversightService } from './service/oversight-service.ts';

export * from './domain/index.ts';
export * from './migrations.ts';
export * from './presenters/downloads.ts';
export type * from './repository/index.ts';
export * from './service/derive.ts';
export * from './service/disclosure-service.ts';
export * from './service/facility-service.ts';
export * from './service/import-service.ts';
export * from './service/knowledge-service.ts';
export * from './service/oversight-service.ts';

/** The tailings portal's services, one per capability, all on one unit of work. */
export interface TailingsServices {
  imports: ImportService;
  facilities: FacilityService;
  disclosures: DisclosureService;
  oversight: OversightService;
  knowledge: KnowledgeService;
}

export interface TailingsServiceOptions {
  /** The clock (scores' "as of" date, review deadlines, provenance dates); tests pin it. */
  now?: () => Date;
}

/**
 * Builds the tailings services on one unit of work over `db`.
 *
 * @example
 * const tailings = createTailingsServices(db);
 * await tailings.imports.importFile(actor, 'sigbm', bytes);
 * const page = await tailings.facilities.listFacilities({ country: 'BRA' }, { limit: 100, offset: 0 });
 */
export function createTailingsServices(db: Database, options: TailingsServiceOptions = {}): TailingsServices {
  const work = tailingsUnitOfWork(db);
  const now = options.now ?? (() => new Date());
  return {
    imports: new ImportService(work, now),
    facilities: new FacilityService(work, now),
    disclosures: new DisclosureService(work, now),
    oversight: new OversightService(work, now),
    knowledge: new KnowledgeService(work),
  };
}
