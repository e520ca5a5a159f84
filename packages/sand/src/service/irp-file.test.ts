import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { sharedDataFile } from '@strata/core';
import { migrate, openPglite, platformMigrations } from '@strata/db';
import { createSandServices, parseUsgsAggregates, USGS_AGGREGATES_SOURCE } from '../index.ts';
import { sandMigrations } from '../migrations.ts';

test('the world 2019 total of IRP code A.3.8.2 equals the sum of the file’s country values', async (t) => {
  const file = sharedDataFile('sand/irp-gmfd-domestic-extraction-ccc-2022-12-20.csv');
  if (!file) {
    console.log('# skipped: the shared IRP export is absent (../shared/data/sand)');
    return t.skip('shared IRP file absent');
  }
  const bytes = new Uint8Array(readFileSync(file));
  // The expected total, read straight from the file without the parser.
  const expected = new TextDecoder()
    .decode(bytes)
    .split(/\r?\n/)
    .map((l) => l.split(';'))
    .filter((c) => c[1] === 'A.3.8.2' && c[2] === '2019')
    .reduce((sum, c) => sum + Number(c[4]), 0);
  const db = await openPglite(null);
  try {
    await migrate(db, [...platformMigrations, ...sandMigrations]);
    const sand = createSandServices(db);
    const report = await sand.imports.importIrp(null, bytes, { system: true });
    assert.equal(report.saved, true);
    // grep -c 'A.3.8.2' counts 9166 rows; the former Sudan's (M49 736) years after 2010 overlap Sudan's.
    assert.equal(report.rows + report.superseded.length, 9166);
    assert.ok(report.superseded.every((r) => r.message.startsWith('SDN (M49 736)')));
    const world = await sand.observatory.world('construction-aggregates', 2019);
    // Summation order differs from the file's; allow for floating-point rounding only.
    assert.ok(
      Math.abs(world.total.central - expected) <= expected * 1e-12,
      `${world.total.central} ≠ ${expected}`,
    );
    assert.equal(world.total.low, world.total.central);
    assert.ok(expected > 1e10);

    // The USGS national totals, when present, become the United States' official headline.
    const usgsFile = sharedDataFile('sand/usgs-aggregates-by-state-1971-2023.csv');
    if (!usgsFile) return;
    const usgs = parseUsgsAggregates(readFileSync(usgsFile, 'utf8')).years;
    await sand.imports.recordOfficial(
      null,
      {
        iso3: 'USA',
        source: USGS_AGGREGATES_SOURCE,
        figures: usgs.map((y) => ({ year: y.year, value: y.tonnes, unit: 't' as const })),
      },
      { system: true },
    );
    const usa = await sand.observatory.profile('USA');
    const y2019 = usa.indicators[0]?.points.find((p) => p.year === 2019);
    const official = usgs.find((y) => y.year === 2019)?.tonnes ?? Number.NaN;
    assert.equal(y2019?.headline.tier, 'official');
    assert.equal(y2019?.headline.central, official);
    const irpUsa = y2019?.all.find((v) => v.tier === 'irp')?.central ?? Number.NaN;
    assert.ok(irpUsa > 0);
    const after = await sand.observatory.world('construction-aggregates', 2019);
    const replaced = expected - irpUsa + official;
    assert.ok(Math.abs(after.total.central - replaced) <= replaced * 1e-12);
    assert.ok(
      Math.abs((after.byTier.find((b) => b.tier === 'irp')?.total.central ?? 0) - expected) <=
        expected * 1e-12,
    );
  } finally {
    await db.close();
  }
});
