import type { AppContext } from '../../env.ts';
import { createRouter } from '../../router.ts';
import { facilityRoutes } from './facilities.ts';
import { knowledgeRoutes } from './knowledge.ts';
import { workflowRoutes } from './workflow.ts';

export { tailingsServices } from './context.ts';

/** The tailings portal's API, mounted at `/api/tailings`. */
export function tailingsRoutes(ctx: AppContext) {
  return createRouter()
    .route('/', facilityRoutes(ctx))
    .route('/', workflowRoutes(ctx))
    .route('/', knowledgeRoutes(ctx));
}
