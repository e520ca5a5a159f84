import assert from 'node:assert/strict';
import { describe, it, test } from 'node:test';
import { ballotItemTitle, buildBallot } from './ballot.ts';

const items = ['a', 'b', 'c'];

describe('ballot form', () => {
  it('approval keeps the ticked items', () => {
    assert.deepEqual(buildBallot('approval', items, { a: '1', b: '', c: '1' }), {
      ballot: { method: 'approval', approved: ['a', 'c'] },
    });
  });
  it('ranked orders by rank and leaves blanks unranked; equal ranks are refused', () => {
    assert.deepEqual(buildBallot('ranked', items, { a: '2', b: '', c: '1' }), {
      ballot: { method: 'ranked', ranking: ['c', 'a'] },
    });
    assert.deepEqual(buildBallot('ranked', items, { a: '1', c: '1' }), {
      problem: 'process.ballot.distinctRanks',
    });
  });
  it('score and dots leave out zeros and refuse fractions', () => {
    assert.deepEqual(buildBallot('dots', items, { a: '3', b: '0', c: '' }), {
      ballot: { method: 'dots', dots: { a: 3 } },
    });
    assert.deepEqual(buildBallot('score', items, { a: '2.5' }), { problem: 'process.ballot.wholeNumbers' });
  });
});

test('a ballot shows the title in the reader’s language, else the first (official) one', () => {
  const titles = [
    { language: 'en', title: 'Traceability of minerals' },
    { language: 'fr', title: 'Traçabilité des minéraux' },
  ];
  assert.equal(ballotItemTitle(titles, 'fr-FR'), 'Traçabilité des minéraux');
  assert.equal(ballotItemTitle(titles, 'ar'), 'Traceability of minerals');
  assert.equal(ballotItemTitle([], 'en'), null);
});
