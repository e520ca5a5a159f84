import { createUnitOfWork, type Database, type Executor, type UnitOfWork } from '@strata/db';
import { DisclosureRepository } from './disclosure-repository.ts';
import { FacilityRepository } from './facility-repository.ts';
import { ImportRepository } from './import-repository.ts';
import { KnowledgeRepository } from './knowledge-repository.ts';
import { OversightRepository } from './oversight-repository.ts';

export * from './disclosure-repository.ts';
export * from './facility-repository.ts';
export * from './import-repository.ts';
export * from './knowledge-repository.ts';
export * from './oversight-repository.ts';

/** The tailings portal's repositories, bound together to the database or to one transaction. */
export interface TailingsRepositories {
  facilities: FacilityRepository;
  imports: ImportRepository;
  disclosures: DisclosureRepository;
  oversight: OversightRepository;
  knowledge: KnowledgeRepository;
}

/** Binds the tailings repositories to an executor (the database or a transaction). */
export function tailingsRepositories(ex: Executor): TailingsRepositories {
  return {
    facilities: new FacilityRepository(ex),
    imports: new ImportRepository(ex),
    disclosures: new DisclosureRepository(ex),
    oversight: new OversightRepository(ex),
    knowledge: new KnowledgeRepository(ex),
  };
}

/** The tailings unit of work: every service of the module writes through it. */
export type TailingsWork = UnitOfWork<TailingsRepositories>;

export function tailingsUnitOfWork(db: Database): TailingsWork {
  return createUnitOfWork(db, tailingsRepositories);
}
