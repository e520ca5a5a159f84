import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { type Actor, ConflictError, ForbiddenError, newId } from '@strata/core';
import type { Database } from '@strata/db';
import { testDatabases } from '@strata/db/testing';
import { type ExchangeServices, seedExchange } from '../index.ts';
import type { MailTransport } from './ports.ts';
import { directoryOf, openTestExchange } from './test-exchange.ts';

const actor = (
  role: Actor['role'],
  countryIso3: string | null,
  organisationId: string | null = null,
): Actor => ({
  userId: newId(),
  email: `${role}-${countryIso3 ?? organisationId}@strata.test`,
  role,
  countryIso3,
  organisationId,
  companyId: null,
});
const bra = actor('focal_point', 'BRA');
const ken = actor('focal_point', 'KEN');
const fra = actor('focal_point', 'FRA');
const observer = actor('observer_contact', null, newId());
const secretariat = actor('secretariat', null);
const everyone = [bra, ken, fra, observer, secretariat];

const directory = directoryOf(everyone);

for (const factory of testDatabases()) {
  describe(`exchange services on ${factory.name}`, () => {
    let db: Database;
    let ex: ExchangeServices;
    let clock = new Date('2026-12-04T10:00:00Z');
    before(async () => {
      ({ db, ex } = await openTestExchange(factory, { directory, now: () => clock }));
      await seedExchange(ex); // idempotent
    });
    after(() => db.close());

    test('the seed makes one public space per stage and per theme, once', async () => {
      assert.equal((await ex.forum.listSpaces(null)).length, 7 + 9);
    });

    test('a need and a fitting offer are matched, with the score explained', async () => {
      const need = await ex.board.createNeed(bra, {
        countryIso3: 'BRA',
        theme: 'water',
        stage: 'extraction',
        kind: 'training',
        urgency: 'high',
        language: 'en',
        title: 'Training inspectors in water monitoring at tailings facilities',
        context:
          'Inspectors of the mining agency need training in monitoring water quality downstream of tailings facilities.',
        neededBy: '2027-06-30',
      });
      const offer = await ex.board.createOffer(ken, {
        providerCountryIso3: 'KEN',
        providerName: 'Kenya',
        themes: ['water'],
        stages: [],
        kinds: ['training'],
        regions: ['global'],
        language: 'en',
        title: 'Water quality monitoring course for mine inspectors',
        description: 'A two-week course on sampling and monitoring water quality near mine sites.',
        capacity: 2,
      });
      assert.equal(need.matches.length, 0);
      assert.equal(offer.matches.length, 1);
      const [match] = offer.matches;
      // every dimension fits: 0.30 + 0.25 + 0.20 + 0.15 + 0.10
      assert.equal(match?.score, 1);
      assert.equal(match?.explanation.dimensions.length, 5);
      const notes = await ex.notifications.list(bra);
      assert.ok(
        notes.some((n) => n.topic === 'match'),
        'the needing country is told',
      );
    });

    test('the same need written again is shown as a near-duplicate before it is saved', async () => {
      const report = await ex.duplicates.check({
        kind: 'need',
        language: 'en',
        title: 'Training of inspectors in monitoring water at tailings facilities',
        body: 'Mining agency inspectors need training to monitor water quality downstream of tailings facilities.',
        stage: 'extraction',
        theme: 'water',
        countryIso3: 'BRA',
      });
      assert.equal(report.duplicates.length, 1);
      assert.ok(report.duplicates[0]?.explanation.sharedWords.includes('inspectors'));
      const other = await ex.duplicates.check({
        kind: 'need',
        language: 'en',
        title: 'Financing mangrove restoration near sand dredging sites',
        body: 'Funds to restore mangroves damaged by coastal sand extraction.',
        stage: 'extraction',
        theme: 'water',
        countryIso3: 'BRA',
      });
      assert.equal(other.duplicates.length, 0);
    });

    test('a match moves through its states by its parties; delivering serves the need', async () => {
      const [match] = await ex.board.listMatches();
      assert.ok(match);
      await assert.rejects(
        ex.board.moveMatch(fra, match.id, { state: 'in_contact', note: 'x' }),
        ForbiddenError,
      );
      await assert.rejects(
        ex.board.moveMatch(bra, match.id, { state: 'agreed', note: 'skip' }),
        ConflictError,
      );
      await ex.board.moveMatch(bra, match.id, { state: 'in_contact', note: 'First call held' });
      await ex.board.moveMatch(ken, match.id, { state: 'agreed', note: 'Course dates agreed' });
      const delivered = await ex.board.moveMatch(ken, match.id, {
        state: 'delivered',
        note: '12 inspectors trained',
      });
      assert.deepEqual(
        delivered.notes.map((n) => n.state),
        ['in_contact', 'agreed', 'delivered'],
      );
      const [need] = await ex.board.listNeeds({ countryIso3: 'BRA' });
      assert.equal(need?.status, 'served');
      const report = await ex.duplicates.check({
        kind: 'need',
        language: 'fr',
        title: 'Autre besoin',
        body: 'Texte',
        stage: null,
        theme: 'water',
        countryIso3: 'BRA',
      });
      assert.equal(report.servedNeeds.length, 1, 'needs already served are shown');
    });

    test('focal points write for their own country only', async () => {
      await assert.rejects(
        ex.board.createNeed(fra, {
          countryIso3: 'BRA',
          theme: 'sand',
          kind: 'training',
          urgency: 'low',
          language: 'en',
          title: 't',
          context: 'c',
        }),
        ForbiddenError,
      );
    });

    test('case contacts are hidden from the public; drafts are not public until published', async () => {
      const { case: c } = await ex.library
        .create(bra, {
          countryIso3: 'BRA',
          stage: 'closure',
          theme: 'tailings',
          language: 'pt' as never,
          title: 'x',
          problem: 'p',
          actions: 'a',
          results: 'r',
        })
        .catch(async () =>
          ex.library.create(bra, {
            countryIso3: 'BRA',
            stage: 'closure',
            theme: 'tailings',
            language: 'es',
            title: 'Cierre progresivo de depósitos de relaves',
            problem: 'Depósitos abandonados',
            actions: 'Plan de cierre',
            results: 'Tres depósitos cerrados',
            contacts: [{ name: 'Demo Contact', email: 'contact@example.org' }],
          }),
        );
      assert.deepEqual(await ex.library.list(null), []);
      await ex.library.submit(bra, c.id);
      await ex.library.review(secretariat, c.id, { decision: 'published' });
      const [publicView] = await ex.library.list(null);
      assert.equal(publicView?.current.contacts, undefined);
      const focal = await ex.library.get(ken, c.id);
      assert.deepEqual(focal.current.contacts, [{ name: 'Demo Contact', email: 'contact@example.org' }]);
      const hits = await ex.search.search(null, { q: 'relaves', languages: ['es'] });
      assert.deepEqual(
        hits.map((h) => h.itemId),
        [c.id],
      );
    });

    test('replies notify the author, mentions the mentioned; a locked thread takes no reply; moderation keeps its reason', async () => {
      const { thread } = await ex.forum.createThread(bra, 'theme-water', {
        language: 'en',
        kind: 'question',
        title: 'Who samples groundwater near tailings?',
        body: 'Which agency samples groundwater near tailings dams in your country?',
      });
      const reply = await ex.forum.reply(ken, thread.id, {
        body: `Our water authority does; see @${fra.email}`,
      });
      assert.deepEqual(reply.mentions, [fra.userId]);
      assert.ok((await ex.notifications.list(bra)).some((n) => n.topic === 'reply'));
      assert.ok((await ex.notifications.list(fra)).some((n) => n.topic === 'mention'));
      await assert.rejects(ex.forum.acceptAnswer(ken, thread.id, reply.id), ForbiddenError);
      assert.equal((await ex.forum.acceptAnswer(bra, thread.id, reply.id)).acceptedReplyId, reply.id);
      await assert.rejects(
        ex.forum.moderate(bra, 'thread', thread.id, { action: 'lock', reason: 'x' }),
        ForbiddenError,
      );
      await ex.forum.moderate(secretariat, 'thread', thread.id, { action: 'lock', reason: 'Answered' });
      await assert.rejects(ex.forum.reply(fra, thread.id, { body: 'late' }), ConflictError);
      const view = await ex.forum.getThread(null, thread.id);
      assert.equal(view.thread.lockedReason, 'Answered');
      assert.deepEqual(
        view.moderation.map((m) => [m.action, m.reason]),
        [['lock', 'Answered']],
      );
    });

    test('observers write only where invited', async () => {
      const input = {
        language: 'fr' as const,
        kind: 'discussion' as const,
        title: 'Sable',
        body: 'Extraction de sable marin',
      };
      await assert.rejects(ex.forum.createThread(observer, 'theme-sand', input), ForbiddenError);
      await ex.forum.invite(secretariat, 'theme-sand', { userId: observer.userId });
      const { thread } = await ex.forum.createThread(observer, 'theme-sand', input);
      assert.equal(thread.countryIso3, null);
    });

    test('the outbox sends each e-mail once, retries failures with backoff', async () => {
      const sent: string[] = [];
      let failNext = 1;
      const flaky: MailTransport = {
        async send(m) {
          if (failNext-- > 0) throw new Error('421 try later');
          sent.push(`${m.to}|${m.subject}`);
        },
      };
      const first = await ex.notifications.drainOutbox(flaky);
      assert.equal(first.retried, 1);
      const again = await ex.notifications.drainOutbox(flaky);
      assert.equal(again.sent + again.retried, 0, 'the failed one waits for its retry time');
      clock = new Date(clock.getTime() + 60_000); // first retry after 1 minute
      const later = await ex.notifications.drainOutbox(flaky);
      assert.equal(later.sent, 1);
      assert.equal(new Set(sent).size, sent.length, 'nothing sent twice');
      assert.equal((await ex.notifications.outboxCounts()).pending, 0);
    });
  });
}
