import type { AppContext } from '../../env.ts';
import { createRouter } from '../../router.ts';
import { processCoreRoutes } from './processes.ts';
import { proposalRoutes } from './proposals.ts';
import { roundRoutes } from './rounds.ts';
import { submissionRoutes } from './submissions.ts';

/** Every route of the process hub, mounted at `/api/process`. */
export function processRoutes(ctx: AppContext) {
  return createRouter()
    .route('/', processCoreRoutes(ctx))
    .route('/', submissionRoutes(ctx))
    .route('/', proposalRoutes(ctx))
    .route('/', roundRoutes(ctx));
}
