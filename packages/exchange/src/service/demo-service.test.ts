import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { type Actor, ForbiddenError, newId } from '@strata/core';
import { minimalPdf } from '@strata/core/files/testing';
import { type Database, migrate, platformMigrations } from '@strata/db';
import { testDatabases } from '@strata/db/testing';
import { createExchangeServices, type ExchangeServices, SYSTEM_ACTOR, seedExchange } from '../index.ts';
import { exchangeMigrations } from '../migrations.ts';

const bra: Actor = {
  userId: newId(),
  email: 'fp-bra@strata.test',
  role: 'focal_point',
  countryIso3: 'BRA',
  organisationId: null,
  companyId: null,
};
const need = (title: string, demo: boolean) => ({
  countryIso3: 'BRA',
  theme: 'tailings' as const,
  kind: 'training' as const,
  urgency: 'high' as const,
  language: 'en' as const,
  title,
  context: `${title}: training for dam safety inspectors.`,
  demo,
});
const caseOf = (title: string, demo: boolean) => ({
  countryIso3: 'BRA',
  stage: 'closure' as const,
  theme: 'tailings' as const,
  language: 'en' as const,
  title,
  problem: 'Abandoned tailings dams.',
  actions: 'Inventory and closure plans.',
  results: 'Forty dams closed.',
  demo,
});

for (const factory of testDatabases()) {
  describe(`demo content removal (${factory.name})`, () => {
    let db: Database;
    let ex: ExchangeServices;
    before(async () => {
      db = await factory.open();
      await migrate(db, [...platformMigrations, ...exchangeMigrations]);
      ex = createExchangeServices(db, {
        proposals: { find: async () => null, list: async () => [] },
        directory: {
          account: async () => null,
          accountByEmail: async () => null,
          focalPointsOf: async () => [],
        },
      });
      await seedExchange(ex);
    });
    after(() => db.close());

    test('one call takes out every demo record and what hangs on it; real records stay', async () => {
      const realNeed = (await ex.board.createNeed(bra, need('Inspector training on tailings dams', false)))
        .item;
      await ex.board.createNeed(bra, need('Demo need on dam safety', true));
      const offer = await ex.board.createOffer(bra, {
        providerCountryIso3: 'BRA',
        providerName: 'Demo provider',
        themes: ['tailings'],
        kinds: ['training'],
        regions: ['latin_american_caribbean'],
        language: 'en',
        title: 'Demo offer of inspector training',
        description: 'Fictional demo offer.',
        demo: true,
      });
      assert.ok(
        offer.matches.some((m) => m.needId === realNeed.id),
        'the demo offer matched the real need',
      );
      const real = (await ex.library.create(bra, caseOf('Closure of abandoned dams', false))).case;
      const demo = (await ex.library.create(bra, caseOf('Demo case of dam closure', true))).case;
      await ex.attachments.attach(bra, 'case', demo.id, { name: 'demo.pdf', bytes: minimalPdf('demo') });
      const space = await ex.forum.createSpace(SYSTEM_ACTOR, {
        slug: 'demo-space',
        stage: null,
        theme: 'tailings',
        title: 'Demo space',
        description: '',
        visibility: 'public',
        demo: true,
      });
      const { thread } = await ex.forum.createThread(bra, space.slug, {
        language: 'en',
        kind: 'discussion',
        title: 'A thread in the demo space',
        body: 'Not marked demo itself, but it goes with its space.',
      });
      await ex.forum.reply(bra, thread.id, { body: 'A reply that goes too.' });

      await assert.rejects(ex.demo.remove(bra), ForbiddenError);
      const removed = await ex.demo.remove(SYSTEM_ACTOR);
      assert.deepEqual(
        { ...removed, searchEntries: undefined },
        {
          spaces: 1,
          threads: 1,
          replies: 1,
          cases: 1,
          needs: 1,
          offers: 1,
          matches: offer.matches.length,
          attachments: 1,
          searchEntries: undefined,
        },
      );
      assert.ok(removed.searchEntries >= 3);
      const needs = await ex.board.listNeeds({});
      assert.deepEqual(
        needs.map((n) => n.id),
        [realNeed.id],
      );
      assert.equal((await ex.board.listOffers({})).length, 0);
      assert.deepEqual(
        (await ex.library.list(bra, {})).map((c) => c.id),
        [real.id],
      );
      assert.ok(!(await ex.forum.listSpaces(null)).some((s) => s.slug === 'demo-space'));
      const hits = await ex.search.search(null, { q: 'demo' });
      assert.ok(!hits.some((h) => h.title.toLowerCase().includes('demo')), JSON.stringify(hits));
      assert.deepEqual(await ex.demo.remove(SYSTEM_ACTOR), {
        spaces: 0,
        threads: 0,
        replies: 0,
        cases: 0,
        needs: 0,
        offers: 0,
        matches: 0,
        attachments: 0,
        searchEntries: 0,
      });
    });
  });
}
