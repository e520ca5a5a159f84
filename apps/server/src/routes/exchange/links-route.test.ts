import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { testDatabases } from '@strata/db/testing';
import { digestHourUtc, exchangeModule } from '../../modules/exchange.ts';
import { instrumentsModule } from '../../modules/instruments.ts';
import { processModule } from '../../modules/process.ts';
import { createTestPlatform, type TestClient, type TestPlatform } from '../../test-support.ts';
import type { ExchangeNotification, ExchangeThread, ExchangeThreadLinks } from './api-types.ts';

const thread = {
  language: 'en',
  kind: 'discussion',
  title: 'Applying the tailings standard to legacy facilities',
  body: 'How have others applied the standard to facilities built before it?',
};

for (const factory of testDatabases()) {
  describe(`exchange links, follows, invitations and read marks over HTTP on ${factory.name}`, () => {
    let p: TestPlatform;
    let brazil: TestClient;
    let kenya: TestClient;
    let secretariat: TestClient;
    before(async () => {
      p = await createTestPlatform(await factory.open(), {
        modules: [processModule, instrumentsModule, exchangeModule],
      });
      brazil = await p.clientAs('focal_point', { countryIso3: 'BRA' });
      kenya = await p.clientAs('focal_point', { countryIso3: 'KEN' });
      secretariat = await p.clientAs('secretariat');
    });
    after(() => p.close());

    test('a thread links to a catalogued instrument; an unknown one is a 400 naming the field', async () => {
      const bad = await brazil.request('POST', '/api/exchange/spaces/theme-tailings/threads', {
        ...thread,
        instrumentSlugs: ['no-such-instrument'],
      });
      assert.equal(bad.status, 400);
      assert.match(await bad.text(), /instrumentSlugs\.0/);
      const created = await brazil.request('POST', '/api/exchange/spaces/theme-tailings/threads', {
        ...thread,
        instrumentSlugs: ['gistm'],
      });
      assert.equal(created.status, 201);
      const { thread: saved } = (await created.json()) as { thread: ExchangeThread };
      const view = (await (
        await p.anonymous().request('GET', `/api/exchange/threads/${saved.id}`)
      ).json()) as {
        links: ExchangeThreadLinks;
      };
      assert.deepEqual(
        view.links.instruments.map((i) => i.slug),
        ['gistm'],
      );
      assert.ok(view.links.instruments[0]?.title);
      const listed = (await (
        await p.anonymous().request('GET', '/api/exchange/threads?instrument=gistm')
      ).json()) as { items: ExchangeThread[] };
      assert.deepEqual(
        listed.items.map((t) => t.id),
        [saved.id],
      );
      assert.equal((await p.anonymous().request('GET', '/api/exchange/threads')).status, 400);
      const proposals = await p.anonymous().request('GET', '/api/exchange/proposals?language=fr');
      assert.equal(proposals.status, 200);
      assert.ok(Array.isArray(((await proposals.json()) as { items: unknown[] }).items));
      assert.equal((await p.anonymous().request('GET', '/api/exchange/proposals?language=xx')).status, 400);
    });

    test('follow: 401 anonymous; follow and unfollow show on the space; a new thread notifies the follower', async () => {
      assert.equal(
        (await p.anonymous().request('POST', '/api/exchange/spaces/theme-sand/follow')).status,
        401,
      );
      const on = await kenya.request('POST', '/api/exchange/spaces/theme-sand/follow');
      assert.deepEqual(await on.json(), { following: true });
      const space = (await (await kenya.request('GET', '/api/exchange/spaces/theme-sand')).json()) as {
        following: boolean;
      };
      assert.equal(space.following, true);
      await brazil.request('POST', '/api/exchange/spaces/theme-sand/threads', {
        ...thread,
        title: 'Marine sand extraction permits',
        body: 'Permits for marine sand extraction.',
      });
      const notes = (await (await kenya.request('GET', '/api/exchange/notifications')).json()) as {
        items: ExchangeNotification[];
      };
      assert.equal(notes.items.filter((n) => n.readAt === null).length, 1);
      const off = await kenya.request('DELETE', '/api/exchange/spaces/theme-sand/follow');
      assert.deepEqual(await off.json(), { following: false });
    });

    test('read marks: one, then all; 404 for an unknown id; 401 anonymous', async () => {
      const list = async () =>
        (
          (await (await kenya.request('GET', '/api/exchange/notifications')).json()) as {
            items: ExchangeNotification[];
          }
        ).items;
      const [first] = await list();
      assert.ok(first);
      assert.equal(
        (await p.anonymous().request('POST', `/api/exchange/notifications/${first.id}/read`)).status,
        401,
      );
      assert.equal(
        (await brazil.request('POST', `/api/exchange/notifications/${first.id}/read`)).status,
        404,
        "another account's notification",
      );
      const one = await kenya.request('POST', `/api/exchange/notifications/${first.id}/read`);
      assert.deepEqual(await one.json(), { marked: 1 });
      assert.ok((await list()).every((n) => n.readAt !== null));
      const all = await kenya.request('POST', '/api/exchange/notifications/read');
      assert.deepEqual(await all.json(), { marked: 0 });
    });

    test('the secretariat invites an observer by e-mail; a focal point may not (403); unknown e-mail 400', async () => {
      const observer = await p.clientAs('observer_contact');
      const session = (await (await observer.request('GET', '/api/auth/session')).json()) as {
        user: { email: string; id: string };
      };
      const body = { email: session.user.email };
      assert.equal(
        (await brazil.request('POST', '/api/exchange/spaces/theme-water/invitations', body)).status,
        403,
      );
      const unknown = await secretariat.request('POST', '/api/exchange/spaces/theme-water/invitations', {
        email: 'nobody-here@strata.test',
      });
      assert.equal(unknown.status, 400);
      const ok = await secretariat.request('POST', '/api/exchange/spaces/theme-water/invitations', body);
      assert.equal(ok.status, 200);
      assert.deepEqual(await ok.json(), { userId: session.user.id });
      const space = (await (await observer.request('GET', '/api/exchange/spaces/theme-water')).json()) as {
        member: boolean;
      };
      assert.equal(space.member, true);
    });
  });
}

test('the digest hour is an hour of the day in UTC; anything else falls back to 06', () => {
  assert.equal(digestHourUtc(undefined), 6);
  assert.equal(digestHourUtc('0'), 0);
  assert.equal(digestHourUtc('23'), 23);
  for (const bad of ['', ' ', '24', '-1', '7.5', 'seven']) assert.equal(digestHourUtc(bad), 6, bad);
});
