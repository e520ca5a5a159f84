import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { testDatabases } from '@strata/db/testing';
import { sandModule } from '../../modules/sand.ts';
import { createTestPlatform, type TestPlatform } from '../../test-support.ts';
import type { SandMap, SandProfile, SandWorld } from './api-types.ts';
import { sandServices } from './context.ts';

// Fictional figures in the IRP export's format.
const IRP = [
  'alphanumiso;CCC_Code;year;unit;value',
  'FRA250;A.3.8.2;2019;t;400000000',
  'DEU276;A.3.8.2;2019;t;500000000',
  'DEU276;A.3.8.2;2018;t;450000000',
].join('\n');

for (const factory of testDatabases()) {
  describe(`sand API on ${factory.name}`, () => {
    let p: TestPlatform;
    before(async () => {
      p = await createTestPlatform(await factory.open(), { modules: [sandModule], seed: false });
      const report = await sandServices(p.ctx).imports.importIrp(null, new TextEncoder().encode(IRP), {
        system: true,
      });
      assert.equal(report.saved, true);
    });
    after(() => p.close());

    test('the public reads a profile, the world total, the map and the export', async () => {
      const anon = p.anonymous();
      const profile = await anon.request('GET', '/api/sand/countries/deu/profile');
      assert.equal(profile.status, 200);
      const body = (await profile.json()) as SandProfile;
      assert.equal(body.name?.en, 'Germany');
      assert.deepEqual(
        body.indicators[0]?.points.map((pt) => [pt.year, pt.headline.tier, pt.headline.central]),
        [
          [2018, 'irp', 450_000_000],
          [2019, 'irp', 500_000_000],
        ],
      );
      const world = (await (await anon.request('GET', '/api/sand/world?year=2019')).json()) as SandWorld;
      assert.deepEqual(world.total, { low: 900_000_000, central: 900_000_000, high: 900_000_000 });
      assert.equal(world.countries, 2);
      // France and Germany: both in M49 Europe (150), the sum of their headline figures.
      assert.deepEqual(world.byRegion, [
        { region: '150', countries: 2, total: { low: 900_000_000, central: 900_000_000, high: 900_000_000 } },
      ]);
      const map = (await (
        await anon.request('GET', '/api/sand/map?indicator=construction-aggregates&year=2018')
      ).json()) as SandMap;
      assert.deepEqual(
        map.items.map((i) => i.iso3),
        ['DEU'],
      );
      const csv = await anon.request('GET', '/api/sand/export.csv?year=2019');
      assert.equal(csv.status, 200);
      assert.equal(csv.headers.get('content-type'), 'text/csv; charset=utf-8');
      // ignoreBOM keeps the byte-order mark in the text, so the test sees it.
      const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await csv.arrayBuffer());
      assert.ok(text.startsWith('\uFEFFiso3,'), 'the download opens with a byte-order mark');
      const lines = text.trim().split('\r\n');
      assert.equal(lines.length, 3);
      assert.match(lines[0] ?? '', /^iso3,year,indicator,tier,headline,low,central,high,unit,source_id/);
      assert.match(lines[1] ?? '', /^DEU,2019,construction-aggregates,irp,true,500000000,/);
    });

    test('a bad year, indicator or code is a 400; an unknown country a 404', async () => {
      const anon = p.anonymous();
      for (const url of [
        '/api/sand/world?year=abc',
        '/api/sand/world?year=1800',
        '/api/sand/world',
        '/api/sand/map?indicator=gold&year=2019',
        '/api/sand/export.csv?year=20.5',
        '/api/sand/countries/FRANCE/profile',
      ]) {
        const res = await anon.request('GET', url);
        assert.equal(res.status, 400, url);
      }
      assert.equal((await anon.request('GET', '/api/sand/countries/XYZ/profile')).status, 404);
    });

    test('every sand route is documented in the OpenAPI document', async () => {
      const doc = (await (await p.anonymous().request('GET', '/api/openapi.json')).json()) as {
        paths: Record<string, unknown>;
      };
      for (const path of [
        '/api/sand/countries/{iso3}/profile',
        '/api/sand/world',
        '/api/sand/map',
        '/api/sand/export.csv',
      ])
        assert.ok(path in doc.paths, path);
    });
  });
}
