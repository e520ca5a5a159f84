import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { testDatabases } from '@strata/db/testing';
import { PARTIES_TEMPLATE, SEED_CATALOGUE } from '@strata/instruments';
import { processServicesOf, seedDemo } from '@strata/process';
import { instrumentsModule } from '../../modules/instruments.ts';
import { processModule } from '../../modules/process.ts';
import { createTestPlatform, type TestPlatform } from '../../test-support.ts';
import type {
  InstrumentCountryCoverage,
  InstrumentDetail,
  InstrumentDuplications,
  InstrumentHeatMap,
  Instrument as InstrumentItem,
} from './api-types.ts';
import { instrumentsServices } from './index.ts';

const csvType = 'text/csv; charset=utf-8';

for (const factory of testDatabases()) {
  describe(`instruments API on ${factory.name}`, () => {
    let p: TestPlatform;
    before(async () => {
      p = await createTestPlatform(await factory.open(), { modules: [processModule, instrumentsModule] });
    });
    after(() => p.close());

    test('the public reads the seeded catalogue, filtered and searched', async () => {
      const anon = p.anonymous();
      const all = (await (await anon.request('GET', '/api/instruments')).json()) as {
        items: InstrumentItem[];
      };
      assert.equal(all.items.length, Object.keys(SEED_CATALOGUE).length);
      const binding = (await (await anon.request('GET', '/api/instruments?binding=true')).json()) as {
        items: InstrumentItem[];
      };
      assert.ok(binding.items.every((i) => i.kind === 'binding_treaty'));
      const search = (await (await anon.request('GET', '/api/instruments?q=tailings')).json()) as {
        items: InstrumentItem[];
      };
      assert.ok(search.items.some((i) => i.slug === 'gistm'));
      const bound = (await (
        await anon.request('GET', '/api/instruments?country=FRA&binding=true')
      ).json()) as { items: InstrumentItem[] };
      assert.ok(bound.items.some((i) => i.slug === 'minamata-convention'));
      const detail = (await (
        await anon.request('GET', '/api/instruments/items/minamata-convention')
      ).json()) as InstrumentDetail;
      assert.equal(detail.binding, true);
      assert.equal(detail.partyList?.listDate, '2020-10');
      assert.ok(detail.sources.adoptionYear.title.includes('Kumamoto'));
    });

    test('the analyses answer through the API, with their method', async () => {
      const anon = p.anonymous();
      const map = (await (
        await anon.request('GET', '/api/instruments/analyses/heat-map')
      ).json()) as InstrumentHeatMap;
      assert.equal(map.cells.length, 96);
      assert.match(map.method, /ungraded/);
      const dup = (await (
        await anon.request('GET', '/api/instruments/analyses/duplications?limit=5')
      ).json()) as InstrumentDuplications;
      assert.equal(dup.pairs.length, 5);
      assert.ok(dup.pairs[0].similarity >= dup.pairs[4].similarity);
      assert.ok(dup.pairs[0].sharedCells.length > 0);
      const fra = (await (
        await anon.request('GET', '/api/instruments/analyses/countries/FRA')
      ).json()) as InstrumentCountryCoverage;
      assert.ok(fra.bindingInstrumentIds.includes('minamata-convention'));
      const compare = await anon.request('GET', '/api/instruments/analyses/compare?ids=gistm');
      assert.equal(compare.status, 400);
      assert.equal(compare.headers.get('content-type'), 'application/problem+json');
    });

    test('CSV downloads of the catalogue, the matrix (long form) and the parties', async () => {
      const anon = p.anonymous();
      const matrix = await anon.request('GET', '/api/instruments/matrix.csv?instrument=minamata-convention');
      assert.equal(matrix.headers.get('content-type'), csvType);
      const lines = (await matrix.text()).trim().split('\r\n');
      assert.equal(lines[0].replace('\uFEFF', ''), 'instrument,issue,stage,grade,clause,source,status');
      assert.equal(lines.length, 97);
      const parties = await anon.request('GET', '/api/instruments/parties.csv?instrument=unfccc');
      assert.ok((await parties.text()).includes(PARTIES_TEMPLATE.join(',')));
      const catalogue = await anon.request('GET', '/api/instruments/catalogue.csv');
      assert.equal(catalogue.status, 200);
    });

    test('roles: the public may not write, reviewers grade, the secretariat imports', async () => {
      const cell = '/api/instruments/matrix/gistm/air/processing';
      const body = { grade: 'mentioned', clause: 'Principle 3', source: 'GISTM text', reason: 'read' };
      assert.equal((await p.anonymous().request('PUT', cell, body)).status, 401);
      const focal = await p.clientAs('focal_point');
      assert.equal((await focal.request('PUT', cell, body)).status, 403);
      const reviewer = await p.clientAs('reviewer');
      const graded = await reviewer.request('PUT', cell, body);
      assert.equal(graded.status, 200);
      assert.equal(((await graded.json()) as { status: string }).status, 'provisional');
      const csv = `${PARTIES_TEMPLATE.join(',')}\nminamata-convention,XXX,,2020-01-01,,,List,,2026-12\n`;
      assert.equal(
        (
          await reviewer.request('POST', '/api/instruments/parties/import', csv, {
            'content-type': 'text/csv',
          })
        ).status,
        403,
      );
      const secretariat = await p.clientAs('secretariat');
      const rejected = await secretariat.request('POST', '/api/instruments/parties/import', csv, {
        'content-type': 'text/csv',
      });
      assert.equal(rejected.status, 400);
      const problem = (await rejected.json()) as { errors?: { path: string }[]; fields?: { path: string }[] };
      assert.ok(JSON.stringify(problem).includes('line 2, column country_iso3'));
    });

    test('links: a proposal id that does not exist is refused; a proposal lists its linked instruments', async () => {
      const secretariat = await p.clientAs('secretariat');
      const missing = await secretariat.request('POST', '/api/instruments/items/gistm/links', {
        targetKind: 'process.proposal',
        targetRef: '00000000-0000-4000-8000-000000000999',
        note: null,
      });
      assert.equal(missing.status, 404);
      const linked = await secretariat.request('POST', '/api/instruments/items/gistm/links', {
        targetKind: 'tailings.requirement',
        targetRef: 'P15',
        note: 'Public disclosure',
      });
      assert.equal(linked.status, 201);
      const list = (await (
        await p
          .anonymous()
          .request('GET', '/api/instruments/links?targetKind=tailings.requirement&targetRef=P15')
      ).json()) as { items: { instrumentSlug: string; title: string; kind: string }[] };
      assert.deepEqual(
        list.items.map((l) => [l.instrumentSlug, l.title, l.kind]),
        [['gistm', SEED_CATALOGUE.gistm.title, SEED_CATALOGUE.gistm.kind]],
      );
    });

    test('a proposal lists the instruments linked to it or to its cluster; a new link shows at once', async () => {
      const anon = p.anonymous();
      const proposals = (await (
        await anon.request('GET', '/api/process/processes/demo/proposals')
      ).json()) as {
        items: { id: string; code: string; clusterId: string | null }[];
      };
      const byCode = new Map(proposals.items.map((x) => [x.code, x]));
      const linkedTo = async (kind: string, ref: string) =>
        (
          (await (
            await anon.request('GET', `/api/instruments/links?targetKind=${kind}&targetRef=${ref}`)
          ).json()) as {
            items: { instrumentSlug: string; note: string | null }[];
          }
        ).items;
      const demo01 = await linkedTo('process.proposal', byCode.get('DEMO-01')?.id ?? '');
      assert.deepEqual(demo01.map((l) => l.instrumentSlug).sort(), ['gistm', 'unece-tmf-guidelines']);
      assert.ok(
        demo01.every((l) => l.note?.startsWith('[DEMO]')),
        'demo links say so',
      );
      const demo02 = byCode.get('DEMO-02');
      assert.ok(demo02?.clusterId);
      assert.deepEqual(await linkedTo('process.proposal', demo02.id), []);
      const secretariat = await p.clientAs('secretariat');
      const added = await secretariat.request('POST', '/api/instruments/items/irma-standard/links', {
        targetKind: 'process.cluster',
        targetRef: demo02.clusterId,
        note: null,
      });
      assert.equal(added.status, 201);
      assert.deepEqual(
        (await linkedTo('process.cluster', demo02.clusterId)).map((l) => l.instrumentSlug),
        ['irma-standard'],
      );
    });

    test('removing the demo process removes its demo links at the next seed; other links stay', async () => {
      const hub = processServicesOf(p.ctx);
      const demoIds = (await hub.proposals.listProposals('demo')).map((x) => x.id);
      const count = async (refs: string[]) => {
        let n = 0;
        for (const ref of refs)
          n += (
            await instrumentsServices(p.ctx).catalogue.links({
              targetKind: 'process.proposal',
              targetRef: ref,
            })
          ).length;
        return n;
      };
      assert.ok((await count(demoIds)) > 0);
      await hub.demo.remove({ system: true, keepRemoved: true });
      await instrumentsModule.seed?.(p.ctx);
      assert.equal(await count(demoIds), 0, 'no demo link points at a removed proposal');
      assert.ok(
        (await instrumentsServices(p.ctx).catalogue.links({ targetKind: 'process.cluster' })).length > 0,
      );
      await hub.demo.allow({ system: true });
      await seedDemo(hub);
      await instrumentsModule.seed?.(p.ctx);
      const again = (await hub.proposals.listProposals('demo')).map((x) => x.id);
      assert.ok((await count(again)) > 0, 'a restored demo is linked again');
    });

    test('every instruments route is documented in the OpenAPI document', async () => {
      const doc = (await (await p.anonymous().request('GET', '/api/openapi.json')).json()) as {
        paths: Record<string, unknown>;
      };
      for (const path of [
        '/api/instruments',
        '/api/instruments/analyses/heat-map',
        '/api/instruments/parties/import',
        '/api/instruments/matrix/{slug}/{issue}/{stage}',
      ])
        assert.ok(path in doc.paths, path);
    });
  });
}
