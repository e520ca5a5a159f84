import { createSandServices, type SandServices } from '@strata/sand';
import type { AppContext } from '../../env.ts';

/** The sand observatory's services of a context, built once by the module's factory. */
export function sandServices(ctx: Pick<AppContext, 'services'>): SandServices {
  return ctx.services('sand', (db) => createSandServices(db));
}
