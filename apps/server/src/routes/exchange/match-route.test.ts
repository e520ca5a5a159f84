import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { testDatabases } from '@strata/db/testing';
import { exchangeModule } from '../../modules/exchange.ts';
import { processModule } from '../../modules/process.ts';
import { createTestPlatform, type TestPlatform } from '../../test-support.ts';

for (const factory of testDatabases()) {
  describe(`GET /api/exchange/matches/{id} on ${factory.name}`, () => {
    let p: TestPlatform;
    before(async () => {
      p = await createTestPlatform(await factory.open(), { modules: [processModule, exchangeModule] });
    });
    after(() => p.close());

    test('answers one match with its explanation, 404 for an unknown id, 400 for a malformed one', async () => {
      const brazil = await p.clientAs('focal_point', { countryIso3: 'BRA' });
      const germany = await p.clientAs('focal_point', { countryIso3: 'DEU' });
      await brazil.request('POST', '/api/exchange/needs', {
        countryIso3: 'BRA',
        theme: 'water',
        kind: 'training',
        urgency: 'low',
        language: 'en',
        title: 'Training on groundwater monitoring near mines',
        context: 'Inspectors need training on groundwater monitoring around mine sites.',
      });
      const offered = await germany.request('POST', '/api/exchange/offers', {
        providerCountryIso3: 'DEU',
        providerName: 'Germany',
        themes: ['water'],
        kinds: ['training'],
        regions: ['global'],
        language: 'en',
        title: 'Groundwater monitoring course',
        description: 'A two-week course on groundwater monitoring for mine inspectors.',
      });
      const { matches } = (await offered.json()) as { matches: { id: string; needId: string }[] };
      assert.equal(matches.length, 1);
      const res = await p.anonymous().request('GET', `/api/exchange/matches/${matches[0]?.id}`);
      assert.equal(res.status, 200);
      const match = (await res.json()) as {
        id: string;
        state: string;
        explanation: { dimensions: unknown[] };
      };
      assert.equal(match.id, matches[0]?.id);
      assert.equal(match.state, 'proposed');
      assert.equal(match.explanation.dimensions.length, 5);
      const missing = await p
        .anonymous()
        .request('GET', '/api/exchange/matches/00000000-0000-4000-8000-000000000000');
      assert.equal(missing.status, 404);
      assert.equal((await p.anonymous().request('GET', '/api/exchange/matches/not-an-id')).status, 400);
    });
  });
}
