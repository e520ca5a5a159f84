import type { ServerModule } from './types.ts';

/** The tailings module's routes, migrations and seed data. */
export const tailingsModule: ServerModule = {
  name: 'tailings',
  migrations: [],
};
