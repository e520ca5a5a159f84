import type { AppContext } from '../../env.ts';
import { createRouter } from '../../router.ts';
import { analysisRoutes } from './analyses.ts';
import { catalogueRoutes } from './catalogue.ts';
import { matrixRoutes } from './matrix.ts';
import { partyRoutes } from './parties.ts';

export { instrumentsServices } from './context.ts';

/** Every route of the global assessment of instruments and standards, mounted at `/api/instruments`. */
export function instrumentsRoutes(ctx: AppContext) {
  return createRouter()
    .route('/', catalogueRoutes(ctx))
    .route('/', matrixRoutes(ctx))
    .route('/', analysisRoutes(ctx))
    .route('/', partyRoutes(ctx));
}
