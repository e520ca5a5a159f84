import { ConflictError, ValidationError } from '@strata/core';

/** The life of a match between a need and an offer, in order. */
export const MATCH_STATES = ['proposed', 'in_contact', 'agreed', 'delivered', 'closed'] as const;
export type MatchState = (typeof MATCH_STATES)[number];

/**
 * The states a match may move to from `from`: the next one in order, or `closed` from any open state
 * (a match may end early, e.g. declined, always with an outcome). Closed is final.
 */
export function nextStates(from: MatchState): MatchState[] {
  if (from === 'closed') return [];
  const next = MATCH_STATES[MATCH_STATES.indexOf(from) + 1] as MatchState;
  return next === 'closed' ? ['closed'] : [next, 'closed'];
}

/**
 * Checks a move of a match. Throws a ConflictError for a move the order does not allow and a
 * ValidationError when closing without an outcome.
 *
 * @example assertMatchMove('proposed', 'in_contact', null)
 */
export function assertMatchMove(from: MatchState, to: MatchState, outcome: string | null): void {
  if (!nextStates(from).includes(to)) {
    throw new ConflictError(
      `A match cannot move from ${from} to ${to} (allowed: ${nextStates(from).join(', ') || 'none'}).`,
    );
  }
  if (to === 'closed' && !outcome?.trim()) {
    throw new ValidationError('Closing a match needs its outcome.', [
      { path: 'outcome', message: 'required when closing' },
    ]);
  }
}
