import type { Database } from '@strata/db';
import { createProcessServices, type ProcessServices } from '@strata/process';
import type { AppContext } from '../../env.ts';

const services = new WeakMap<Database, ProcessServices>();

/** The process hub's services for this context's database (built once per database). */
export function processServices(ctx: Pick<AppContext, 'db'>): ProcessServices {
  let hub = services.get(ctx.db);
  if (!hub) {
    hub = createProcessServices(ctx.db);
    services.set(ctx.db, hub);
  }
  return hub;
}
