import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { type NeedProfile, type OfferProfile, scoreMatch } from './matching.ts';

// Brazil is in the Latin American and Caribbean group (UN regional groups).
const need: NeedProfile = {
  countryIso3: 'BRA',
  theme: 'water',
  stage: 'extraction',
  kind: 'technical_assistance',
  neededBy: '2027-06-30',
};
const offer: OfferProfile = {
  themes: ['water', 'tailings'],
  stages: ['processing'],
  kinds: ['technical_assistance', 'training'],
  regions: ['african'],
  capacityLeft: 3,
  availableFrom: '2027-01-01',
  availableUntil: '2027-12-31',
};
const TODAY = '2026-12-04';

describe('matching score', () => {
  test('theme and kind fit, stage and region do not: 0.30 + 0.25 + 0.10 = 0.65, proposed', () => {
    const s = scoreMatch(need, offer, TODAY);
    assert.equal(s.total, 0.65);
    assert.equal(s.proposed, true);
    assert.deepEqual(
      s.dimensions.map((d) => [d.dimension, d.score, d.reason]),
      [
        ['theme', 1, 'theme_offered'],
        ['kind', 1, 'kind_offered'],
        ['region', 0, 'region_not_served'],
        ['stage', 0, 'stage_not_offered'],
        ['availability', 1, 'available'],
      ],
    );
    const region = s.dimensions.find((d) => d.dimension === 'region');
    assert.equal(region?.need, 'latin_american_caribbean');
  });

  test('every dimension fits: 1.00', () => {
    const s = scoreMatch(need, { ...offer, stages: [], regions: ['global'] }, TODAY);
    assert.equal(s.total, 1);
    assert.deepEqual(
      s.dimensions.filter((d) => d.dimension === 'region' || d.dimension === 'stage').map((d) => d.reason),
      ['region_global', 'stage_any_offered'],
    );
  });

  test('a high total without the needed kind of support is not proposed', () => {
    // theme 0.30 + region 0.20 + stage 0.15 + availability 0.10 = 0.75, but kind does not fit
    const s = scoreMatch(
      need,
      { ...offer, kinds: ['financial_support'], stages: [], regions: ['global'] },
      TODAY,
    );
    assert.equal(s.total, 0.75);
    assert.equal(s.proposed, false);
  });

  test('availability: used capacity, an ended offer and a late start each say why', () => {
    const reason = (o: Partial<OfferProfile>) =>
      scoreMatch(need, { ...offer, ...o }, TODAY).dimensions.find((d) => d.dimension === 'availability')
        ?.reason;
    assert.equal(reason({ capacityLeft: 0 }), 'capacity_used');
    assert.equal(reason({ availableUntil: '2026-11-30' }), 'offer_ended');
    assert.equal(reason({ availableFrom: '2027-07-01' }), 'starts_too_late');
    // theme 0.30 + kind 0.25 = 0.55 < 0.6 once availability fails too
    assert.equal(scoreMatch(need, { ...offer, capacityLeft: 0 }, TODAY).proposed, false);
  });
});
