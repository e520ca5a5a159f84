import type { ExchangeMatch } from '@strata/server/api-types';

/** The life cycle of a match, in order (the API's `state` values). */
export const MATCH_STATES = [
  'proposed',
  'in_contact',
  'agreed',
  'delivered',
  'closed',
] as const satisfies readonly ExchangeMatch['state'][];

/**
 * Where a match may go from `state`, as the server allows it: the next state, or closed from any open one.
 * The server checks every move again (409 otherwise); this only offers the moves it will accept.
 */
export function movesFrom(state: ExchangeMatch['state']): ExchangeMatch['state'][] {
  if (state === 'closed') return [];
  const next = MATCH_STATES[MATCH_STATES.indexOf(state) + 1];
  return next === 'closed' ? ['closed'] : [next, 'closed'];
}
