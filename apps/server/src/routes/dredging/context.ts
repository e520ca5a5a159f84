import type { Database } from '@strata/db';
import { DredgingRepository, DredgingService } from '@strata/dredging';
import type { AppContext } from '../../env.ts';

const services = new WeakMap<Database, DredgingService>();

/** The dredging service of a context's database (one per database, built on first use). */
export function dredgingService(ctx: Pick<AppContext, 'db'>): DredgingService {
  let service = services.get(ctx.db);
  if (!service) {
    service = new DredgingService(new DredgingRepository(ctx.db));
    services.set(ctx.db, service);
  }
  return service;
}
