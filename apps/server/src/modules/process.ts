import type { ServerModule } from './types.ts';

/** The process module's routes, migrations and seed data. */
export const processModule: ServerModule = {
  name: 'process',
  migrations: [],
};
