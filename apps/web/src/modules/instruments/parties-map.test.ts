import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { InstrumentParticipation } from '@strata/server/api-types';
import { standingOf, standingsByM49 } from './parties-map.ts';

const row = (iso3: string, consentDate: string | null, entryIntoForce: string | null = null) =>
  ({
    instrument: 't',
    countryIso3: iso3,
    consentKind: null,
    consentDate,
    signatureDate: '2013-10-10',
    entryIntoForce,
    source: 'list',
    sourceUrl: null,
    listDate: '2020-10',
  }) satisfies InstrumentParticipation;

describe('parties map', () => {
  it('colours a State bound by consent or entry into force as a party, a signatory alone apart', () => {
    assert.equal(standingOf(row('BRA', '2017-08-08')), 'party');
    assert.equal(standingOf(row('BRA', null, '2017-08-16')), 'party');
    assert.equal(standingOf(row('BRA', null)), 'signatory');
  });

  it('keys standings by M49 and leaves out codes the country list lacks (the European Union)', () => {
    const byIso3 = new Map([
      ['BRA', { m49: '076' }],
      ['USA', { m49: '840' }],
    ]) as unknown as Parameters<typeof standingsByM49>[1]['byIso3'];
    const m = standingsByM49([row('BRA', '2017-08-08'), row('USA', null), row('EUU', '2017-05-18')], {
      byIso3,
    });
    assert.deepEqual(
      [...m],
      [
        ['076', 'party'],
        ['840', 'signatory'],
      ],
    );
  });
});
