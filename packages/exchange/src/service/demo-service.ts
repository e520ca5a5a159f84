import { type Actor, authorize } from '@strata/core';
import type { UnitOfWork } from '@strata/db';
import type { DemoRemoval } from '../repository/demo-repository.ts';
import type { ExchangeRepos } from './ports.ts';

/** Demo content: every exchange record marked demo goes with one call (`strata exchange demo-remove`). */
export class DemoService {
  constructor(private readonly work: UnitOfWork<ExchangeRepos>) {}

  /** Removes all demo records in one transaction, audited with the counts (secretariat, or the system). */
  async remove(actor: Actor | null): Promise<DemoRemoval> {
    authorize(actor, 'exchange.demo.remove');
    return this.work.run(async (repos, tx) => {
      const removed = await repos.demo.removeDemo();
      await tx.audit({
        actor,
        action: 'exchange.demo.remove',
        entity: 'exchange_demo',
        entityId: 'demo',
        before: null,
        after: removed,
      });
      return removed;
    });
  }
}
