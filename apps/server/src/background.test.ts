import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { type Actor, newId } from '@strata/core';
import { seedExchange } from '@strata/exchange';
import { startTestSmtp } from '@strata/exchange/testing';
import pino from 'pino';
import { exchangeServices } from './modules/exchange.ts';
import { type RunningServer, startServer } from './server.ts';

const until = async (check: () => boolean, ms: number) => {
  const end = Date.now() + ms;
  while (!check() && Date.now() < end) await new Promise((resolve) => setTimeout(resolve, 20));
};

describe('the server drains the e-mail outbox in the background', () => {
  let smtp: Awaited<ReturnType<typeof startTestSmtp>>;
  let running: RunningServer;
  const saved = { ...process.env };
  before(async () => {
    smtp = await startTestSmtp();
    process.env.SMTP_URL = `smtp://127.0.0.1:${smtp.port}`;
    process.env.STRATA_MAIL_INTERVAL_SECONDS = '0.05';
    delete process.env.STRATA_MAIL_SENDER;
    running = await startServer({
      port: 0,
      dataDir: null,
      seed: false,
      background: true,
      logger: pino({ level: 'silent' }),
    });
  });
  after(async () => {
    await running.close();
    await smtp.close();
    process.env = saved;
  });

  test('a reply notification is mailed by the running server, once', async () => {
    const { ctx } = running;
    await ctx.platform.countries.seed();
    const ex = exchangeServices(ctx);
    await seedExchange(ex);
    const email = 'asker@strata.test';
    const user = await ctx.platform.accounts.createUser(
      null,
      { email, password: 'correct horse battery', role: 'secretariat' },
      { bootstrap: true },
    );
    const actor = (userId: string, address: string): Actor => ({
      userId,
      email: address,
      role: 'secretariat',
      countryIso3: null,
      organisationId: null,
      companyId: null,
    });
    const { thread } = await ex.forum.createThread(actor(user.userId, email), 'theme-water', {
      language: 'en',
      kind: 'question',
      title: 'Water balance models',
      body: 'Which models do regulators accept?',
    });
    await ex.forum.reply(actor(newId(), 'answerer@strata.test'), thread.id, { body: 'A monthly balance.' });
    await until(() => smtp.received.length > 0, 10_000);
    assert.equal(smtp.received.length, 1);
    assert.match(smtp.received[0] ?? '', /To: asker@strata\.test/);
    // Several more rounds run (one every 50 ms): the message is not sent again.
    await new Promise((resolve) => setTimeout(resolve, 400));
    assert.equal(smtp.received.length, 1);
    assert.deepEqual(await ex.notifications.outboxCounts(), { pending: 0, sent: 1, failed: 0 });
  });
});
