import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadEezGrid } from '../zones/eez.ts';
import { createLocator } from '../zones/locate.ts';
import { analyseTracks } from './analyse.ts';
import { columnsFromPositions } from './columns.ts';
import { buildEvents, buildSummary } from './output.ts';
import { collectStatics, parseRegistryCsv } from './registry.ts';
import { DEMO_SITES, generateScenario, scenarioOptions } from './scenario.ts';

describe('events and summary', () => {
  const s = generateScenario(
    scenarioOptions({ seed: 3, days: 4, sites: DEMO_SITES, hoppers: 3, cutters: 1 }),
  );
  const result = analyseTracks(
    columnsFromPositions(s.positions),
    collectStatics(s.statics).values(),
    parseRegistryCsv(s.registryCsv).entries,
  );
  const events = buildEvents(result, createLocator({ eez: loadEezGrid() }));
  const summary = buildSummary(result, events, 'approximate');

  it('writes one event per period with the issue 4 fields', () => {
    assert.equal(events.length, result.periods.length);
    const e = events.find((x) => x.activity === 'dredging')!;
    for (const k of [
      'mmsi',
      'activity',
      'start',
      'end',
      'lon',
      'lat',
      'country',
      'cycleId',
      'volumeM3',
    ] as const) {
      assert.ok(k in e, k);
    }
    assert.match(e.start, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    assert.ok(e.volumeM3!.low <= e.volumeM3!.high);
    assert.ok(events.filter((x) => x.activity !== 'dredging').every((x) => x.volumeM3 === null));
  });

  it('attributes the demo sites to the right countries', () => {
    const countries = new Set(events.filter((e) => e.activity === 'dredging').map((e) => e.country));
    assert.deepEqual([...countries].sort(), ['ARE', 'CHN', 'NLD']);
  });

  it('sums by country and month so that the parts add up to the total', () => {
    const sum = summary.byCountry.reduce((a, r) => a + r.volumeM3.central, 0);
    assert.ok(Math.abs(sum - summary.total.volumeM3.central) <= summary.byCountry.length);
    const monthly = summary.byCountryMonth.reduce((a, r) => a + r.dredgingPeriods, 0);
    assert.equal(monthly, summary.total.dredgingPeriods);
    assert.match(summary.note, /APPROXIMATE/);
  });
});
