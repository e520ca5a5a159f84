import { dredgingModule } from './dredging.ts';
import { exchangeModule } from './exchange.ts';
import { instrumentsModule } from './instruments.ts';
import { processModule } from './process.ts';
import { sandModule } from './sand.ts';
import { tailingsModule } from './tailings.ts';
import type { ServerModule } from './types.ts';

export type { ProgressReporter, ServerModule } from './types.ts';

/** The modules of the platform, in the order their migrations run. */
export const MODULES: readonly ServerModule[] = [
  processModule,
  tailingsModule,
  dredgingModule,
  exchangeModule,
  instrumentsModule,
  sandModule,
];
