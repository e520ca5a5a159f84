import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decomposeDifference } from './comparison.ts';

describe('the headline comparison', () => {
  it('leaves what no source measures as unknown and subtracts bound against bound', () => {
    const d = decomposeDifference({ low: 27e9, central: 28e9, high: 30e9 }, null);
    // 50 Gt − 30 Gt = 20 Gt at the low end; 50 − 28 = 22 central; 50 − 27 = 23 high.
    assert.deepEqual(d.unexplained, { low: 20e9, central: 22e9, high: 23e9 });
    assert.deepEqual(
      d.parts.filter((p) => p.value === null).map((p) => p.part),
      ['fill-and-reclamation', 'industrial-sand', 'marine', 'unreported'],
    );
  });

  it('counts the marine layer as a known part when it has a figure', () => {
    const d = decomposeDifference(
      { low: 28e9, central: 28e9, high: 28e9 },
      { low: 1e9, central: 2e9, high: 3e9 },
    );
    assert.deepEqual(d.unexplained, { low: 19e9, central: 20e9, high: 21e9 });
    assert.equal(d.parts.find((p) => p.part === 'marine')?.basis, 'the marine dredging watch');
  });
});
