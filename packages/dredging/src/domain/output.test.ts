import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadEezGrid } from '../zones/eez.ts';
import { createLocator } from '../zones/locate.ts';
import { analyseTracks } from './analyse.ts';
import { columnsFromPositions } from './columns.ts';
import { buildEvents, buildSummary } from './output.ts';
import { parseRegistryCsv } from './registry-csv.ts';
import { DEMO_SITES, generateScenario, scenarioOptions } from './scenario.ts';
import { collectStatics } from './statics.ts';

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

  it('writes one event per period, with a volume for dredging periods only, low ≤ central ≤ high', () => {
    assert.equal(events.length, result.periods.length);
    const dredging = events.filter((x) => x.activity === 'dredging');
    assert.ok(dredging.length > 0);
    for (const e of dredging) {
      assert.ok(e.volumeM3 && e.volumeM3.low <= e.volumeM3.central && e.volumeM3.central <= e.volumeM3.high);
      assert.ok(Date.parse(e.start) < Date.parse(e.end), `${e.start} before ${e.end}`);
    }
    assert.ok(events.filter((x) => x.activity !== 'dredging').every((x) => x.volumeM3 === null));
  });

  it('keeps each vessel’s periods in time order, without overlaps, inside the scenario', () => {
    const startMs = s.positions[0].timestampMs;
    const endMs = startMs + 4 * 86_400_000;
    for (const mmsi of new Set(events.map((e) => e.mmsi))) {
      const own = events.filter((e) => e.mmsi === mmsi);
      for (let k = 1; k < own.length; k++) {
        assert.ok(Date.parse(own[k - 1].end) <= Date.parse(own[k].start), `${mmsi} period ${k} overlaps`);
      }
      assert.ok(Date.parse(own[0].start) >= startMs - 3_600_000 && Date.parse(own.at(-1)!.end) <= endMs);
    }
  });

  it('ties hopper dredging periods to the cycle they belong to', () => {
    const cycleIds = new Set(result.cycles.map((c) => c.id));
    const hopper = new Set(
      result.dredgers.filter((d) => d.dredgerType === 'trailing_suction_hopper').map((d) => d.mmsi),
    );
    const tied = events.filter((e) => e.activity === 'dredging' && hopper.has(e.mmsi));
    assert.ok(tied.length > 0);
    assert.ok(tied.every((e) => e.cycleId !== null && cycleIds.has(e.cycleId)));
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
