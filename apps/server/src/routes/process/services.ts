import { createProcessServices, type ProcessServices } from '@strata/process';
import type { AppContext } from '../../env.ts';

/** The process hub's services of this context, built once by the context (the one way to get them). */
export function processServices(ctx: Pick<AppContext, 'services'>): ProcessServices {
  return ctx.services('process', (db) => createProcessServices(db));
}
