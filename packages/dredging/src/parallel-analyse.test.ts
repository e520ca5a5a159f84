import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyseTracks } from './domain/analyse.ts';
import { columnsFromPositions } from './domain/columns.ts';
import { parseRegistryCsv } from './domain/registry-csv.ts';
import { DEMO_SITES, generateScenario, scenarioOptions } from './domain/scenario.ts';
import { collectStatics } from './domain/statics.ts';
import { analyseTracksParallel } from './parallel-analyse.ts';

describe('analyseTracksParallel', () => {
  it('gives the same result on two threads as on one', async () => {
    const s = generateScenario(
      scenarioOptions({ seed: 8, days: 4, sites: DEMO_SITES, hoppers: 3, cutters: 1, cargo: 2, fishing: 2 }),
    );
    const statics = [...collectStatics(s.statics).values()];
    const registry = parseRegistryCsv(s.registryCsv).entries;
    const one = analyseTracks(columnsFromPositions(s.positions), statics, registry);
    const two = await analyseTracksParallel(columnsFromPositions(s.positions), statics, registry, {
      workers: 2,
      minPositionsForWorkers: 0,
    });
    assert.deepEqual(
      two.dredgers.map((d) => d.mmsi),
      one.dredgers.map((d) => d.mmsi).sort((a, b) => a - b),
    );
    assert.equal(two.periods.length, one.periods.length);
    assert.equal(two.cycles.length, one.cycles.length);
    assert.deepEqual(two.dropped, one.dropped);
    assert.equal(two.positions, one.positions);
  });
});
