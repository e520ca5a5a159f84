import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MATCH_STATES as DOMAIN_STATES, nextStates } from '@strata/exchange/domain';
import { MATCH_STATES, movesFrom } from './match-moves.ts';

describe('match moves offered by the web', () => {
  it('lists the life cycle in the order of the domain', () => {
    assert.deepEqual([...MATCH_STATES], [...DOMAIN_STATES]);
  });

  it('offers exactly the moves the server accepts, from every state', () => {
    for (const state of DOMAIN_STATES) assert.deepEqual(movesFrom(state), nextStates(state), state);
  });

  it('offers the next state and closing from an open match, nothing once closed', () => {
    assert.deepEqual(movesFrom('proposed'), ['in_contact', 'closed']);
    assert.deepEqual(movesFrom('delivered'), ['closed']);
    assert.deepEqual(movesFrom('closed'), []);
  });
});
