import type { ExchangeServices } from '@strata/exchange';
import { createRouter } from '../../router.ts';
import { attachmentRoutes } from './attachments.ts';
import { boardRoutes } from './board.ts';
import { forumRoutes } from './forum.ts';
import { libraryRoutes } from './library.ts';

/** Every route of knowledge exchange, mounted at `/api/exchange`. */
export function exchangeRoutes(ex: ExchangeServices) {
  return createRouter()
    .route('/', forumRoutes(ex))
    .route('/', boardRoutes(ex))
    .route('/', libraryRoutes(ex))
    .route('/', attachmentRoutes(ex));
}
