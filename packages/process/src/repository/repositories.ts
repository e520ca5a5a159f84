import type { Executor, UnitOfWork } from '@strata/db';
import { DemoRepository } from './demo-repository.ts';
import { ProcessRepository } from './process-repository.ts';
import { ProposalRepository } from './proposal-repository.ts';
import { RoundRepository } from './round-repository.ts';

/** The process hub's repositories, bound together to the database or to one transaction. */
export interface ProcessRepositories {
  demo: DemoRepository;
  processes: ProcessRepository;
  proposals: ProposalRepository;
  rounds: RoundRepository;
}

/** What every process service receives: its repositories behind one unit of work. */
export type ProcessWork = UnitOfWork<ProcessRepositories>;

/** Binds the process hub's repositories to an executor (the database, or one transaction). */
export function bindProcessRepositories(executor: Executor): ProcessRepositories {
  return {
    demo: new DemoRepository(executor),
    processes: new ProcessRepository(executor),
    proposals: new ProposalRepository(executor),
    rounds: new RoundRepository(executor),
  };
}
