import type { Executor, UnitOfWork } from '@strata/db';
import { ProcessRepository } from './process-repository.ts';
import { ProposalRepository } from './proposal-repository.ts';
import { RoundRepository } from './round-repository.ts';

/** The process hub's repositories, bound together to the database or to one transaction. */
export interface ProcessRepositories {
  processes: ProcessRepository;
  proposals: ProposalRepository;
  rounds: RoundRepository;
}

/** What every process service receives: its repositories behind one unit of work. */
export type ProcessWork = UnitOfWork<ProcessRepositories>;

/** Binds the process hub's repositories to an executor (the database, or one transaction). */
export function bindProcessRepositories(executor: Executor): ProcessRepositories {
  return {
    processes: new ProcessRepository(executor),
    proposals: new ProposalRepository(executor),
    rounds: new RoundRepository(executor),
  };
}
