import type { Database } from '@strata/db';
import { ProcessRepository } from './repository/process-repository.ts';
import { ProposalRepository } from './repository/proposal-repository.ts';
import { RoundRepository } from './repository/round-repository.ts';
import { EndorsementService } from './service/endorsement-service.ts';
import { ProcessService } from './service/process-service.ts';
import { ProposalService } from './service/proposal-service.ts';
import { RoundService } from './service/round-service.ts';
import { SubmissionService } from './service/submission-service.ts';

export * from './domain/index.ts';
export { processMigrations } from './migrations.ts';
export * from './repository/index.ts';
export * from './service/index.ts';

/** The process hub's services, built on one database. */
export interface ProcessServices {
  processes: ProcessService;
  submissions: SubmissionService;
  proposals: ProposalService;
  endorsements: EndorsementService;
  rounds: RoundService;
}

/**
 * Builds the process hub's services. `now` is injectable so tests can move the clock past deadlines.
 *
 * @example const hub = createProcessServices(db); await hub.proposals.listProposals('unea-5-12');
 */
export function createProcessServices(db: Database, now: () => Date = () => new Date()): ProcessServices {
  const processRepo = new ProcessRepository(db);
  const proposalRepo = new ProposalRepository(db);
  const roundRepo = new RoundRepository(db);
  return {
    processes: new ProcessService(processRepo, now),
    submissions: new SubmissionService(processRepo, now),
    proposals: new ProposalService(processRepo, proposalRepo, now),
    endorsements: new EndorsementService(processRepo, proposalRepo, now),
    rounds: new RoundService(processRepo, proposalRepo, roundRepo, now),
  };
}
export * from './seed.ts';
