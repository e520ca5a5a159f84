import type { ServerModule } from './types.ts';

/** The dredging module's routes, migrations and seed data. */
export const dredgingModule: ServerModule = {
  name: 'dredging',
  migrations: [],
};
