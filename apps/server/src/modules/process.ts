import { processMigrations, processServicesOf, seedProcessHub } from '@strata/process';
import { processRoutes } from '../routes/process/index.ts';
import type { ServerModule } from './types.ts';

/** The process module's routes, migrations and seed data. */
export const processModule: ServerModule = {
  name: 'process',
  migrations: processMigrations,
  routes: (ctx) => processRoutes(ctx),
  /**
   * Seeds the UNEA 5/12 process from the report (meetings, the call, clusters, published totals) and a
   * separate demonstration process whose proposals, positions and ballots are fictional and marked demo.
   * Idempotent: what exists is left alone.
   */
  async seed(ctx, progress) {
    await seedProcessHub(processServicesOf(ctx), progress);
  },
};
