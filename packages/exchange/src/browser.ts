/**
 * The part of `@strata/exchange` that runs in a browser: the closed value lists of the vocabulary (no Node
 * built-ins, no database). The web app imports from `@strata/exchange/browser`, so the lists exist once.
 */

export { DELIVERY_MODES, NOTIFICATION_TOPICS } from './domain/model.ts';
export {
  ITEM_KINDS,
  REGIONS,
  STAGES,
  SUPPORT_KINDS,
  THEMES,
  URGENCIES,
} from './domain/vocabulary.ts';
