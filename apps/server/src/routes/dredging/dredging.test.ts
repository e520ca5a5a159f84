import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sharedDataFile } from '@strata/core';
import { testDatabases } from '@strata/db/testing';
import {
  DEMO_DATASET_ID,
  generateScenario,
  SHARED_EEZ_FILE,
  scenarioNmeaLines,
  scenarioOptions,
} from '@strata/dredging';
import { dredgingModule } from '../../modules/dredging.ts';
import { createTestPlatform, type TestPlatform } from '../../test-support.ts';

for (const factory of testDatabases()) {
  describe(`dredging API (${factory.name})`, () => {
    let p: TestPlatform;
    before(async () => {
      p = await createTestPlatform(await factory.open(), { modules: [dredgingModule] });
    });
    after(async () => p.close());

    const get = async (path: string) => {
      const res = await p.anonymous().request('GET', path);
      return {
        res,
        body: res.headers.get('content-type')?.includes('json') ? await res.json() : await res.text(),
      };
    };

    test('seeds the synthetic demo dataset once, labelled synthetic', async () => {
      await dredgingModule.seed!(p.ctx);
      const { body } = await get('/api/dredging/datasets');
      const items = (body as { items: { id: string; synthetic: boolean; name: string }[] }).items;
      assert.equal(items.length, 1);
      assert.equal(items[0].id, DEMO_DATASET_ID);
      assert.equal(items[0].synthetic, true);
      assert.match(items[0].name, /synthetic/i);
    });

    test('serves the H3 intensity map with year and month filters', async () => {
      const all = (await get('/api/dredging/map/hexagons?resolution=6')).body as {
        cells: { h3: string; volumeM3: { low: number; central: number; high: number } }[];
        dataset: { synthetic: boolean };
      };
      assert.ok(all.cells.length > 0);
      assert.equal(all.dataset.synthetic, true);
      assert.ok(
        all.cells.every((c) => c.volumeM3.low <= c.volumeM3.central && c.volumeM3.central <= c.volumeM3.high),
      );
      const dec = (await get('/api/dredging/map/hexagons?year=2024&month=12')).body as {
        cells: { volumeM3: { central: number } }[];
      };
      const jan = (await get('/api/dredging/map/hexagons?year=2025&month=1')).body as {
        cells: { volumeM3: { central: number } }[];
      };
      const sum = (x: { cells: { volumeM3: { central: number } }[] }) =>
        x.cells.reduce((a, c) => a + c.volumeM3.central, 0);
      assert.ok(sum(dec) > 0 && sum(jan) > 0);
      assert.ok(
        Math.abs(sum(dec) + sum(jan) - sum(all)) <= all.cells.length * 2,
        'the months add up to the whole',
      );
      const bad = await get('/api/dredging/map/hexagons?month=1');
      assert.equal(bad.res.status, 400);
    });

    test('serves a country panel with the protected-area share', async () => {
      const list = (await get('/api/dredging/countries')).body as { items: { country: string | null }[] };
      assert.deepEqual(list.items.map((i) => i.country).sort(), ['ARE', 'CHN', 'NLD']);
      const { res, body } = await get('/api/dredging/countries/nld');
      assert.equal(res.status, 200);
      const panel = body as {
        byYear: { year: number }[];
        vessels: unknown[];
        operators: unknown[];
        protectedAreas: { share: number };
        countryMethod: string;
      };
      assert.deepEqual(
        panel.byYear.map((y) => y.year),
        [2024, 2025],
      );
      assert.ok(panel.vessels.length >= 1 && panel.operators.length >= 1);
      assert.ok(panel.protectedAreas.share > 0 && panel.protectedAreas.share < 1);
      // The simplified Marine Regions EEZ is the default when the shared data holds it, else the grid.
      const expected = sharedDataFile(SHARED_EEZ_FILE) ? 'official' : 'approximate';
      assert.equal(panel.countryMethod, expected);
      assert.equal((await get('/api/dredging/countries/XXX')).res.status, 404);
    });

    test('serves a vessel page with its track by activity and cycles, and downloads', async () => {
      const vessels = (await get('/api/dredging/vessels')).body as {
        items: { mmsi: number; dredgerType: string }[];
      };
      const hopper = vessels.items.find((v) => v.dredgerType === 'trailing_suction_hopper')!;
      const page = (await get(`/api/dredging/vessels/${hopper.mmsi}`)).body as {
        cycles: unknown[];
        track: { activity: string }[];
      };
      assert.ok(page.cycles.length > 5);
      assert.ok(new Set(page.track.map((t) => t.activity)).has('dredging'));
      const track = await get(`/api/dredging/downloads/vessels/${hopper.mmsi}/track.geojson`);
      assert.equal(track.res.headers.get('content-type'), 'application/geo+json');
      const cycles = await get(`/api/dredging/downloads/vessels/${hopper.mmsi}/cycles.csv`);
      assert.match(cycles.body as string, /^cycle_id,start,end/);
      assert.equal((await get('/api/dredging/vessels/123456789')).res.status, 404);
    });

    test('searches, sorts and pages the dredger list', async () => {
      type List = {
        items: { mmsi: number; name: string | null; volumeM3: { central: number } }[];
        total: number;
      };
      const all = (await get('/api/dredging/vessels')).body as List;
      assert.equal(all.total, all.items.length);
      assert.ok(all.total > 2);
      // default order: central volume, largest first
      const volumes = all.items.map((v) => v.volumeM3.central);
      assert.deepEqual(
        volumes,
        [...volumes].sort((a, b) => b - a),
      );
      const named = all.items.find((v) => v.name)!;
      const word = named.name!.split(/\s+/).at(-1)!.toLowerCase();
      const byName = (await get(`/api/dredging/vessels?q=${encodeURIComponent(word)}`)).body as List;
      assert.ok(byName.items.some((v) => v.mmsi === named.mmsi));
      assert.ok(
        byName.total < all.total || all.items.every((v) => (v.name ?? '').toLowerCase().includes(word)),
      );
      const byMmsi = (await get(`/api/dredging/vessels?q=${named.mmsi}`)).body as List;
      assert.deepEqual(
        byMmsi.items.map((v) => v.mmsi),
        [named.mmsi],
      );
      const first = (await get('/api/dredging/vessels?sort=mmsi&limit=2')).body as List;
      const second = (await get('/api/dredging/vessels?sort=mmsi&limit=2&offset=2')).body as List;
      assert.equal(first.total, all.total);
      const mmsis = [...first.items, ...second.items].map((v) => v.mmsi);
      assert.deepEqual(
        mmsis,
        all.items
          .map((v) => v.mmsi)
          .sort((a, b) => a - b)
          .slice(0, mmsis.length),
      );
      assert.equal((await get('/api/dredging/vessels?sort=speed')).res.status, 400);
    });

    test('serves the monthly series and every view as CSV or GeoJSON', async () => {
      const s = (await get('/api/dredging/series')).body as { items: { month: string }[] };
      assert.deepEqual(
        s.items.map((i) => i.month),
        ['2024-12', '2025-01'],
      );
      for (const path of [
        '/api/dredging/downloads/series.csv',
        '/api/dredging/downloads/countries.csv',
        '/api/dredging/downloads/hexagons.csv',
        '/api/dredging/downloads/events.csv?activity=dredging',
        '/api/dredging/downloads/countries/NLD/panel.csv',
      ]) {
        const r = await get(path);
        assert.equal(r.res.status, 200, path);
        assert.match(r.res.headers.get('content-type') ?? '', /text\/csv/);
        assert.ok((r.body as string).split('\r\n').length > 2, path);
      }
      for (const path of [
        '/api/dredging/downloads/hexagons.geojson',
        '/api/dredging/downloads/events.geojson?country=NLD&activity=dredging',
      ]) {
        const r = await p.anonymous().request('GET', path);
        assert.equal(r.status, 200, path);
        const g = (await r.json()) as { type: string; features: unknown[] };
        assert.equal(g.type, 'FeatureCollection');
        assert.ok(g.features.length > 0);
      }
      const ev = (await get('/api/dredging/events?activity=dredging&country=NLD')).body as {
        items: { volumeM3: unknown; country: string }[];
      };
      assert.ok(ev.items.every((e) => e.volumeM3 !== null && e.country === 'NLD'));
    });

    test('lets the secretariat upload an AIS log, analysed and published as a dataset', async () => {
      const scenario = generateScenario(
        scenarioOptions({ seed: 9, days: 2, hoppers: 1, cutters: 0, cargo: 1, fishing: 0 }),
      );
      const log = `${[...scenarioNmeaLines(scenario)].join('\n')}\n`;
      const anon = await p
        .anonymous()
        .request('POST', '/api/dredging/datasets?id=upload-1', log, { 'content-type': 'text/plain' });
      assert.equal(anon.status, 401);
      const fp = await p.clientAs('focal_point', { countryIso3: 'NLD' });
      assert.equal(
        (
          await fp.request('POST', '/api/dredging/datasets?id=upload-1', log, {
            'content-type': 'text/plain',
          })
        ).status,
        403,
      );
      const sec = await p.clientAs('secretariat');
      const res = await sec.request('POST', '/api/dredging/datasets?id=upload-1&fileName=survey.nmea', log, {
        'content-type': 'text/plain',
      });
      assert.equal(res.status, 201, await res.clone().text());
      const body = (await res.json()) as { id: string; synthetic: boolean; decoded: { messages: number } };
      assert.equal(body.id, 'upload-1');
      assert.equal(body.synthetic, false);
      assert.ok(body.decoded.messages > 1000);
      const panel = (await get('/api/dredging/vessels?dataset=upload-1')).body as { items: unknown[] };
      assert.equal(panel.items.length, 1);
      const empty = await sec.request('POST', '/api/dredging/datasets?id=upload-2', 'not ais\n', {
        'content-type': 'text/plain',
      });
      assert.equal(empty.status, 400);
      // The newest real dataset is now what the views show by default.
      const ds = (await get('/api/dredging/map/hexagons')).body as { dataset: { id: string } };
      assert.equal(ds.dataset.id, 'upload-1');
      assert.equal((await sec.request('DELETE', '/api/dredging/datasets/upload-1')).status, 204);
    });

    test('lets only the secretariat delete a dataset, with an audit row', async () => {
      const anon = await p.anonymous().request('DELETE', `/api/dredging/datasets/${DEMO_DATASET_ID}`);
      assert.equal(anon.status, 401);
      const fp = await p.clientAs('focal_point', { countryIso3: 'NLD' });
      assert.equal((await fp.request('DELETE', `/api/dredging/datasets/${DEMO_DATASET_ID}`)).status, 403);
      const sec = await p.clientAs('secretariat');
      assert.equal((await sec.request('DELETE', `/api/dredging/datasets/${DEMO_DATASET_ID}`)).status, 204);
      assert.equal((await get('/api/dredging/map/hexagons')).res.status, 404);
      const audit = await p.ctx.db.kysely
        .selectFrom('audit_log')
        .select(['action', 'actor_id'])
        .where('entity', '=', 'dredging_dataset')
        .execute();
      assert.deepEqual(audit.map((a) => a.action).sort(), [
        'dredging.dataset.delete',
        'dredging.dataset.delete',
        'dredging.dataset.import',
        'seed.dredging.demo',
      ]);
    });

    test('documents every dredging route in openapi.json', async () => {
      const doc = (await (await p.anonymous().request('GET', '/api/openapi.json')).json()) as {
        paths: Record<string, unknown>;
      };
      const paths = Object.keys(doc.paths).filter((k) => k.startsWith('/api/dredging'));
      assert.ok(paths.length >= 15, `${paths.length} dredging paths documented`);
    });
  });
}
