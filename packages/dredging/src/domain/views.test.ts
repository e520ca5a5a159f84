import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cellToParent, latLngToCell } from 'h3-js';
import type { Dataset, StoredEvent } from './dataset.ts';
import { countryTotals, hexagonView, monthlySeries, vesselListView } from './views.ts';

const dataset: Dataset = {
  id: 'views-test',
  name: 'Synthetic: views test',
  synthetic: true,
  source: 'test',
  licence: 'test',
  retrieved: '2025-03-01',
  method: 'test',
  countryMethod: 'approximate',
  createdAt: '2025-03-01T00:00:00.000Z',
  summary: {} as Dataset['summary'],
  ownerUserId: null,
  published: true,
};

// Two resolution-7 cells with the same resolution-6 parent, in Dutch waters.
const cellA = latLngToCell(52.1, 4.1, 7);
const parent = cellToParent(cellA, 6);
const event = (
  e: Partial<StoredEvent> & Pick<StoredEvent, 'id' | 'mmsi' | 'start' | 'end'>,
): StoredEvent => ({
  activity: 'dredging',
  lon: 4.1,
  lat: 52.1,
  country: 'NLD',
  countryMethod: 'approximate',
  h3: cellA,
  areas: [],
  inProtectedArea: false,
  cycleId: null,
  volumeM3: null,
  tonnes: null,
  volumeMethod: null,
  ...e,
});
const events: StoredEvent[] = [
  event({
    id: 1,
    mmsi: 900000001,
    start: '2025-01-10T00:00:00.000Z',
    end: '2025-01-10T02:00:00.000Z', // 2 h
    volumeM3: { low: 100, central: 150, high: 200 },
    inProtectedArea: true,
  }),
  event({
    id: 2,
    mmsi: 900000002,
    start: '2025-01-20T00:00:00.000Z',
    end: '2025-01-20T00:30:00.000Z', // 0.5 h
    volumeM3: { low: 10, central: 20, high: 30 },
  }),
  event({
    id: 3,
    mmsi: 900000001,
    start: '2025-02-01T00:00:00.000Z',
    end: '2025-02-01T01:00:00.000Z', // 1 h
    country: null,
    h3: latLngToCell(10, -30, 7),
    volumeM3: { low: 1, central: 2, high: 3 },
  }),
];

describe('dredging views', () => {
  it('folds finer cells into their parent at the asked resolution', () => {
    const view = hexagonView(dataset, events.slice(0, 2), 6);
    // Both events fall in one resolution-6 cell: 100+10, 150+20, 200+30 m³; 2 + 0.5 h; 2 vessels.
    assert.deepEqual(view.cells, [
      {
        h3: parent,
        volumeM3: { low: 110, central: 170, high: 230 },
        dredgingHours: 2.5,
        periods: 2,
        vessels: 2,
        protectedPeriods: 1,
      },
    ]);
    assert.equal(view.dataset.synthetic, true);
  });

  it('totals by country waters, converts to wet tonnes with the saturated density band, and keeps waters of no country apart', () => {
    const view = countryTotals(dataset, events);
    assert.deepEqual(
      view.items.map((i) => i.country),
      ['NLD', null],
    );
    const nld = view.items[0];
    assert.deepEqual(nld.volumeM3, { low: 110, central: 170, high: 230 });
    // Wet tonnes (saturated sand 1.83 / 1.94 / 2.04 t/m³): 110 × 1.83 = 201.3 → 201;
    // 170 × 1.94 = 329.8 → 330; 230 × 2.04 = 469.2 → 469.
    assert.deepEqual(nld.tonnes, { low: 201, central: 330, high: 469 });
    // Protected share of the central volume: 150 / 170 = 0.88235… → 0.882.
    assert.equal(nld.protectedShare, 0.882);
    assert.equal(nld.dredgingHours, 2.5);
    assert.equal(view.items[1].name, 'Outside any country’s waters');
  });

  it('builds the monthly series from the month each period starts in', () => {
    const view = monthlySeries(dataset, events);
    assert.deepEqual(view.items, [
      { month: '2025-01', volumeM3: { low: 110, central: 170, high: 230 }, dredgingHours: 2.5, vessels: 2 },
      { month: '2025-02', volumeM3: { low: 1, central: 2, high: 3 }, dredgingHours: 1, vessels: 1 },
    ]);
  });

  it('lists every stored dredger, with zero for one that did not dredge in the period', () => {
    const vessel = (mmsi: number) => ({
      mmsi,
      imo: null,
      name: `SYNTHETIC ${mmsi}`,
      shipType: 33,
      lengthM: null,
      beamM: null,
      dredgerType: null,
      dredgerTypeSource: null,
      operator: null,
      evidence: [{ kind: 'ais_ship_type' as const, detail: 'type 33' }],
      capacity: null,
    });
    const view = vesselListView(dataset, [vessel(900000001), vessel(900000003)], events);
    // 900000001: 100 + 1, 150 + 2, 200 + 3 m³ over 2 + 1 h.
    assert.deepEqual(view.items[0].volumeM3, { low: 101, central: 152, high: 203 });
    assert.equal(view.items[0].dredgingHours, 3);
    assert.deepEqual(view.items[1].volumeM3, { low: 0, central: 0, high: 0 });
    assert.deepEqual(view.items[1].evidence, ['ais_ship_type']);
  });
});
