import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { sharedDataFile } from '@strata/core';
import { AuditRepository } from '@strata/db';
import { testDatabases } from '@strata/db/testing';
import { tailingsModule } from '../../modules/tailings.ts';
import { createTestPlatform, type TestPlatform } from '../../test-support.ts';

interface Page<T> {
  items: T[];
  total: number;
}
interface Summary {
  id: string;
  countryIso3: string;
  status: string;
  raiseMethod: string;
  gistmClass: string | null;
  name: string;
  hazardScore: number;
}

const HEADER = '"ID";"Nome";"Latitude";"Longitude";"Situação Operacional"';
const file = (rows: string[]) => `${HEADER}\r\n${rows.join('\r\n')}\r\n`;

for (const factory of testDatabases()) {
  describe(`tailings API on ${factory.name}`, () => {
    let p: TestPlatform;
    before(async () => {
      // Seeding imports the bundled SIGBM export (909 Brazilian dams).
      p = await createTestPlatform(await factory.open(), { modules: [tailingsModule] });
    });
    after(() => p.close());

    test('GET /facilities?country=BRA returns { items, total } paged, with filters', async () => {
      const res = await p.anonymous().request('GET', '/api/tailings/facilities?country=BRA&limit=50');
      assert.equal(res.status, 200);
      const body = (await res.json()) as Page<Summary>;
      assert.equal(body.total, 909);
      assert.equal(body.items.length, 50);
      assert.ok(body.items.every((i) => i.countryIso3 === 'BRA'));
      const up = (await (
        await p.anonymous().request('GET', '/api/tailings/facilities?country=BRA&raiseMethod=unknown&limit=1')
      ).json()) as Page<Summary>;
      // SIGBM's 67 "Alteamento a montante ou desconhecido" (upstream or unknown) are unknown, with the blanks
      assert.ok(up.total > 67, `${up.total} dams of unknown raise method`);
      const upstream = (await (
        await p
          .anonymous()
          .request('GET', '/api/tailings/facilities?country=BRA&raiseMethod=upstream&limit=1')
      ).json()) as Page<Summary>;
      assert.equal(upstream.total, 0);
      const high = (await (
        await p.anonymous().request('GET', '/api/tailings/facilities?class=high&status=active')
      ).json()) as Page<Summary>;
      assert.ok(high.total > 0 && high.items.every((i) => i.gistmClass === 'high' && i.status === 'active'));
      const bad = await p.anonymous().request('GET', '/api/tailings/facilities?status=exploded');
      assert.equal(bad.status, 400);
    });

    test('GET /facilities?sort= orders the whole view on the server, pages without overlap', async () => {
      const page = async (query: string) =>
        (await (
          await p.anonymous().request('GET', `/api/tailings/facilities?${query}`)
        ).json()) as Page<Summary>;
      // Descending hazard: the first page starts with the view's highest score, and page 2 goes on below it.
      const all = await page('country=BRA&limit=1000');
      const top = Math.max(...all.items.map((i) => i.hazardScore));
      const first = await page('country=BRA&sort=-hazard&limit=20');
      const second = await page('country=BRA&sort=-hazard&limit=20&offset=20');
      assert.equal(first.items[0]?.hazardScore, top);
      const scores = [...first.items, ...second.items].map((i) => i.hazardScore);
      assert.deepEqual(
        scores,
        [...scores].sort((a, b) => b - a),
      );
      const ids = new Set([...first.items, ...second.items].map((i) => i.id));
      assert.equal(ids.size, 40, 'pages do not overlap');
      // Classes sort on their scale (low … extreme), not alphabetically; unclassified last either way.
      const rank = ['low', 'significant', 'high', 'very_high', 'extreme'];
      for (const sort of ['class', '-class']) {
        const items = (await page(`country=BRA&sort=${sort}&limit=1000`)).items;
        const ranks = items.map((i) => (i.gistmClass ? rank.indexOf(i.gistmClass) : 99));
        const classified = ranks.filter((r) => r !== 99);
        const expected = [...classified].sort((a, b) => (sort === 'class' ? a - b : b - a));
        assert.deepEqual(classified, expected, sort);
        assert.ok(ranks.indexOf(99) === -1 || ranks.slice(ranks.indexOf(99)).every((r) => r === 99), sort);
      }
      // Names case-folded, ascending.
      const names = (await page('country=BRA&sort=name&limit=30')).items.map((i) => i.name.toLowerCase());
      assert.deepEqual(
        names,
        [...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)),
      );
      const unknown = await p.anonymous().request('GET', '/api/tailings/facilities?sort=height');
      assert.equal(unknown.status, 400);
    });

    test('facility page shows the raw rating, the derived class, score breakdowns and history', async () => {
      const list = (await (
        await p.anonymous().request('GET', '/api/tailings/facilities?class=high&limit=1')
      ).json()) as Page<Summary>;
      const id = list.items[0]?.id;
      const res = await p.anonymous().request('GET', `/api/tailings/facilities/${id}`);
      assert.equal(res.status, 200);
      const page = (await res.json()) as {
        classification: {
          source: { raw: string };
          gistmEquivalent: { gistmClass: string; confidence: string };
        };
        scores: { hazard: { components: { source: string }[] }; toxicity: { hazards: unknown[] } };
        history: unknown[];
        record: { provenance: { licence: string } };
      };
      assert.equal(page.classification.source.raw, 'Alta');
      assert.equal(page.classification.gistmEquivalent.gistmClass, 'high');
      assert.ok(page.scores.hazard.components.length >= 7);
      assert.equal(page.history.length, 1);
      assert.match(page.record.provenance.licence, /Brazilian open government data/);
      assert.equal((await p.anonymous().request('GET', '/api/tailings/facilities/not-an-id')).status, 404);
    });

    test("seeding imports Chile's catastro from the shared data, with its provenance", {
      skip: sharedDataFile('tailings/cl-sernageomin-catastro-relaves-2025-10.xlsx')
        ? false
        : 'the SERNAGEOMIN catastro is absent from the shared data',
    }, async () => {
      const res = await p.anonymous().request('GET', '/api/tailings/facilities?country=CHL&limit=1');
      const body = (await res.json()) as Page<Summary>;
      assert.equal(body.total, 836);
      const id = body.items[0]?.id ?? '';
      const page = (await (await p.anonymous().request('GET', `/api/tailings/facilities/${id}`)).json()) as {
        record: { provenance: { source: string; licence: string; retrieved: string; method: string } };
      };
      assert.match(page.record.provenance.source, /SERNAGEOMIN/);
      assert.match(page.record.provenance.licence, /cite SERNAGEOMIN/);
      assert.equal(page.record.provenance.retrieved, '2025-10');
      assert.equal(page.record.provenance.method, 'imported: xlsx');
    });

    test('map and downloads serve any filtered view', async () => {
      const map = (await (await p.anonymous().request('GET', '/api/tailings/map?country=BRA')).json()) as {
        total: number;
        columns: { id: string[]; lon: number[]; lat: number[] };
      };
      assert.equal(map.total, 909);
      assert.equal(map.columns.lon.length, 909);
      assert.ok(map.columns.lat.every((lat) => lat < 6 && lat > -34));
      const none = (await (await p.anonymous().request('GET', '/api/tailings/map?country=FRA')).json()) as {
        total: number;
        columns: { id: string[] };
      };
      assert.deepEqual([none.total, none.columns.id], [0, []]);
      const csv = await p
        .anonymous()
        .request('GET', '/api/tailings/downloads/facilities.csv?status=under_construction');
      assert.match(csv.headers.get('content-type') ?? '', /text\/csv/);
      assert.equal((await csv.text()).trim().split('\r\n').length, 38);
      const geo = await p
        .anonymous()
        .request('GET', '/api/tailings/downloads/facilities.geojson?status=decharacterising');
      const doc = (await geo.json()) as { features: { geometry: { coordinates: number[] } }[] };
      assert.equal(doc.features.length, 12);
      assert.match(geo.headers.get('content-type') ?? '', /geo\+json/);
    });

    test('imports need the secretariat (401/403), report rejected rows and are audited', async () => {
      const body = file([
        `"T1";"Test dam";"-20°00'00,0''";"-44°00'00,0''";"Ativa"`,
        `"T2";"Bad";"x";"-44°00'00,0''";"Ativa"`,
      ]);
      const url = '/api/tailings/imports?format=sigbm&fileName=test.csv';
      assert.equal(
        (await p.anonymous().request('POST', url, body, { 'content-type': 'text/csv' })).status,
        401,
      );
      const operator = await p.clientAs('operator');
      assert.equal((await operator.request('POST', url, body, { 'content-type': 'text/csv' })).status, 403);
      const sec = await p.clientAs('secretariat');
      const res = await sec.request('POST', url, body, { 'content-type': 'text/csv' });
      assert.equal(res.status, 200);
      const r = (await res.json()) as { created: number; rejected: { line: number; reason: string }[] };
      assert.equal(r.created, 1);
      assert.deepEqual(
        r.rejected.map((x) => x.line),
        [3],
      );
      const again = (await (await sec.request('POST', url, body, { 'content-type': 'text/csv' })).json()) as {
        created: number;
        unchanged: number;
      };
      assert.deepEqual([again.created, again.unchanged], [0, 1]);
      const audit = await new AuditRepository(p.ctx.db.kysely).list({ entity: 'tailings_import' });
      assert.ok(
        audit.some((a) => a.action === 'tailings.facility.import' && a.actorEmail?.startsWith('secretariat')),
      );
      const csvNoMapping = await sec.request('POST', '/api/tailings/imports?format=csv', 'a,b\n1,2\n', {
        'content-type': 'text/csv',
      });
      assert.equal(csvNoMapping.status, 400);
    });

    test('generic CSV and GeoJSON imports over HTTP with a column mapping', async () => {
      const sec = await p.clientAs('secretariat');
      const mapping = JSON.stringify({
        source: 'ca-demo',
        sourceName: 'Test register',
        licence: 'CC BY 4.0',
        retrieved: '2025-01-01',
        classificationSystem: 'CDA',
        defaults: { country: 'CAN' },
        columns: {
          sourceId: 'Dam ID',
          name: 'Facility',
          lat: 'Lat',
          lon: 'Lon',
          classification: 'Consequence',
        },
      });
      const csv =
        'Dam ID,Facility,Lat,Lon,Consequence\nC1,North,54.1,-122.3,Very High\nC2,South,95,-122,Low\n';
      const res = await sec.request(
        'POST',
        `/api/tailings/imports?format=csv&mapping=${encodeURIComponent(mapping)}`,
        csv,
        {
          'content-type': 'text/csv',
        },
      );
      assert.equal(res.status, 200);
      const r = (await res.json()) as { created: number; rejected: { line: number }[] };
      assert.deepEqual([r.created, r.rejected.map((x) => x.line)], [1, [3]]);
      const can = (await (
        await p.anonymous().request('GET', '/api/tailings/facilities?country=CAN')
      ).json()) as Page<Summary>;
      assert.equal(can.items[0]?.gistmClass, 'very_high');
      const geo = JSON.stringify({
        type: 'FeatureCollection',
        features: [
          {
            type: 'Feature',
            geometry: { type: 'Point', coordinates: [-122, 55] },
            properties: { 'Dam ID': 'G1', Facility: 'Geo' },
          },
        ],
      });
      const g = await sec.request(
        'POST',
        `/api/tailings/imports?format=geojson&mapping=${encodeURIComponent(mapping)}`,
        geo,
        {
          'content-type': 'application/octet-stream',
        },
      );
      assert.equal(((await g.json()) as { created: number }).created, 1);
    });

    test('every tailings CSV download neutralises names a spreadsheet would run as formulas', async () => {
      // Demo data: a fictional register and fictional facility names, kept to this test.
      const mapping = JSON.stringify({
        source: 'demo-formula',
        sourceName: 'Demo register (formula names)',
        licence: 'CC BY 4.0',
        retrieved: '2025-01-01',
        defaults: { country: 'CAN' },
        columns: { sourceId: 'Id', name: 'Name', operator: 'Operator', lat: 'Lat', lon: 'Lon' },
      });
      const names = ['=1+2', '+1+2', '-1+2', '@SUM(1)'];
      const upload = `Id,Name,Operator,Lat,Lon\n${names
        .map((n, i) => `F${i},${n},Demo Formula Operator,50.${i},-120`)
        .join('\n')}\n`;
      const sec = await p.clientAs('secretariat');
      const res = await sec.request(
        'POST',
        `/api/tailings/imports?format=csv&mapping=${encodeURIComponent(mapping)}`,
        upload,
        { 'content-type': 'text/csv' },
      );
      assert.equal(((await res.json()) as { created: number }).created, 4);
      // The tailings module has one CSV download; each name comes back behind a single quote (OWASP).
      for (const route of ['/api/tailings/downloads/facilities.csv?operator=Demo%20Formula']) {
        const text = await (await p.anonymous().request('GET', route)).text();
        const [header, ...rows] = text.trim().split('\r\n');
        const nameAt = (header ?? '').split(',').indexOf('name');
        const cells = rows.map((row) => row.split(',')[nameAt]).sort();
        assert.deepEqual(cells, ["'+1+2", "'-1+2", "'=1+2", "'@SUM(1)"], route);
      }
    });

    test('disclosure workflow over HTTP: operator submits, secretariat returns then publishes', async () => {
      const sec = await p.clientAs('secretariat');
      const company = (await (
        await sec.request('POST', '/api/companies', { name: 'Tailings Operator SA' })
      ).json()) as { id: string };
      const operator = await p.clientAs('operator', { companyId: company.id });
      const facility = (
        (await (
          await p.anonymous().request('GET', '/api/tailings/facilities?q=Test%20dam')
        ).json()) as Page<Summary>
      ).items[0];
      assert.ok(facility);
      const disclose = () =>
        operator.request('POST', `/api/tailings/facilities/${facility.id}/disclosures`, {
          changes: { heightM: 31, closurePlan: true },
          note: 'first',
        });
      assert.equal((await disclose()).status, 403);
      assert.equal(
        (
          await sec.request('PUT', `/api/tailings/facilities/${facility.id}/company`, {
            companyId: company.id,
          })
        ).status,
        204,
      );
      const d1 = await disclose();
      assert.equal(d1.status, 201);
      const { id } = (await d1.json()) as { id: string };
      // The secretariat reads each disclosed field beside the registry's value it would replace.
      const before = (await (
        await p.anonymous().request('GET', `/api/tailings/facilities/${facility.id}`)
      ).json()) as { record: { heightM: number | null; closurePlan: boolean | null } };
      assert.notEqual(before.record.heightM, 31, 'the test dam is not 31 m high before the disclosure');
      const pending = (await (
        await sec.request('GET', '/api/tailings/disclosures?status=submitted')
      ).json()) as { items: { id: string; fields: unknown[] }[] };
      assert.deepEqual(pending.items.find((d) => d.id === id)?.fields, [
        { field: 'heightM', current: before.record.heightM, proposed: 31, changed: true },
        {
          field: 'closurePlan',
          current: before.record.closurePlan,
          proposed: true,
          changed: before.record.closurePlan !== true,
        },
      ]);
      const strange = await operator.request('POST', `/api/tailings/facilities/${facility.id}/disclosures`, {
        changes: { sourceId: 'hijack' },
      });
      assert.equal(strange.status, 400);
      const anonList = (await (await p.anonymous().request('GET', '/api/tailings/disclosures')).json()) as {
        items: unknown[];
      };
      assert.equal(anonList.items.length, 0);
      assert.equal(
        (await operator.request('POST', `/api/tailings/disclosures/${id}/decision`, { decision: 'publish' }))
          .status,
        403,
      );
      assert.equal(
        (await sec.request('POST', `/api/tailings/disclosures/${id}/decision`, { decision: 'return' }))
          .status,
        400,
      );
      const ret = await sec.request('POST', `/api/tailings/disclosures/${id}/decision`, {
        decision: 'return',
        comments: 'cite the survey',
      });
      assert.equal(ret.status, 200);
      const d2 = (await (await disclose()).json()) as { id: string };
      assert.equal(
        (await sec.request('POST', `/api/tailings/disclosures/${d2.id}/decision`, { decision: 'publish' }))
          .status,
        200,
      );
      const page = (await (
        await p.anonymous().request('GET', `/api/tailings/facilities/${facility.id}`)
      ).json()) as { record: { heightM: number }; history: { reason: string }[] };
      assert.equal(page.record.heightM, 31);
      assert.match(page.history[0]?.reason ?? '', /disclosure published/);
      // A facility disclosed as holding artisanal and small-scale gold mining tailings is found by that filter.
      const d3 = (await (
        await operator.request('POST', `/api/tailings/facilities/${facility.id}/disclosures`, {
          changes: { asgm: true },
        })
      ).json()) as { id: string };
      await sec.request('POST', `/api/tailings/disclosures/${d3.id}/decision`, { decision: 'publish' });
      const byAsgm = async (value: string) =>
        (await (
          await p.anonymous().request('GET', `/api/tailings/facilities?asgm=${value}&limit=500`)
        ).json()) as Page<Summary>;
      assert.deepEqual(
        (await byAsgm('yes')).items.map((f) => f.id),
        [facility.id],
      );
      const unknown = await byAsgm('unknown');
      assert.ok(unknown.total > 0 && !unknown.items.some((f) => f.id === facility.id));
      assert.equal((await byAsgm('no')).total, 0, 'no facility is known not to hold ASGM tailings');
      assert.equal((await p.anonymous().request('GET', '/api/tailings/facilities?asgm=maybe')).status, 400);
      await assertNoAccountEmails(p, facility.id, company.id);
      const secList = (await (await sec.request('GET', '/api/tailings/disclosures')).json()) as {
        items: { submittedBy: string | null }[];
      };
      assert.match(
        secList.items[0]?.submittedBy ?? '',
        /^operator-.*@strata\.test$/,
        'the secretariat sees e-mails',
      );
      const changes = (await (
        await p.anonymous().request('GET', '/api/tailings/changes?limit=5')
      ).json()) as { items: { facility_id: string }[] };
      assert.equal(changes.items[0]?.facility_id, facility.id);
      const audit = await new AuditRepository(p.ctx.db.kysely).list({ entity: 'tailings_disclosure' });
      assert.ok(audit.filter((a) => a.action === 'tailings.disclosure.review').length >= 2);
    });

    test('regulator view: own country only; reviews with findings by reviewers', async () => {
      const facility = (
        (await (
          await p.anonymous().request('GET', '/api/tailings/facilities?country=BRA&limit=1')
        ).json()) as Page<Summary>
      ).items[0];
      const reviewer = await p.clientAs('reviewer');
      const rev = await reviewer.request('POST', `/api/tailings/facilities/${facility?.id}/reviews`, {
        kind: 'independent_review',
        reviewer: 'Panel',
        date: '2024-05-01',
        scope: 'DSR',
        outcome: 'ok',
        principles: [10],
        findings: [{ text: 'update EPRP', severity: 'medium' }],
      });
      assert.equal(rev.status, 201);
      assert.equal((await p.anonymous().request('GET', '/api/tailings/regulator/BRA')).status, 401);
      const chile = await p.clientAs('focal_point', { countryIso3: 'CHL' });
      assert.equal((await chile.request('GET', '/api/tailings/regulator/BRA')).status, 403);
      const brazil = await p.clientAs('focal_point', { countryIso3: 'BRA' });
      const view = (await (await brazil.request('GET', '/api/tailings/regulator/BRA')).json()) as {
        facilities: unknown[];
        openFindings: number;
        overdueReviews: number;
      };
      assert.ok(view.facilities.length >= 909);
      assert.equal(view.openFindings, 1);
      assert.ok(view.overdueReviews > 0);
    });

    test('knowledge: GISTM requirements, resources, gaps and country aggregates are public', async () => {
      const req = (await (await p.anonymous().request('GET', '/api/tailings/gistm/requirements')).json()) as {
        principles: {
          principle: number;
          translations: Record<string, { statement: string; official: boolean }>;
        }[];
        textSources: Record<string, { kind: string; readAt: string }>;
        items: unknown[];
      };
      assert.equal(req.principles.length, 15);
      // A published translation is official; Strata's rendering, where none was read, is not.
      assert.match(req.principles[0]?.translations.fr?.statement ?? '', /^Respecter les droits/);
      assert.equal(req.principles[0]?.translations.fr?.official, true);
      assert.equal(req.principles[8]?.translations.fr?.official, false);
      assert.equal(Object.keys(req.principles[8]?.translations ?? {}).length, 5);
      assert.equal(req.textSources.fr?.kind, 'translation');
      assert.equal(req.textSources.en?.kind, 'original');
      const gaps = (await (await p.anonymous().request('GET', '/api/tailings/knowledge-gaps')).json()) as {
        items: { resourceIds: string[] }[];
      };
      assert.equal(gaps.items.length, 5);
      // A gap lists the library's resources on its topic; a gap may have none (no verified document yet).
      const library = (await (await p.anonymous().request('GET', '/api/tailings/resources')).json()) as {
        items: { id: string }[];
      };
      const known = new Set(library.items.map((r) => r.id));
      assert.ok(gaps.items.some((g) => g.resourceIds.length > 0));
      assert.ok(gaps.items.every((g) => g.resourceIds.every((id) => known.has(id))));
      const countries = (await (await p.anonymous().request('GET', '/api/tailings/countries')).json()) as {
        items: { countryIso3: string; facilities: number }[];
      };
      assert.ok((countries.items.find((c) => c.countryIso3 === 'BRA')?.facilities ?? 0) >= 909);
      assert.equal(
        (
          await p.anonymous().request('POST', '/api/tailings/resources', {
            title: 'x',
            kind: 'guide',
            summary: 'y',
            topics: [],
          })
        ).status,
        401,
      );
    });

    test('failures list: imported from a supplied copy by the secretariat only, then public with tallies', {
      skip: sharedDataFile('tailings/csp2-tailings-failures-1915-2022.csv') ? false : 'shared data absent',
    }, async () => {
      const before = (await (await p.anonymous().request('GET', '/api/tailings/failures')).json()) as {
        total: number;
      };
      assert.equal(before.total, 0);
      const csv = readFileSync(sharedDataFile('tailings/csp2-tailings-failures-1915-2022.csv') ?? '', 'utf8');
      const headers = { 'content-type': 'text/csv' };
      assert.equal(
        (await p.anonymous().request('POST', '/api/tailings/failures/import', csv, headers)).status,
        401,
      );
      const sec = await p.clientAs('secretariat');
      const res = await sec.request('POST', '/api/tailings/failures/import', csv, headers);
      assert.equal(res.status, 200);
      const after = (await (await p.anonymous().request('GET', '/api/tailings/failures')).json()) as {
        total: number;
        credit: string;
        byCountry: Record<string, number>;
        byRaiseMethod: Record<string, number>;
      };
      assert.ok(after.total > 350);
      assert.match(after.credit, /Chambers/);
      assert.ok((after.byCountry.ZAF ?? 0) > 0);
      assert.ok((after.byRaiseMethod.upstream ?? 0) > 20);
    });

    test('every tailings route is in openapi.json', async () => {
      const doc = (await (await p.anonymous().request('GET', '/api/openapi.json')).json()) as {
        paths: Record<string, Record<string, unknown>>;
      };
      const documented = new Set(
        Object.entries(doc.paths).flatMap(([path, ops]) =>
          Object.keys(ops).map((m) => `${m.toUpperCase()} ${path.replace(/\{[^}]+\}/g, ':p')}`),
        ),
      );
      const served = p.app.routes
        .filter((r) => r.path.startsWith('/api/tailings') && r.method !== 'ALL')
        .map((r) => `${r.method} ${r.path.replace(/:[^/]+/g, ':p')}`);
      assert.ok(served.length >= 20);
      for (const route of served) assert.ok(documented.has(route), `${route} is not documented`);
    });
  });
}

/** Anonymous responses name the operator by role and company, never by an account e-mail. */
async function assertNoAccountEmails(p: TestPlatform, facilityId: string, companyId: string): Promise<void> {
  const anon = p.anonymous();
  const account = {
    role: 'operator',
    countryIso3: null,
    organisation: null,
    company: 'Tailings Operator SA',
  };
  const list = await (await anon.request('GET', '/api/tailings/disclosures')).text();
  const page = await (await anon.request('GET', `/api/tailings/facilities/${facilityId}`)).text();
  const history = await (await anon.request('GET', `/api/tailings/facilities/${facilityId}/history`)).text();
  for (const body of [list, page, history]) assert.doesNotMatch(body, /@strata\.test/);
  const published = (JSON.parse(list) as { items: { submittedByAccount: unknown; companyId: string }[] })
    .items;
  assert.ok(published.length > 0 && published.every((d) => d.companyId === companyId));
  assert.deepEqual(published[0]?.submittedByAccount, account);
  const pageHistory = (JSON.parse(page) as { history: { by: unknown; byAccount: unknown }[] }).history;
  assert.equal(pageHistory[0]?.by, null);
  assert.deepEqual(pageHistory[0]?.byAccount, { ...account, role: 'secretariat', company: null });
  const entries = (JSON.parse(history) as { items: { actor_email: unknown; actor: unknown }[] }).items;
  assert.equal(entries[0]?.actor_email, null);
  assert.deepEqual(entries[0]?.actor, { ...account, role: 'secretariat', company: null });
}
