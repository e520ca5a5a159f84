import { createDredgingServices, type DredgingService } from '@strata/dredging';
import type { AppContext } from '../../env.ts';

/** The dredging watch's service of a context, built once by the module's factory. */
export function dredgingService(ctx: Pick<AppContext, 'services'>): DredgingService {
  return ctx.services('dredging', (db, config) => createDredgingServices(db, config)).watch;
}
