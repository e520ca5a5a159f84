import { createUnitOfWork, type Database, type Executor, type UnitOfWork } from '@strata/db';
import { DenominatorRepository } from './denominator-repository.ts';
import { SubmissionRepository } from './submission-repository.ts';
import { SandRepository } from './value-repository.ts';

export * from './denominator-repository.ts';
export * from './submission-repository.ts';
export * from './value-repository.ts';

/** The sand observatory's repositories, bound to the database or to one transaction. */
export interface SandRepositories {
  sand: SandRepository;
  denominators: DenominatorRepository;
  submissions: SubmissionRepository;
}

/** Binds the sand repositories to an executor (the database or a transaction). */
export function sandRepositories(ex: Executor): SandRepositories {
  return {
    sand: new SandRepository(ex),
    denominators: new DenominatorRepository(ex),
    submissions: new SubmissionRepository(ex),
  };
}

/** The sand unit of work: every service of the module writes through it. */
export type SandWork = UnitOfWork<SandRepositories>;

export function sandUnitOfWork(db: Database): SandWork {
  return createUnitOfWork(db, sandRepositories);
}
