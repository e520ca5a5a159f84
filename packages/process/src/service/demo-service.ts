import { FICTIONAL_STATES } from '@strata/core';
import { DEMO_PROCESS } from '../domain/states.ts';
import type { RemovedRows } from '../repository/demo-repository.ts';
import type { ProcessWork } from '../repository/repositories.ts';

/**
 * The demonstration process's life: its fictional States, its removal with one command, and the choice
 * not to seed it again. Only the system (the command line, the seed) calls these.
 */
export class DemoService {
  constructor(private readonly work: ProcessWork) {}

  /** When the demonstration was removed, or null when it may be seeded. */
  removedAt(): Promise<Date | null> {
    return this.work.read.demo.removedAt();
  }

  /** Adds the fictional States to the country table before demo records name them. */
  async prepareStates(): Promise<void> {
    await this.work.run((repos) => repos.demo.upsertStates(FICTIONAL_STATES));
  }

  /**
   * Removes the demonstration process, everything recorded in it and the fictional States, in one
   * transaction with one audit row. `keepRemoved` (the command's default) stops later starts from seeding
   * it again; without it the seed replaces it (how an older demo made with real States is replaced).
   */
  async remove(options: { system: true; keepRemoved: boolean }): Promise<RemovedRows> {
    return this.work.run(async (repos, tx) => {
      const removed = await repos.demo.removeProcess(DEMO_PROCESS, FICTIONAL_STATES);
      if (options.keepRemoved) await repos.demo.markRemoved();
      await tx.audit({
        actor: null,
        action: 'process.demo.remove',
        entity: 'process_process',
        entityId: DEMO_PROCESS,
        before: removed,
        after: { keepRemoved: options.keepRemoved },
      });
      return removed;
    });
  }

  /** Lets the seed add the demonstration again (after a removal). */
  async allow(options: { system: true }): Promise<void> {
    void options;
    await this.work.run(async (repos, tx) => {
      await repos.demo.clearRemoved();
      await tx.audit({
        actor: null,
        action: 'process.demo.restore',
        entity: 'process_process',
        entityId: DEMO_PROCESS,
        before: null,
        after: null,
      });
    });
  }
}
