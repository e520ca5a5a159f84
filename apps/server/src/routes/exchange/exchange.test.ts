import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { AuditRepository } from '@strata/db';
import { testDatabases } from '@strata/db/testing';
import { exchangeModule } from '../../modules/exchange.ts';
import { processModule } from '../../modules/process.ts';
import { createTestPlatform, type TestClient, type TestPlatform } from '../../test-support.ts';

const need = {
  countryIso3: 'BRA',
  theme: 'tailings',
  stage: 'closure',
  kind: 'technical_assistance',
  urgency: 'medium',
  language: 'pt',
  title: 'Closure plans for abandoned tailings dams',
  context: 'Technical assistance to draft closure plans for abandoned tailings dams.',
};

for (const factory of testDatabases()) {
  describe(`exchange API on ${factory.name}`, () => {
    let p: TestPlatform;
    let brazil: TestClient;
    let secretariat: TestClient;
    before(async () => {
      p = await createTestPlatform(await factory.open(), { modules: [processModule, exchangeModule] });
      brazil = await p.clientAs('focal_point', { countryIso3: 'BRA' });
      secretariat = await p.clientAs('secretariat');
    });
    after(() => p.close());

    test('the public reads the seeded spaces; the API is documented', async () => {
      const res = await p.anonymous().request('GET', '/api/exchange/spaces');
      assert.equal(res.status, 200);
      const { items } = (await res.json()) as { items: { slug: string }[] };
      assert.ok(items.some((s) => s.slug === 'stage-exploration'));
      assert.ok(items.some((s) => s.slug === 'theme-mercury-artisanal'));
      const doc = (await (await p.anonymous().request('GET', '/api/openapi.json')).json()) as {
        paths: Record<string, unknown>;
      };
      for (const path of [
        '/api/exchange/search',
        '/api/exchange/needs',
        '/api/exchange/matches/{id}/moves',
        '/api/exchange/duplicates/check',
      ])
        assert.ok(path in doc.paths, path);
    });

    test('writes: 401 anonymous, 400 with the failing field, 403 for another country, 201 for its own, audited', async () => {
      assert.equal(
        (await p.anonymous().request('POST', '/api/exchange/needs', { ...need, language: 'en' })).status,
        401,
      );
      const invalid = await brazil.request('POST', '/api/exchange/needs', need);
      assert.equal(invalid.status, 400);
      assert.match(await invalid.text(), /language/);
      const other = await brazil.request('POST', '/api/exchange/needs', {
        ...need,
        language: 'en',
        countryIso3: 'ARG',
      });
      assert.equal(other.status, 403);
      assert.equal(other.headers.get('content-type'), 'application/problem+json');
      const ok = await brazil.request('POST', '/api/exchange/needs', { ...need, language: 'en' });
      assert.equal(ok.status, 201);
      const { item } = (await ok.json()) as { item: { id: string } };
      const audit = await new AuditRepository(p.ctx.db.kysely).list({ entityId: item.id });
      assert.deepEqual(
        audit.map((a) => a.action),
        ['exchange.need.create'],
      );
    });

    test('an observer offers for its organisation; the match is proposed, explained and downloadable', async () => {
      const observer = await p.clientAs('observer_contact');
      const { user: me } = (await (await observer.request('GET', '/api/auth/session')).json()) as {
        user: { organisationId: string };
      };
      const res = await observer.request('POST', '/api/exchange/offers', {
        providerOrganisationId: me.organisationId,
        providerName: 'Demo observer organisation',
        themes: ['tailings'],
        kinds: ['technical_assistance'],
        regions: ['latin_american_caribbean'],
        language: 'en',
        title: 'Tailings closure planning assistance',
        description: 'Engineers help regulators review closure plans of tailings dams.',
      });
      assert.equal(res.status, 201);
      const { matches } = (await res.json()) as {
        matches: { score: number; explanation: { dimensions: unknown[] } }[];
      };
      assert.equal(matches.length, 1);
      assert.equal(matches[0]?.score, 1);
      const csv = await p.anonymous().request('GET', '/api/exchange/matches.csv');
      assert.equal(csv.headers.get('content-type'), 'text/csv; charset=utf-8');
      const [header, row] = (await csv.text()).trim().split('\r\n');
      assert.equal(
        header,
        'id,need_id,offer_id,score,theme_fits,kind_fits,region_fits,stage_fits,availability_fits,state,outcome,demo,updated_at',
      );
      assert.match(row ?? '', /,1,1,1,1,1,1,proposed,/);
    });

    test('moderation is the secretariat’s, with a reason', async () => {
      const created = await brazil.request('POST', '/api/exchange/spaces/theme-tailings/threads', {
        language: 'en',
        kind: 'discussion',
        title: 'Closure bonds',
        body: 'How are closure bonds for tailings dams sized?',
      });
      assert.equal(created.status, 201);
      const { thread } = (await created.json()) as { thread: { id: string } };
      const body = { action: 'hide', reason: 'Off topic' };
      assert.equal(
        (await brazil.request('POST', `/api/exchange/threads/${thread.id}/moderation`, body)).status,
        403,
      );
      assert.equal(
        (await secretariat.request('POST', `/api/exchange/threads/${thread.id}/moderation`, body)).status,
        200,
      );
      assert.equal((await p.anonymous().request('GET', `/api/exchange/threads/${thread.id}`)).status, 404);
    });

    test('search finds a need, with the word highlighted', async () => {
      const res = await p.anonymous().request('GET', '/api/exchange/search?q=closure%20plans&language=en');
      assert.equal(res.status, 200);
      const { items } = (await res.json()) as { items: { kind: string; snippet: string }[] };
      assert.ok(
        items.some((h) => h.kind === 'need' && h.snippet.includes('<mark>')),
        JSON.stringify(items),
      );
    });
  });
}
