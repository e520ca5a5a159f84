import { createUnitOfWork, type Database } from '@strata/db';
import { bindProcessRepositories } from './repository/repositories.ts';
import { CallService } from './service/call-service.ts';
import { DemoService } from './service/demo-service.ts';
import { EndorsementService } from './service/endorsement-service.ts';
import { MeetingService } from './service/meeting-service.ts';
import { ProcessService } from './service/process-service.ts';
import { ProposalService } from './service/proposal-service.ts';
import { RoundService } from './service/round-service.ts';
import { SubmissionService } from './service/submission-service.ts';

export * from './demo-seed.ts';
export * from './domain/index.ts';
export { processMigrations } from './migrations.ts';
export * from './repository/index.ts';
export * from './seed.ts';
export * from './service/index.ts';

/** The process hub's services, built on one unit of work. */
export interface ProcessServices {
  processes: ProcessService;
  meetings: MeetingService;
  calls: CallService;
  submissions: SubmissionService;
  proposals: ProposalService;
  endorsements: EndorsementService;
  rounds: RoundService;
  demo: DemoService;
}

/** Options of {@link createProcessServices}. */
export interface ProcessServicesOptions {
  /** The clock (default: the system clock); tests move it past deadlines. */
  now?: () => Date;
}

/**
 * Builds the process hub's services: the one way the server, the CLI and the tests get them.
 *
 * @example const hub = createProcessServices(db); await hub.proposals.listProposals('unea-5-12');
 */
export function createProcessServices(db: Database, options: ProcessServicesOptions = {}): ProcessServices {
  const work = createUnitOfWork(db, bindProcessRepositories);
  const now = options.now ?? (() => new Date());
  const proposals = new ProposalService(work, now);
  return {
    processes: new ProcessService(work, now),
    meetings: new MeetingService(work),
    calls: new CallService(work, now),
    submissions: new SubmissionService(work, now),
    proposals,
    endorsements: new EndorsementService(work, now, proposals),
    rounds: new RoundService(work, now),
    demo: new DemoService(work),
  };
}
export * from './presenters/csv.ts';

/** What {@link processServicesOf} needs of an application context (the server's or the CLI's). */
export interface ServiceRegistry {
  services<T>(name: string, build: (db: Database) => T): T;
}

/**
 * The hub's services of an application context, built once per context under the name `process`:
 * the server's routes, its seed and the CLI all get them here.
 */
export function processServicesOf(ctx: ServiceRegistry): ProcessServices {
  return ctx.services('process', (db) => createProcessServices(db));
}
