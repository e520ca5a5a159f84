import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { type Actor, newId } from '@strata/core';
import type { Database } from '@strata/db';
import { testDatabases } from '@strata/db/testing';
import type { ExchangeServices } from '../index.ts';
import type { MailTransport } from './ports.ts';
import { directoryOf, openTestExchange } from './test-exchange.ts';

const focalPoint = (countryIso3: string): Actor => ({
  userId: newId(),
  email: `digest-${countryIso3.toLowerCase()}@strata.test`,
  role: 'focal_point',
  countryIso3,
  organisationId: null,
  companyId: null,
});
const per = focalPoint('PER');
const gha = focalPoint('GHA');
const directory = directoryOf([per, gha]);

for (const factory of testDatabases()) {
  describe(`daily digests on ${factory.name}`, () => {
    let db: Database;
    let ex: ExchangeServices;
    let clock = new Date('2026-12-07T05:00:00Z');
    before(async () => {
      ({ db, ex } = await openTestExchange(factory, { directory, now: () => clock }));
    });
    after(() => db.close());

    test('a daily reader gets one digest a day, from the given hour, listing what came; no immediate mail', async () => {
      await ex.notifications.setSetting(gha, 'new_item', 'daily');
      await ex.forum.follow(gha, 'theme-climate');
      for (const title of ['Adaptation of tailings dams', 'Emissions of processing plants']) {
        await ex.forum.createThread(per, 'theme-climate', {
          language: 'en',
          kind: 'discussion',
          title,
          body: `${title}: experiences wanted.`,
        });
      }
      const sent: { to: string; subject: string; text: string }[] = [];
      const transport: MailTransport = {
        async send(m) {
          sent.push({ to: m.to, subject: m.subject, text: m.text });
        },
      };
      await ex.notifications.drainOutbox(transport);
      assert.equal(sent.length, 0, 'nothing immediate for a daily reader');
      assert.equal(await ex.notifications.queueDailyDigests({ notBeforeHourUtc: 6 }), 0, 'before 06:00');
      clock = new Date('2026-12-07T06:01:00Z');
      assert.equal(await ex.notifications.queueDailyDigests({ notBeforeHourUtc: 6 }), 1);
      assert.equal(await ex.notifications.queueDailyDigests({ notBeforeHourUtc: 6 }), 0, 'once a day');
      await ex.notifications.drainOutbox(transport);
      assert.equal(sent.length, 1);
      const [digest] = sent;
      assert.equal(digest?.to, gha.email);
      assert.match(digest?.subject ?? '', /2 new since yesterday/);
      assert.match(digest?.text ?? '', /Adaptation of tailings dams/);
      assert.match(digest?.text ?? '', /Emissions of processing plants/);
      assert.match(digest?.text ?? '', /https:\/\/strata\.test\/exchange\/notifications\n/);
      clock = new Date('2026-12-08T06:30:00Z');
      assert.equal(await ex.notifications.queueDailyDigests({ notBeforeHourUtc: 6 }), 0, 'nothing new');
    });
  });
}
