import { instrumentsMigrations, seedInstruments } from '@strata/instruments';
import { instrumentsRoutes, instrumentsServices } from '../routes/instruments/index.ts';
import type { ServerModule } from './types.ts';

/** The global assessment of instruments and standards: catalogue, matrix, parties, analyses. */
export const instrumentsModule: ServerModule = {
  name: 'instruments',
  migrations: instrumentsMigrations,
  routes: (ctx) => instrumentsRoutes(ctx),
  /** Seeds the sourced catalogue, the graded matrix columns and the bundled parties lists (idempotent). */
  async seed(ctx, progress) {
    const summary = await seedInstruments(instrumentsServices(ctx), (done, total, note) =>
      progress?.(done, total, note),
    );
    progress?.(
      1,
      1,
      `instruments: ${summary.instruments} instruments, ${summary.cells} cells, ${summary.parties} parties`,
    );
  },
};
