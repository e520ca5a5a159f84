import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  type Actor,
  ForbiddenError,
  NotFoundError,
  newId,
  UnauthenticatedError,
  ValidationError,
} from '@strata/core';
import type { Database } from '@strata/db';
import { testDatabases } from '@strata/db/testing';
import type { ExchangeServices } from '../index.ts';
import type { CataloguedProposal, InstrumentCatalogue } from './ports.ts';
import { directoryOf, openTestExchange } from './test-exchange.ts';

const actor = (role: Actor['role'], countryIso3: string | null): Actor => ({
  userId: newId(),
  email: `${role}-${countryIso3 ?? 'none'}-${newId().slice(0, 6)}@strata.test`,
  role,
  countryIso3,
  organisationId: role === 'observer_contact' ? newId() : null,
  companyId: null,
});
const chl = actor('focal_point', 'CHL');
const zmb = actor('focal_point', 'ZMB');
const observer = actor('observer_contact', null);
const secretariat = actor('secretariat', null);
const everyone = [chl, zmb, observer, secretariat];
const directory = directoryOf(everyone);
// Fictional catalogue entries, as the instruments module's service would answer (published ones only).
const instruments: InstrumentCatalogue = {
  async find(slug) {
    return slug === 'demo-tailings-code'
      ? { slug, title: 'Demo tailings code (fictional)', shortTitle: 'DTC' }
      : null;
  },
};
const proposal: CataloguedProposal = {
  id: newId(),
  code: 'DEMO-77',
  texts: [
    { language: 'en', title: 'Demo proposal on tailings (fictional)', body: '…' },
    { language: 'fr', title: 'Proposition démo sur les résidus (fictive)', body: '…' },
  ],
};

for (const factory of testDatabases()) {
  describe(`exchange links, follows and read marks on ${factory.name}`, () => {
    let db: Database;
    let ex: ExchangeServices;
    before(async () => {
      ({ db, ex } = await openTestExchange(factory, {
        proposals: {
          find: async (id) => (id === proposal.id ? proposal : null),
          list: async () => [proposal],
        },
        instruments,
        directory,
      }));
    });
    after(() => db.close());

    const draft = {
      language: 'fr' as const,
      kind: 'discussion' as const,
      title: 'Inspection des digues à résidus',
      body: 'Comment organiser les inspections indépendantes des digues ?',
    };

    test('a thread links to an instrument and a proposal; its page names them in its language', async () => {
      const { thread } = await ex.forum.createThread(chl, 'theme-tailings', {
        ...draft,
        proposalIds: [proposal.id],
        instrumentSlugs: ['demo-tailings-code', 'demo-tailings-code'],
      });
      assert.deepEqual(thread.instrumentSlugs, ['demo-tailings-code'], 'each instrument once');
      const view = await ex.forum.getThread(null, thread.id);
      assert.deepEqual(view.thread.instrumentSlugs, ['demo-tailings-code']);
      assert.deepEqual(view.links.instruments, [
        { slug: 'demo-tailings-code', title: 'Demo tailings code (fictional)', shortTitle: 'DTC' },
      ]);
      assert.deepEqual(view.links.proposals, [
        { id: proposal.id, code: 'DEMO-77', title: 'Proposition démo sur les résidus (fictive)' },
      ]);
      const linked = await ex.forum.threadsLinkedTo(null, { instrumentSlug: 'demo-tailings-code' });
      assert.deepEqual(
        linked.map((t) => t.id),
        [thread.id],
      );
      assert.deepEqual(
        (await ex.forum.threadsLinkedTo(null, { proposalId: proposal.id })).map((t) => t.id),
        [thread.id],
      );
      assert.deepEqual(await ex.forum.threadsLinkedTo(null, { instrumentSlug: 'another-code' }), []);
    });

    test("the proposals a thread may be linked to are the hub's, titled in the language asked", async () => {
      assert.deepEqual(await ex.forum.linkableProposals('fr'), [
        { id: proposal.id, code: 'DEMO-77', title: 'Proposition démo sur les résidus (fictive)' },
      ]);
      assert.deepEqual(
        (await ex.forum.linkableProposals('zh')).map((p) => p.title),
        ['Demo proposal on tailings (fictional)'],
        'the first text when there is none in that language',
      );
    });

    test('an unknown or unpublished instrument is refused with the field named', async () => {
      await assert.rejects(
        ex.forum.createThread(chl, 'theme-tailings', { ...draft, instrumentSlugs: ['not-in-catalogue'] }),
        (e: unknown) =>
          e instanceof ValidationError && !!e.detailFields?.some((i) => i.path === 'instrumentSlugs.0'),
      );
    });

    test('a hidden linked thread or one in a members-only space is not listed for the public', async () => {
      const members = await ex.forum.createSpace(secretariat, {
        slug: 'members-links',
        stage: null,
        theme: 'tailings',
        title: 'Members only',
        description: '',
        visibility: 'members',
        demo: true,
      });
      const { thread: inner } = await ex.forum.createThread(zmb, members.slug, {
        ...draft,
        instrumentSlugs: ['demo-tailings-code'],
      });
      const { thread: hidden } = await ex.forum.createThread(zmb, 'theme-tailings', {
        ...draft,
        title: 'Autre sujet',
        instrumentSlugs: ['demo-tailings-code'],
      });
      await ex.forum.moderate(secretariat, 'thread', hidden.id, { action: 'hide', reason: 'off topic' });
      const publicIds = (await ex.forum.threadsLinkedTo(null, { instrumentSlug: 'demo-tailings-code' })).map(
        (t) => t.id,
      );
      assert.ok(!publicIds.includes(inner.id) && !publicIds.includes(hidden.id));
      const fpIds = (await ex.forum.threadsLinkedTo(chl, { instrumentSlug: 'demo-tailings-code' })).map(
        (t) => t.id,
      );
      assert.ok(fpIds.includes(inner.id), 'a focal point reads members-only spaces');
      assert.ok(!fpIds.includes(hidden.id));
    });

    test('follow and unfollow: the space says so, and new threads notify only while following', async () => {
      await assert.rejects(ex.forum.follow(null, 'theme-water'), UnauthenticatedError);
      assert.deepEqual(await ex.forum.follow(zmb, 'theme-water'), { following: true });
      assert.deepEqual(await ex.forum.follow(zmb, 'theme-water'), { following: true }, 'idempotent');
      assert.equal((await ex.forum.getSpace(zmb, 'theme-water')).following, true);
      await ex.forum.createThread(chl, 'theme-water', { ...draft, title: 'Eau 1', body: 'Premier' });
      const notified = async () =>
        (await ex.notifications.list(zmb)).filter((n) => n.topic === 'new_item').length;
      assert.equal(await notified(), 1);
      assert.deepEqual(await ex.forum.follow(zmb, 'theme-water', false), { following: false });
      assert.equal((await ex.forum.getSpace(zmb, 'theme-water')).following, false);
      await ex.forum.createThread(chl, 'theme-water', { ...draft, title: 'Eau 2', body: 'Second' });
      assert.equal(await notified(), 1, 'no notice after unfollowing');
    });

    test('an observer cannot follow a members-only space it was not invited into; invited by e-mail, it can', async () => {
      await assert.rejects(ex.forum.follow(observer, 'members-links'), NotFoundError);
      await assert.rejects(ex.forum.invite(chl, 'members-links', { email: observer.email }), ForbiddenError);
      await assert.rejects(
        ex.forum.invite(secretariat, 'members-links', { email: 'nobody@strata.test' }),
        ValidationError,
      );
      assert.deepEqual(
        await ex.forum.invite(secretariat, 'members-links', { email: observer.email.toUpperCase() }),
        { userId: observer.userId },
      );
      assert.equal((await ex.forum.getSpace(observer, 'members-links')).member, true);
      assert.deepEqual(await ex.forum.follow(observer, 'members-links'), { following: true });
    });

    test('notifications are marked read one by one or all at once, only by their owner', async () => {
      const before = await ex.notifications.list(zmb);
      assert.ok(before.length >= 1 && before.every((n) => n.readAt === null));
      const first = before[0];
      assert.ok(first);
      await assert.rejects(ex.notifications.markRead(chl, first.id), NotFoundError, "another's notice");
      await assert.rejects(ex.notifications.markRead(null, 'all'), UnauthenticatedError);
      assert.deepEqual(await ex.notifications.markRead(zmb, first.id), { marked: 1 });
      assert.deepEqual(await ex.notifications.markRead(zmb, first.id), { marked: 0 }, 'already read');
      await ex.forum.follow(zmb, 'theme-water');
      await ex.forum.createThread(chl, 'theme-water', { ...draft, title: 'Eau 3', body: 'Troisième' });
      const unread = (await ex.notifications.list(zmb)).filter((n) => n.readAt === null).length;
      assert.ok(unread >= 1);
      assert.deepEqual(await ex.notifications.markRead(zmb, 'all'), { marked: unread });
      assert.ok((await ex.notifications.list(zmb)).every((n) => n.readAt !== null));
    });
  });
}
