import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { type LineageEdge, lineageOf, mergeEdges, splitEdges } from './lineage.ts';

describe('merge and split lineage', () => {
  test('merging A and B into C, then splitting C into D and E', () => {
    const edges = [...mergeEdges(['A', 'B'], 'C'), ...splitEdges('C', ['D', 'E'])];
    assert.deepEqual(lineageOf('C', edges), { ancestors: ['A', 'B'], descendants: ['D', 'E'] });
    assert.deepEqual(lineageOf('E', edges).ancestors, ['C', 'A', 'B']);
    assert.deepEqual(lineageOf('A', edges).descendants, ['C', 'D', 'E']);
  });

  test('degenerate merges and splits are refused', () => {
    assert.throws(() => mergeEdges(['A', 'A'], 'C'), /two different/);
    assert.throws(() => mergeEdges(['A', 'C'], 'C'), /itself/);
    assert.throws(() => splitEdges('A', ['B']), /two resulting/);
  });

  test('property: ancestors and descendants are disjoint and mirror each other', () => {
    // Random forward-only graphs (parent index < child index), like real merge/split histories.
    const edges = fc
      .array(fc.tuple(fc.nat(9), fc.nat(9)), { maxLength: 25 })
      .map((pairs) =>
        pairs
          .filter(([a, b]) => a < b)
          .map(([a, b]): LineageEdge => ({ parentId: `p${a}`, childId: `p${b}`, kind: 'merge' })),
      );
    fc.assert(
      fc.property(edges, fc.nat(9), (es, n) => {
        const id = `p${n}`;
        const l = lineageOf(id, es);
        assert.ok(!l.ancestors.includes(id) && !l.descendants.includes(id));
        assert.ok(l.ancestors.every((a) => !l.descendants.includes(a)));
        for (const a of l.ancestors) assert.ok(lineageOf(a, es).descendants.includes(id));
      }),
    );
  });
});
