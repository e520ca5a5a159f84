import { createTailingsServices, type TailingsServices } from '@strata/tailings';
import type { AppContext } from '../../env.ts';

/** The tailings services of a context, built once by the module's factory. */
export function tailingsServices(ctx: Pick<AppContext, 'services'>): TailingsServices {
  return ctx.services('tailings', (db) => createTailingsServices(db));
}
