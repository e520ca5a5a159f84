import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { type Actor, newId } from '@strata/core';
import { type Database, migrate, platformMigrations } from '@strata/db';
import { testDatabases } from '@strata/db/testing';
import { createExchangeServices, type ExchangeServices, seedExchange } from '../index.ts';
import { exchangeMigrations } from '../migrations.ts';
import { startTestSmtp } from './test-smtp.ts';
import { smtpTransport } from './transports.ts';

const person = (countryIso3: string): Actor => ({
  userId: newId(),
  email: `fp-${countryIso3.toLowerCase()}@strata.test`,
  role: 'focal_point',
  countryIso3,
  organisationId: null,
  companyId: null,
});
const asker = person('PER');
const answerer = person('GHA');
const accounts = [asker, answerer].map((a) => ({
  userId: a.userId,
  email: a.email,
  countryIso3: a.countryIso3,
}));

/** A real SMTP server that refuses the first message (451) and keeps the rest. */
const startSmtp = () => startTestSmtp({ refuse: 1 });

for (const factory of testDatabases()) {
  describe(`e-mail delivery through a real SMTP server (${factory.name})`, () => {
    let db: Database;
    let ex: ExchangeServices;
    let smtp: Awaited<ReturnType<typeof startSmtp>>;
    let clock = new Date('2026-12-04T10:00:00Z');
    before(async () => {
      smtp = await startSmtp();
      db = await factory.open();
      await migrate(db, [...platformMigrations, ...exchangeMigrations]);
      ex = createExchangeServices(db, {
        proposals: { find: async () => null, list: async () => [] },
        directory: {
          account: async (id) => accounts.find((a) => a.userId === id) ?? null,
          accountByEmail: async (email) => accounts.find((a) => a.email === email) ?? null,
          focalPointsOf: async (iso3) => accounts.filter((a) => a.countryIso3 === iso3),
        },
        publicUrl: 'https://strata.test',
        now: () => clock,
      });
      await seedExchange(ex);
    });
    after(async () => {
      await db.close();
      await smtp.close();
    });

    test('a reply is mailed once: refused, retried after the backoff, delivered, never again', async () => {
      const { thread } = await ex.forum.createThread(asker, 'theme-mercury-artisanal', {
        language: 'es',
        kind: 'question',
        title: '¿Cómo reducir el uso de mercurio?',
        body: 'Buscamos experiencias de minería artesanal sin mercurio.',
      });
      await ex.forum.reply(answerer, thread.id, {
        body: 'Tenemos un programa de concentración gravimétrica.',
      });
      const transport = smtpTransport(`smtp://127.0.0.1:${smtp.port}`, 'strata@strata.test');
      try {
        assert.deepEqual(await ex.notifications.drainOutbox(transport), { sent: 0, failed: 0, retried: 1 });
        assert.deepEqual(await ex.notifications.drainOutbox(transport), { sent: 0, failed: 0, retried: 0 });
        clock = new Date(clock.getTime() + 60_000);
        assert.deepEqual(await ex.notifications.drainOutbox(transport), { sent: 1, failed: 0, retried: 0 });
        clock = new Date(clock.getTime() + 86_400_000);
        assert.deepEqual(await ex.notifications.drainOutbox(transport), { sent: 0, failed: 0, retried: 0 });
      } finally {
        transport.close();
      }
      assert.equal(smtp.received.length, 1);
      const [mail] = smtp.received;
      assert.match(mail ?? '', /To: fp-per@strata\.test/);
      assert.match(mail ?? '', /https:\/\/strata\.test\/api\/exchange\/unsubscribe\/\w+/);
    });

    test('the unsubscribe link turns that topic off: the next reply is in-app only', async () => {
      // The body travels quoted-printable: soft line breaks (=CRLF) are taken out before reading the link.
      const body = (smtp.received[0] ?? '').replace(/=\r\n/g, '');
      const token = /unsubscribe\/([\w-]+)/.exec(body)?.[1] ?? '';
      assert.deepEqual(await ex.notifications.unsubscribe(token), { topic: 'reply' });
      assert.equal((await ex.notifications.settings(asker)).reply, 'off');
      const [thread] = (await ex.forum.getSpace(asker, 'theme-mercury-artisanal')).threads;
      await ex.forum.reply(answerer, thread?.id ?? '', { body: 'Otra respuesta.' });
      assert.equal((await ex.notifications.outboxCounts()).pending, 0);
      assert.equal((await ex.notifications.list(asker)).filter((n) => n.topic === 'reply').length, 2);
    });
  });
}
