import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { testDatabases } from '@strata/db/testing';
import { readGovernanceSeed } from '@strata/sand';
import { dredgingModule } from '../../modules/dredging.ts';
import { sandModule } from '../../modules/sand.ts';
import { createTestPlatform, type TestPlatform } from '../../test-support.ts';
import type { SandGovernanceCountry, SandGovernanceList, SandMarineLayer } from './api-types.ts';
import { sandGovernanceServices } from './governance.ts';

const ENTRY = {
  id: 'test-fra-export',
  iso3: 'FRA',
  field: 'ban-export',
  summary: '[TEST] fictional entry',
  status: 'in-force',
  instrument: '[TEST] fictional instrument',
  sourceUrl: 'https://example.org/test',
  sourceTitle: '[TEST] fictional source',
  retrieved: '2026-01-01',
};

for (const factory of testDatabases()) {
  describe(`sand governance API on ${factory.name}`, () => {
    let p: TestPlatform;
    before(async () => {
      p = await createTestPlatform(await factory.open(), {
        modules: [dredgingModule, sandModule],
        seed: false,
      });
      await sandGovernanceServices(p.ctx).governance.seed(await readGovernanceSeed());
    });
    after(() => p.close());

    test('the public reads the list, a country with its sources and checklist, and the CSV', async () => {
      const anon = p.anonymous();
      const list = (await (await anon.request('GET', '/api/sand/governance')).json()) as SandGovernanceList;
      assert.ok(list.some((c) => c.iso3 === 'KHM'));
      const res = await anon.request('GET', '/api/sand/countries/vnm/governance');
      assert.equal(res.status, 200);
      const vnm = (await res.json()) as SandGovernanceCountry;
      assert.equal(vnm.name.en, 'Viet Nam');
      assert.ok(vnm.entries.every((e) => e.sourceUrl.startsWith('http')));
      assert.equal(vnm.completeness.share, vnm.completeness.known / 8);
      const csv = await anon.request('GET', '/api/sand/governance.csv');
      assert.equal(csv.status, 200);
      const text = await csv.text();
      assert.match(text, /source_url/);
      assert.match(text, /luatvietnam\.vn/);
      assert.equal((await anon.request('GET', '/api/sand/countries/zzz/governance')).status, 404);
    });

    test('writes are the secretariat’s: 401 anonymous, 403 focal point, 200 then 204 secretariat', async () => {
      assert.equal((await p.anonymous().request('PUT', '/api/sand/governance/entries', ENTRY)).status, 401);
      const focal = await p.clientAs('focal_point', { countryIso3: 'FRA' });
      assert.equal((await focal.request('PUT', '/api/sand/governance/entries', ENTRY)).status, 403);
      const sec = await p.clientAs('secretariat');
      const bad = await sec.request('PUT', '/api/sand/governance/entries', {
        ...ENTRY,
        sourceUrl: 'nowhere',
      });
      assert.equal(bad.status, 400);
      assert.equal((await sec.request('PUT', '/api/sand/governance/entries', ENTRY)).status, 200);
      const fra = (await (
        await p.anonymous().request('GET', '/api/sand/countries/FRA/governance')
      ).json()) as SandGovernanceCountry;
      assert.deepEqual(
        fra.entries.map((e) => e.id),
        [ENTRY.id],
      );
      assert.equal(fra.completeness.known, 1);
      assert.equal((await focal.request('DELETE', `/api/sand/governance/entries/${ENTRY.id}`)).status, 403);
      assert.equal((await sec.request('DELETE', `/api/sand/governance/entries/${ENTRY.id}`)).status, 204);
    });

    test('the marine layer is empty, with its reference, when the dredging watch has no dataset', async () => {
      const res = await p.anonymous().request('GET', '/api/sand/countries/NLD/marine');
      assert.equal(res.status, 200);
      const layer = (await res.json()) as SandMarineLayer;
      assert.equal(layer.dataset, null);
      assert.deepEqual(layer.years, []);
      assert.deepEqual([layer.reference.lowGt, layer.reference.highGt], [6.4, 16]);
    });
  });
}

describe('sand marine layer over the dredging watch’s demo dataset', () => {
  let p: TestPlatform;
  before(async () => {
    const [factory] = testDatabases();
    if (!factory) throw new Error('no test database');
    p = await createTestPlatform(await factory.open(), {
      modules: [dredgingModule, sandModule],
      seed: false,
    });
    await dredgingModule.seed?.(p.ctx);
  });
  after(() => p.close());

  test('gives, per year, the tonnes band and the country method the dredging watch’s country panel gives', async () => {
    const anon = p.anonymous();
    const countries = (await (await anon.request('GET', '/api/dredging/countries')).json()) as {
      items: { country: string | null; tonnes: { central: number } }[];
    };
    const top = countries.items.find((c) => c.country !== null && c.tonnes.central > 0);
    assert.ok(top?.country, 'the demo dataset dredges in some country’s waters');
    const panel = (await (await anon.request('GET', `/api/dredging/countries/${top.country}`)).json()) as {
      countryMethod: string;
      byYear: { year: number; tonnes: { low: number; central: number; high: number } }[];
    };
    const layer = (await (
      await anon.request('GET', `/api/sand/countries/${top.country}/marine`)
    ).json()) as SandMarineLayer;
    assert.equal(layer.dataset?.synthetic, true, 'demo data is labelled synthetic');
    assert.equal(layer.countryMethod, panel.countryMethod);
    assert.deepEqual(
      layer.years.map((y) => [y.year, y.tonnes]),
      panel.byYear.map((y) => [y.year, y.tonnes]),
    );
    assert.ok(layer.years.length > 0);
  });
});
