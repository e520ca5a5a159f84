import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { COUNTRIES, UN_GROUPS, type UnGroup } from '@strata/core';
import fc from 'fast-check';
import { groupAwareConsensusScore, groupSizes, summariseEndorsements } from './consensus.ts';
import type { PositionKind } from './endorsement-state.ts';

const membersOf = (g: UnGroup) => COUNTRIES.filter((c) => c.unGroup === g).map((c) => c.iso3);
const zero = () => Object.fromEntries(UN_GROUPS.map((g) => [g, 0])) as Record<UnGroup, number>;

/** A group distribution of supporters: 0..10 per group. */
const distribution = fc.tuple(...UN_GROUPS.map(() => fc.integer({ min: 0, max: 10 })));

describe('group-aware consensus', () => {
  test('group sizes come from the reference list: 54/54/23/33/29', () => {
    assert.deepEqual(groupSizes(), {
      african: 54,
      asia_pacific: 54,
      eastern_european: 23,
      latin_american_caribbean: 33,
      western_european_others: 29,
    });
  });

  test('no positions at all: each group contributes 1/2', () => {
    assert.equal(groupAwareConsensusScore(zero(), zero()), 1 / 32);
    const s = summariseEndorsements([]);
    assert.equal(s.status, 'no_positions');
    assert.equal(s.consensusScore, 1 / 32);
  });

  test('worked example: 2 of 3 African, 1 of 1 Asia-Pacific', () => {
    const [a1, a2, a3] = membersOf('african');
    const [p1] = membersOf('asia_pacific');
    const s = summariseEndorsements([
      { countryIso3: a1 as string, kind: 'support' },
      { countryIso3: a2 as string, kind: 'co_sponsor' },
      { countryIso3: a3 as string, kind: 'reservation' },
      { countryIso3: p1 as string, kind: 'support' },
    ]);
    // (2+1)/(3+2) × (1+1)/(1+2) × (1/2)^3
    assert.ok(Math.abs(s.consensusScore - (3 / 5) * (2 / 3) * (1 / 8)) < 1e-12);
    const african = s.perGroup.find((g) => g.group === 'african');
    assert.equal(african?.supporting, 2);
    assert.equal(african?.expressed, 3);
    assert.equal(african?.members, 54);
    assert.ok(Math.abs((african?.supportShare ?? 0) - 2 / 54) < 1e-12);
    assert.deepEqual(s.reservingStates, [a3]);
    assert.equal(s.status, 'no_objection');
    assert.deepEqual(s.groupsWithoutSupport, [
      'eastern_european',
      'latin_american_caribbean',
      'western_european_others',
    ]);
  });

  test('an objection is flagged and breaks consensus; observer States count raw but in no group', () => {
    const [a1] = membersOf('african');
    const s = summariseEndorsements([
      { countryIso3: a1 as string, kind: 'objection' },
      { countryIso3: 'VAT', kind: 'support' },
    ]);
    assert.equal(s.status, 'objected');
    assert.deepEqual(s.objectingStates, [a1]);
    assert.equal(s.raw.expressed, 2);
    assert.equal(s.outsideGroups.supporting, 1);
    assert.equal(
      s.perGroup.reduce((n, g) => n + g.expressed, 0),
      1,
    );
  });

  test('two positions of one state on one version are refused', () => {
    assert.throws(() =>
      summariseEndorsements([
        { countryIso3: 'FRA', kind: 'support' },
        { countryIso3: 'FRA', kind: 'objection' },
      ]),
    );
  });

  test('property: the score lies in (0, 1)', () => {
    fc.assert(
      fc.property(distribution, distribution, (a, extra) => {
        const supporting = zero();
        const expressed = zero();
        UN_GROUPS.forEach((g, i) => {
          supporting[g] = a[i] as number;
          expressed[g] = (a[i] as number) + (extra[i] as number);
        });
        const s = groupAwareConsensusScore(supporting, expressed);
        return s > 0 && s < 1;
      }),
    );
  });

  test('property: the same support spread over two or more groups beats it massed in one', () => {
    fc.assert(
      fc.property(distribution, (a) => {
        const total = a.reduce((x, y) => x + y, 0);
        fc.pre(a.filter((x) => x > 0).length >= 2);
        const spread = zero();
        UN_GROUPS.forEach((g, i) => {
          spread[g] = a[i] as number;
        });
        const massed = zero();
        massed.african = total;
        return groupAwareConsensusScore(spread, spread) > groupAwareConsensusScore(massed, massed);
      }),
    );
  });

  test('property: one more supporter raises the score, one more objector lowers it', () => {
    const kinds: PositionKind[] = ['support', 'co_sponsor', 'reservation', 'objection'];
    const pool = COUNTRIES.filter((c) => c.unGroup !== null).map((c) => c.iso3);
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.constantFrom(...pool), { minLength: 1, maxLength: 60 }),
        fc.array(fc.constantFrom(...kinds), { minLength: 60, maxLength: 60 }),
        (states, ks) => {
          const [newcomer, ...rest] = states as [string, ...string[]];
          const positions = rest.map((iso3, i) => ({ countryIso3: iso3, kind: ks[i] as PositionKind }));
          const base = summariseEndorsements(positions).consensusScore;
          const up = summariseEndorsements([...positions, { countryIso3: newcomer, kind: 'support' }]);
          const down = summariseEndorsements([...positions, { countryIso3: newcomer, kind: 'objection' }]);
          return up.consensusScore > base && down.consensusScore < base && down.status === 'objected';
        },
      ),
    );
  });

  test('property: per-group counts add up to the raw counts (minus observer States)', () => {
    const pool = COUNTRIES.map((c) => c.iso3);
    const kinds: PositionKind[] = ['support', 'co_sponsor', 'reservation', 'objection'];
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.tuple(fc.constantFrom(...pool), fc.constantFrom(...kinds)), {
          selector: (t) => t[0],
          maxLength: 195,
        }),
        (pairs) => {
          const s = summariseEndorsements(pairs.map(([countryIso3, kind]) => ({ countryIso3, kind })));
          for (const key of ['support', 'coSponsor', 'reservation', 'objection', 'expressed'] as const) {
            const sum = s.perGroup.reduce((n, g) => n + g[key], 0) + s.outsideGroups[key];
            if (sum !== s.raw[key]) return false;
          }
          return s.perGroup.every((g) => g.supportShare >= 0 && g.supportShare <= 1);
        },
      ),
    );
  });
});
