import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { analyseTracks } from './domain/analyse.ts';
import { columnsFromPositions } from './domain/columns.ts';
import { parseRegistryCsv } from './domain/registry-csv.ts';
import { generateScenario, scenarioOptions } from './domain/scenario.ts';
import { scenarioNmeaLines } from './domain/scenario-nmea.ts';
import { collectStatics } from './domain/statics.ts';
import { readAisFiles } from './ingest.ts';
import { runPipeline, runPipelineBounded } from './pipeline.ts';

describe('scenario → NMEA → decoder → analysis', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'strata-dredging-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  const scenario = generateScenario(
    scenarioOptions({ seed: 21, days: 3, hoppers: 2, cutters: 1, cargo: 1, fishing: 1 }),
  );
  const file = path.join(dir, 'scenario.nmea');
  writeFileSync(file, `${[...scenarioNmeaLines(scenario)].join('\n')}\n`);

  it('decodes every generated position and static message, with tag-block times', async () => {
    const r = await readAisFiles([file]);
    assert.equal(r.columns.length, scenario.positions.length);
    assert.equal(r.withoutTimestamp, 0);
    assert.equal(r.statics.length, scenario.statics.length);
    assert.equal(
      Object.values(r.stats.rejected).reduce((a, b) => a + b, 0),
      0,
    );
    const first = scenario.positions[0];
    assert.equal(r.columns.timestampMs[0], first.timestampMs);
    assert.ok(Math.abs(r.columns.lon[0] - first.lon) < 1e-5);
  });

  it('gives the same analysis from the log as from the generator’s positions', async () => {
    const r = await readAisFiles([file]);
    const registry = parseRegistryCsv(scenario.registryCsv).entries;
    const fromLog = analyseTracks(r.columns, collectStatics(r.statics).values(), registry);
    const direct = analyseTracks(
      columnsFromPositions(scenario.positions),
      collectStatics(scenario.statics).values(),
      registry,
    );
    assert.deepEqual(
      fromLog.dredgers.map((d) => d.mmsi),
      direct.dredgers.map((d) => d.mmsi),
    );
    assert.equal(fromLog.cycles.length, direct.cycles.length);
    assert.equal(
      fromLog.periods.filter((p) => p.activity === 'dredging').length,
      direct.periods.filter((p) => p.activity === 'dredging').length,
    );
    const lengths = fromLog.dredgers.find((d) => d.dredgerType === 'trailing_suction_hopper')!;
    assert.ok(lengths.lengthM && lengths.beamM, 'hull dimensions come from type 5');
  });

  it('gives the same outputs in bounded memory (bucket files) as in memory', async () => {
    const registry = parseRegistryCsv(scenario.registryCsv).entries;
    const r = await readAisFiles([file]);
    const inMemory = await runPipeline({
      partitions: [r.columns],
      statics: collectStatics(r.statics).values(),
      registry,
    });
    const bounded = await runPipelineBounded({ files: [file], buckets: 3, registry, tempDir: dir });
    assert.equal(bounded.events.length, inMemory.events.length);
    assert.deepEqual(bounded.summary.total, inMemory.summary.total);
    assert.deepEqual(
      bounded.vessels.map((v) => v.mmsi),
      inMemory.vessels.map((v) => v.mmsi),
    );
    assert.equal(
      bounded.decode.rowsPerBucket.reduce((a, b) => a + b, 0),
      scenario.positions.length,
    );
  });
});
