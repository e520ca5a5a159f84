import { readFileSync } from 'node:fs';
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

/** The official zones GeoJSON named by the server's settings (STRATA_ZONES_FILE), or null. */
export function configuredZones(ctx: Pick<AppContext, 'config'>): string | null {
  return ctx.config.zonesFile ? readFileSync(ctx.config.zonesFile, 'utf8') : null;
}
