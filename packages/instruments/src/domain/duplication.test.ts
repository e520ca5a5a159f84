import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SeededRandom } from '@strata/core';
import { duplicationClusters, duplicationPairs } from './duplication.ts';
import { CELLS_PER_INSTRUMENT, cellIndex } from './vocabulary.ts';

function column(weights: Record<number, number>): Int8Array {
  const c = new Int8Array(CELLS_PER_INSTRUMENT).fill(-1);
  for (const [i, w] of Object.entries(weights)) c[Number(i)] = w;
  return c;
}
const WX = cellIndex('water', 'extraction');
const AX = cellIndex('air', 'extraction');
const WP = cellIndex('waste_tailings', 'processing');

// T: water×extraction 2, waste×processing 1.   S: water×extraction 3, air×extraction 2, waste×processing 2.
// X: the same column as T.
// J(T,S) = (min(2,3) + min(0,2) + min(1,2)) / (max(2,3) + max(0,2) + max(1,2)) = (2+0+1)/(3+2+2) = 3/7.
const COLUMNS = new Map([
  ['T', column({ [WX]: 2, [WP]: 1 })],
  ['S', column({ [WX]: 3, [AX]: 2, [WP]: 2 })],
  ['X', column({ [WX]: 2, [WP]: 1 })],
]);

describe('duplication pairs (weighted Jaccard)', () => {
  const pairs = duplicationPairs(COLUMNS, 10);

  it('ranks identical columns first, with similarity 1', () => {
    assert.deepEqual([pairs[0].a, pairs[0].b, pairs[0].similarity], ['T', 'X', 1]);
  });

  it('gives 3/7 for the hand-computed pair and lists the cells both address', () => {
    const st = pairs.find((p) => p.a === 'S' && p.b === 'T');
    assert.ok(st);
    assert.equal(st.similarity, 3 / 7);
    // Matrix order: the water row comes before the waste_tailings row.
    assert.deepEqual(st.sharedCells, [
      { issue: 'water', stage: 'extraction', gradeA: 'verified_requirement', gradeB: 'requirement' },
      { issue: 'waste_tailings', stage: 'processing', gradeA: 'requirement', gradeB: 'mentioned' },
    ]);
  });

  it('keeps only the requested number of pairs, the strongest', () => {
    assert.deepEqual(
      duplicationPairs(COLUMNS, 1).map((p) => [p.a, p.b]),
      [['T', 'X']],
    );
  });

  it('leaves out pairs that share no addressed cell', () => {
    const apart = new Map([
      ['A', column({ [WX]: 3 })],
      ['B', column({ [AX]: 3 })],
    ]);
    assert.deepEqual(duplicationPairs(apart), []);
  });

  it('clusters instruments linked above the threshold', () => {
    assert.deepEqual(duplicationClusters(pairs, 0.5), [['T', 'X']]);
    assert.deepEqual(duplicationClusters(pairs, 0.4), [['S', 'T', 'X']]);
  });

  it('agrees with the formula computed cell by cell on random columns (bit sets vs. plain sums)', () => {
    const random = new SeededRandom(512);
    const columns = new Map<string, Int8Array>();
    for (let k = 0; k < 30; k++) {
      const c = new Int8Array(CELLS_PER_INSTRUMENT);
      for (let i = 0; i < c.length; i++) c[i] = Math.floor(random.next() * 5) - 1; // −1 ungraded … 3
      columns.set(`i${String(k).padStart(2, '0')}`, c);
    }
    for (const p of duplicationPairs(columns, 435)) {
      const a = columns.get(p.a) as Int8Array;
      const b = columns.get(p.b) as Int8Array;
      let min = 0;
      let max = 0;
      for (let i = 0; i < a.length; i++) {
        min += Math.min(Math.max(a[i], 0), Math.max(b[i], 0));
        max += Math.max(a[i], b[i], 0);
      }
      assert.ok(Math.abs(p.similarity - min / max) < 1e-12, `${p.a}-${p.b}`);
    }
  });
});
