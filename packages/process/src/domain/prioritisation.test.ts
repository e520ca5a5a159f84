import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { type BallotContent, type MethodParameters, tally, validateBallot } from './prioritisation.ts';

const ITEMS = ['p1', 'p2', 'p3', 'p4', 'p5', 'p6'];

const approvalBallot = fc
  .subarray(ITEMS)
  .map((approved): BallotContent => ({ method: 'approval', approved }));
const rankedBallot = fc
  .shuffledSubarray(ITEMS)
  .map((ranking): BallotContent => ({ method: 'ranked', ranking }));
const scoreBallot = fc
  .dictionary(fc.constantFrom(...ITEMS), fc.integer({ min: 0, max: 5 }))
  .map((scores): BallotContent => ({ method: 'score', scores: { ...scores } }));
const dotsBallot = (n: number) =>
  fc.array(fc.constantFrom(...ITEMS), { maxLength: n }).map((picks): BallotContent => {
    const dots: Record<string, number> = {};
    for (const id of picks) dots[id] = (dots[id] ?? 0) + 1;
    return { method: 'dots', dots };
  });

const total = (r: ReturnType<typeof tally>) => r.lines.reduce((s, l) => s + l.points, 0);
const pointsOf = (r: ReturnType<typeof tally>, id: string) =>
  r.lines.find((l) => l.itemId === id)?.points ?? 0;
const shuffle = <T>(xs: readonly T[]) =>
  fc.shuffledSubarray(xs as T[], { minLength: xs.length, maxLength: xs.length });

describe('prioritisation methods', () => {
  test('approval: worked example with a tie sharing rank 1', () => {
    const r = tally(
      { method: 'approval' },
      ['a', 'b', 'c'],
      [
        { method: 'approval', approved: ['a', 'b'] },
        { method: 'approval', approved: ['b', 'a'] },
        { method: 'approval', approved: ['c'] },
      ],
    );
    assert.deepEqual(
      r.lines.map((l) => [l.itemId, l.points, l.rank]),
      [
        ['a', 2, 1],
        ['b', 2, 1],
        ['c', 1, 3],
      ],
    );
    assert.match(r.rule, /Approval/);
  });

  test('ranked: Borda with the average rule for a partial ranking', () => {
    // 4 items; ballot ranks b then a: b=3, a=2, c and d share positions 3 and 4 → (1+0)/2 = 0.5 each.
    const r = tally({ method: 'ranked' }, ['a', 'b', 'c', 'd'], [{ method: 'ranked', ranking: ['b', 'a'] }]);
    assert.deepEqual(
      r.lines.map((l) => [l.itemId, l.points]),
      [
        ['b', 3],
        ['a', 2],
        ['c', 0.5],
        ['d', 0.5],
      ],
    );
    assert.match(r.rule, /share equally/);
  });

  test('score and dots: invalid ballots are refused with the failing field', () => {
    const score: MethodParameters = { method: 'score', maxScore: 5 };
    assert.deepEqual(
      validateBallot(score, ITEMS, { method: 'score', scores: { p1: 6 } }).map((i) => i.path),
      ['scores.p1'],
    );
    const dots: MethodParameters = { method: 'dots', dots: 3, maxPerItem: 2 };
    const issues = validateBallot(dots, ITEMS, { method: 'dots', dots: { p1: 3, p2: 1, zz: 0 } });
    assert.deepEqual(issues.map((i) => i.path).sort(), ['dots', 'dots', 'dots.p1']);
    assert.deepEqual(
      validateBallot({ method: 'approval' }, ITEMS, { method: 'approval', approved: ['p1', 'p1'] }).map(
        (i) => i.message,
      ),
      ['p1 appears twice'],
    );
    assert.throws(() => tally(dots, ITEMS, [{ method: 'dots', dots: { p1: 5 } }]), /Invalid ballot/);
  });

  test('property (approval): total = sum of approvals; no item exceeds the ballots; order-free', () => {
    fc.assert(
      fc.property(
        fc.array(approvalBallot, { maxLength: 30 }).chain((bs) => fc.tuple(fc.constant(bs), shuffle(bs))),
        ([bs, perm]) => {
          const r = tally({ method: 'approval' }, ITEMS, bs);
          assert.equal(
            total(r),
            bs.reduce((s, b) => s + (b.method === 'approval' ? b.approved.length : 0), 0),
          );
          assert.ok(r.lines.every((l) => l.points <= bs.length && l.points === l.ballotsFor));
          assert.deepEqual(tally({ method: 'approval' }, ITEMS, perm).lines, r.lines);
        },
      ),
    );
  });

  test('property (ranked): every ballot gives n(n−1)/2 points; a ranked item beats the unranked', () => {
    const n = ITEMS.length;
    fc.assert(
      fc.property(fc.array(rankedBallot, { maxLength: 30 }), rankedBallot, (bs, one) => {
        const r = tally({ method: 'ranked' }, ITEMS, bs);
        assert.equal(total(r), (bs.length * n * (n - 1)) / 2);
        const single = tally({ method: 'ranked' }, ITEMS, [one]);
        if (one.method !== 'ranked') return;
        const unranked = ITEMS.filter((id) => !one.ranking.includes(id));
        for (const id of one.ranking)
          for (const u of unranked) assert.ok(pointsOf(single, id) > pointsOf(single, u));
        for (let i = 1; i < one.ranking.length; i++)
          assert.ok(
            pointsOf(single, one.ranking[i - 1] as string) > pointsOf(single, one.ranking[i] as string),
          );
      }),
    );
  });

  test('property (ranked): moving an item up on one ballot never lowers its points (monotonicity)', () => {
    fc.assert(
      fc.property(
        fc.array(rankedBallot, { maxLength: 20 }),
        fc.shuffledSubarray(ITEMS, { minLength: 2 }),
        (bs, ranking) => {
          const moved = ranking[ranking.length - 1] as string;
          const promoted = [moved, ...ranking.slice(0, -1)];
          const before = tally({ method: 'ranked' }, ITEMS, [...bs, { method: 'ranked', ranking }]);
          const after = tally({ method: 'ranked' }, ITEMS, [...bs, { method: 'ranked', ranking: promoted }]);
          assert.ok(pointsOf(after, moved) > pointsOf(before, moved));
          assert.equal(total(after), total(before));
        },
      ),
    );
  });

  test('property (score 0–5): each item gets 0..5 × ballots; the total is the sum of all scores', () => {
    const p: MethodParameters = { method: 'score', maxScore: 5 };
    fc.assert(
      fc.property(fc.array(scoreBallot, { maxLength: 30 }), (bs) => {
        const r = tally(p, ITEMS, bs);
        assert.ok(r.lines.every((l) => l.points >= 0 && l.points <= 5 * bs.length));
        const sum = bs.reduce(
          (s, b) => s + (b.method === 'score' ? Object.values(b.scores).reduce((x, y) => x + y, 0) : 0),
          0,
        );
        assert.equal(total(r), sum);
        assert.ok(r.lines.every((l) => l.meanPoints <= 5));
      }),
    );
  });

  test('property (dots): total dots ≤ N × ballots; ranks are sorted and ties share a rank', () => {
    const N = 5;
    const p: MethodParameters = { method: 'dots', dots: N };
    fc.assert(
      fc.property(fc.array(dotsBallot(N), { maxLength: 30 }), (bs) => {
        const r = tally(p, ITEMS, bs);
        assert.ok(total(r) <= N * bs.length);
        for (let i = 1; i < r.lines.length; i++) {
          const a = r.lines[i - 1];
          const b = r.lines[i];
          if (!a || !b) continue;
          assert.ok(a.points >= b.points);
          assert.equal(b.rank, a.points === b.points ? a.rank : i + 1);
        }
      }),
    );
  });

  test('property (dots): a ballot over N dots is always refused', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10 }), fc.integer({ min: 1, max: 10 }), (n, extra) => {
        const issues = validateBallot({ method: 'dots', dots: n }, ITEMS, {
          method: 'dots',
          dots: { p1: n, p2: extra },
        });
        assert.ok(issues.some((i) => i.path === 'dots'));
      }),
    );
  });
});
