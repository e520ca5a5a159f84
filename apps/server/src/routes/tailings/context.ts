import type { Database } from '@strata/db';
import { TailingsRepository, TailingsService } from '@strata/tailings';
import type { AppContext } from '../../env.ts';

const services = new WeakMap<Database, TailingsService>();

/** The tailings service of a context's database (one per database, built on first use). */
export function tailingsService(ctx: Pick<AppContext, 'db'>): TailingsService {
  let service = services.get(ctx.db);
  if (!service) {
    service = new TailingsService(new TailingsRepository(ctx.db));
    services.set(ctx.db, service);
  }
  return service;
}
