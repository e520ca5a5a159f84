import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { vesselListPage, vesselMatches } from './vessel-list.ts';

// Fictional rows: MMSIs in the 9xx range no ship is assigned, names that say synthetic.
const row = (mmsi: number, name: string | null, central: number, hours = 1, imo: number | null = null) => ({
  mmsi,
  imo,
  name,
  operator: name ? 'Synthetic Dredging Société' : null,
  volumeM3: { central },
  dredgingHours: hours,
});
const rows = [
  row(990000001, 'SYNTH ÉTOILE', 500, 3, 9000001),
  row(990000002, 'SYNTH ALPHA', 2000, 1),
  row(990000003, null, 1000, 2),
  row(990000004, 'synth beta', 2000, 5),
];

describe('vessel list: search, order, paging', () => {
  it('finds by words of the name or operator, accents and case ignored, and by MMSI or IMO digits', () => {
    assert.ok(vesselMatches(rows[0], 'etoile'));
    assert.ok(vesselMatches(rows[0], 'societe synth'));
    assert.ok(vesselMatches(rows[0], '9000001'));
    assert.ok(vesselMatches(rows[2], '990000003'));
    assert.ok(!vesselMatches(rows[2], 'synth'));
    assert.ok(!vesselMatches(rows[1], 'alpha gamma'));
  });

  it('orders by volume, largest first, ties by MMSI, by default', () => {
    const page = vesselListPage(rows, { limit: 10, offset: 0 });
    assert.deepEqual(
      page.items.map((r) => r.mmsi),
      [990000002, 990000004, 990000003, 990000001],
    );
  });

  it('orders names case-folded with unnamed vessels last, either way', () => {
    const up = vesselListPage(rows, { sort: 'name', limit: 10, offset: 0 }).items.map((r) => r.name);
    assert.deepEqual(up, ['SYNTH ALPHA', 'synth beta', 'SYNTH ÉTOILE', null]);
    const down = vesselListPage(rows, { sort: '-name', limit: 10, offset: 0 }).items.map((r) => r.name);
    assert.deepEqual(down, ['SYNTH ÉTOILE', 'synth beta', 'SYNTH ALPHA', null]);
  });

  it('pages the matching rows and counts them all', () => {
    const first = vesselListPage(rows, { q: 'synth', sort: 'hours', limit: 2, offset: 0 });
    const second = vesselListPage(rows, { q: 'synth', sort: 'hours', limit: 2, offset: 2 });
    assert.equal(first.total, 3);
    assert.deepEqual(
      [...first.items, ...second.items].map((r) => r.dredgingHours),
      [1, 3, 5],
    );
  });
});
