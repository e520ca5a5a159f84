// Vessel names come from AIS broadcasts, which anyone with a transponder sets: a name starting with a
// formula character must come out of every CSV download as text, not as a formula (OWASP CSV injection).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { parseDelimited } from '@strata/core';
import { testDatabases } from '@strata/db/testing';
import {
  analysisOf,
  collectStatics,
  columnsFromPositions,
  DEMO_SITES,
  generateScenario,
  parseRegistryCsv,
  runPipeline,
  scenarioOptions,
} from '@strata/dredging';
import { dredgingModule } from '../../modules/dredging.ts';
import { createTestPlatform, type TestPlatform } from '../../test-support.ts';
import { dredgingService } from './context.ts';

const HOSTILE = ['=HYPERLINK("http://x.test","y")', '+SUM(1;2)', '-2+3+cmd|/C calc', '@SUM(A1)'];

for (const factory of testDatabases()) {
  describe(`dredging CSV downloads neutralise formula cells (${factory.name})`, () => {
    let p: TestPlatform;
    const mmsis: number[] = [];
    let country = '';
    before(async () => {
      p = await createTestPlatform(await factory.open(), { modules: [dredgingModule], seed: false });
      const s = generateScenario(
        scenarioOptions({
          seed: 5,
          days: 2,
          sites: DEMO_SITES,
          hoppers: 2,
          cutters: 2,
          cargo: 0,
          fishing: 0,
        }),
      );
      const output = await runPipeline({
        partitions: [columnsFromPositions(s.positions)],
        statics: collectStatics(s.statics).values(),
        registry: parseRegistryCsv(s.registryCsv).entries,
      });
      output.result.dredgers.forEach((d, k) => {
        d.name = HOSTILE[k % HOSTILE.length];
        mmsis.push(d.mmsi);
      });
      country = output.events.find((e) => e.activity === 'dredging' && e.country)?.country ?? '';
      await dredgingService(p.ctx).importAnalysis(
        null,
        {
          id: 'hostile-names',
          name: 'Synthetic: hostile vessel names',
          synthetic: true,
          provenance: { source: 'test', licence: 'test', retrieved: '2025-01-01', method: 'test' },
          ...analysisOf(output),
        },
        { system: true },
      );
    });
    after(async () => p.close());

    test('every CSV download: no cell a spreadsheet would run as a formula, the names kept as text', async () => {
      assert.ok(mmsis.length >= HOSTILE.length, 'the scenario has a dredger for each hostile name');
      assert.ok(country, 'the scenario dredges in some country’s waters');
      const q = '?dataset=hostile-names';
      const paths = [
        `/api/dredging/downloads/hexagons.csv${q}`,
        `/api/dredging/downloads/countries.csv${q}`,
        `/api/dredging/downloads/countries/${country}/panel.csv${q}`,
        `/api/dredging/downloads/series.csv${q}`,
        `/api/dredging/downloads/events.csv${q}`,
        ...mmsis.map((m) => `/api/dredging/downloads/vessels/${m}/cycles.csv${q}`),
      ];
      const names: string[] = [];
      for (const path of paths) {
        const res = await p.anonymous().request('GET', path);
        assert.equal(res.status, 200, path);
        const rows = parseDelimited(await res.text());
        assert.ok(rows.length >= 1, `${path} has a header`);
        // A cutter suction dredger has no cycles: its cycles file is a header alone.
        if (!path.includes('/cycles.csv')) assert.ok(rows.length > 1, `${path} has rows`);
        const header = rows[0].fields;
        for (const row of rows.slice(1)) {
          for (const cell of row.fields) {
            // A number such as a western longitude may start with "-"; any other text may not.
            if (/^[=+\-@\t\r]/.test(cell)) assert.ok(Number.isFinite(Number(cell)), `${path}: ${cell}`);
          }
          const name = header.indexOf('name');
          if (name >= 0 && row.fields[0] === 'vessel') names.push(row.fields[name]);
        }
      }
      // The panel lists the vessels dredging in that country's waters, each name behind a single quote.
      assert.ok(names.length > 0);
      for (const n of names) {
        assert.ok(HOSTILE.includes(n.slice(1)), n);
        assert.equal(n[0], "'");
      }
    });
  });
}
