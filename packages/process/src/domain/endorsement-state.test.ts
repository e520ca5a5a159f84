import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { currentPositions, ENDORSEMENT_KINDS, type EndorsementRecord } from './endorsement-state.ts';

const rec = (
  countryIso3: string,
  kind: EndorsementRecord['kind'],
  expressedAt: string,
  sequence: number,
  proposalVersionId = 'v1',
): EndorsementRecord => ({ proposalVersionId, countryIso3, kind, expressedAt, sequence });

describe('endorsement state from append-only records', () => {
  test('the latest record per state and version wins; a withdrawal removes the position', () => {
    const records = [
      rec('FRA', 'support', '2023-09-07', 1),
      rec('FRA', 'objection', '2023-09-08', 2),
      rec('SEN', 'support', '2023-07-05', 3),
      rec('SEN', 'withdrawn', '2023-09-08', 4),
      rec('CHL', 'co_sponsor', '2023-05-17', 5),
      rec('CHL', 'support', '2023-05-17', 6, 'v2'),
    ];
    const now = currentPositions(records);
    assert.deepEqual(
      now.map((p) => [p.proposalVersionId, p.countryIso3, p.kind]),
      [
        ['v1', 'CHL', 'co_sponsor'],
        ['v1', 'FRA', 'objection'],
        ['v2', 'CHL', 'support'],
      ],
    );
  });

  test('a record expressed earlier but recorded later does not override a later expression', () => {
    const now = currentPositions([
      rec('BRA', 'objection', '2023-09-08', 1),
      rec('BRA', 'support', '2023-05-17', 2),
    ]);
    assert.equal(now[0]?.kind, 'objection');
  });

  test('same expression date: recording order decides', () => {
    const now = currentPositions([
      rec('BRA', 'support', '2023-09-08', 2),
      rec('BRA', 'objection', '2023-09-08', 1),
    ]);
    assert.equal(now[0]?.kind, 'support');
  });

  const records = fc
    .array(
      fc.record({
        proposalVersionId: fc.constantFrom('v1', 'v2'),
        countryIso3: fc.constantFrom('FRA', 'SEN', 'CHL', 'THA', 'POL'),
        kind: fc.constantFrom(...ENDORSEMENT_KINDS),
        expressedAt: fc.constantFrom('2023-04-24', '2023-07-31', '2023-09-07'),
      }),
      { maxLength: 40 },
    )
    .map((rs) => rs.map((r, i) => ({ ...r, sequence: i + 1 })));

  test('property: the order the records arrive in does not matter', () => {
    fc.assert(
      fc.property(records, fc.infiniteStream(fc.nat()), (rs, seeds) => {
        const shuffled = [...rs].sort(() => (seeds.next().value % 3) - 1);
        assert.deepEqual(currentPositions(shuffled), currentPositions(rs));
      }),
    );
  });

  test('property: at most one position per state and version, and appending a withdrawal removes it', () => {
    fc.assert(
      fc.property(records, (rs) => {
        const now = currentPositions(rs);
        const keys = now.map((p) => `${p.proposalVersionId}/${p.countryIso3}`);
        assert.equal(new Set(keys).size, keys.length);
        const target = now[0];
        if (!target) return;
        const after = currentPositions([
          ...rs,
          { ...target, kind: 'withdrawn', expressedAt: '2023-12-31', sequence: rs.length + 1 },
        ]);
        assert.equal(after.length, now.length - 1);
        assert.ok(
          !after.some(
            (p) => p.countryIso3 === target.countryIso3 && p.proposalVersionId === target.proposalVersionId,
          ),
        );
      }),
    );
  });
});
