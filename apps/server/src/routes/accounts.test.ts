// The account journeys over HTTP: first-run set-up through the one-time link, password change, reset
// links, signing out everywhere, and the secretariat's account administration.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { testDatabases } from '@strata/db/testing';
import pino from 'pino';
import { createApp } from '../app.ts';
import { createContext } from '../context.ts';
import { createTestPlatform, TestClient, type TestPlatform } from '../test-support.ts';

const fragmentToken = (link: string) => /#token=([\w-]+)$/.exec(link)?.[1] ?? '';

for (const factory of testDatabases()) {
  describe(`first-run set-up over HTTP on ${factory.name}`, () => {
    test('the one-time link creates the first secretariat account and signs it in, once', async () => {
      const db = await factory.open();
      try {
        const ctx = await createContext({ db, logger: pino({ level: 'silent' }), modules: [] });
        await ctx.platform.countries.seed();
        const app = createApp(ctx, []);
        const browser = new TestClient(app);
        const state = async () =>
          (await (await browser.request('GET', '/api/setup')).json()) as { needed: boolean };
        assert.deepEqual(await state(), { needed: true });
        const issued = await ctx.platform.credentials.issueSetupToken();
        assert.ok(issued);
        const body = {
          token: issued.token,
          email: 'head@secretariat.test',
          password: 'a long first passphrase',
        };
        assert.equal(
          (await browser.request('POST', '/api/setup', { ...body, token: 'x'.repeat(43) })).status,
          403,
        );
        const short = await browser.request('POST', '/api/setup', { ...body, password: 'short' });
        assert.equal(short.status, 400);
        const created = await browser.request('POST', '/api/setup', body);
        assert.equal(created.status, 201);
        const session = (await created.json()) as { user: { role: string }; csrfToken: string };
        assert.equal(session.user.role, 'secretariat');
        browser.csrfToken = session.csrfToken;
        assert.equal((await browser.request('GET', '/api/users')).status, 200, 'signed in by the set-up');
        assert.deepEqual(await state(), { needed: false });
        assert.equal((await new TestClient(app).request('POST', '/api/setup', body)).status, 409);
        // The CLI path stays: the server issues no link once set up.
        assert.equal(await ctx.platform.credentials.issueSetupToken(), null);
      } finally {
        await db.close();
      }
    });
  });

  describe(`accounts over HTTP on ${factory.name}`, () => {
    let p: TestPlatform;
    before(async () => {
      p = await createTestPlatform(await factory.open(), { modules: [], seed: false });
    });
    after(async () => p.close());

    test('the secretariat edits, disables and re-enables an account; the account’s sessions end', async () => {
      const sec = await p.clientAs('secretariat');
      const created = await sec.request('POST', '/api/users', {
        email: 'fp-admin@strata.test',
        password: 'a long passphrase 1',
        role: 'focal_point',
        countryIso3: 'KEN',
      });
      assert.equal(created.status, 201);
      const { id } = (await created.json()) as { id: string };
      const fp = new TestClient(p.app);
      assert.equal((await fp.signIn('fp-admin@strata.test', 'a long passphrase 1')).status, 200);
      const anyone = await p.clientAs('co_chair');
      assert.equal((await anyone.request('PATCH', `/api/users/${id}`, { disabled: true })).status, 403);
      const renamed = await sec.request('PATCH', `/api/users/${id}`, { displayName: 'Kenya focal point' });
      assert.equal(renamed.status, 200);
      assert.equal(((await renamed.json()) as { displayName: string }).displayName, 'Kenya focal point');
      const disabled = await sec.request('PATCH', `/api/users/${id}`, { disabled: true });
      assert.equal(((await disabled.json()) as { disabled: boolean }).disabled, true);
      const gone = (await (await fp.request('GET', '/api/auth/session')).json()) as { user: null };
      assert.equal(gone.user, null, 'the disabled account is signed out');
      assert.equal((await fp.signIn('fp-admin@strata.test', 'a long passphrase 1')).status, 401);
      await sec.request('PATCH', `/api/users/${id}`, { disabled: false });
      assert.equal((await fp.signIn('fp-admin@strata.test', 'a long passphrase 1')).status, 200);
      const list = (await (await sec.request('GET', '/api/users')).json()) as {
        items: { email: string; disabled: boolean }[];
      };
      assert.equal(list.items.find((u) => u.email === 'fp-admin@strata.test')?.disabled, false);
      assert.equal((await sec.request('PATCH', '/api/users/not-a-uuid', { disabled: true })).status, 400);
    });

    test('a reset link from the secretariat sets a new password once and ends every session', async () => {
      const sec = await p.clientAs('secretariat');
      const { id } = (await (
        await sec.request('POST', '/api/users', {
          email: 'reviewer-reset@strata.test',
          password: 'the old passphrase',
          role: 'reviewer',
        })
      ).json()) as { id: string };
      const user = new TestClient(p.app);
      await user.signIn('reviewer-reset@strata.test', 'the old passphrase');
      const issued = await sec.request('POST', `/api/users/${id}/reset`);
      assert.equal(issued.status, 201);
      const reset = (await issued.json()) as { link: string; emailed: boolean };
      assert.match(reset.link, /\/reset-password#token=/);
      assert.equal(reset.emailed, false, 'no mail configured in tests');
      const token = fragmentToken(reset.link);
      const anon = new TestClient(p.app);
      const done = await anon.request('POST', '/api/auth/reset', {
        token,
        newPassword: 'the new passphrase',
      });
      assert.equal(done.status, 200);
      assert.equal(
        (await anon.request('POST', '/api/auth/reset', { token, newPassword: 'another one!!' })).status,
        403,
      );
      const session = (await (await user.request('GET', '/api/auth/session')).json()) as { user: null };
      assert.equal(session.user, null);
      assert.equal((await user.signIn('reviewer-reset@strata.test', 'the new passphrase')).status, 200);
    });

    test('changing one’s password and signing out everywhere', async () => {
      const here = await p.clientAs('reviewer');
      const me = (await (await here.request('GET', '/api/auth/session')).json()) as {
        user: { email: string };
      };
      const there = new TestClient(p.app);
      await there.signIn(me.user.email, 'correct horse battery');
      const wrong = await here.request('POST', '/api/auth/password', {
        currentPassword: 'not it',
        newPassword: 'a brand new passphrase',
      });
      assert.equal(wrong.status, 400);
      const changed = await here.request('POST', '/api/auth/password', {
        currentPassword: 'correct horse battery',
        newPassword: 'a brand new passphrase',
      });
      assert.deepEqual(await changed.json(), { sessionsEnded: 1 });
      assert.equal(
        ((await (await there.request('GET', '/api/auth/session')).json()) as { user: null }).user,
        null,
      );
      assert.equal(
        (await new TestClient(p.app).request('POST', '/api/auth/sign-out-everywhere')).status,
        401,
      );
      const out = await here.request('POST', '/api/auth/sign-out-everywhere');
      assert.deepEqual(await out.json(), { sessionsEnded: 1 });
      assert.equal(
        ((await (await here.request('GET', '/api/auth/session')).json()) as { user: null }).user,
        null,
      );
    });

    test('organisations and companies are renamed by the secretariat; names stay unique', async () => {
      const sec = await p.clientAs('secretariat');
      const a = (await (
        await sec.request('POST', '/api/companies', { name: 'Fictional Ore Ltd (demo)' })
      ).json()) as {
        id: string;
      };
      await sec.request('POST', '/api/companies', { name: 'Other Fictional Co (demo)' });
      const clash = await sec.request('PATCH', `/api/companies/${a.id}`, {
        name: 'other fictional co (DEMO)',
      });
      assert.equal(clash.status, 409);
      const moved = await sec.request('PATCH', `/api/companies/${a.id}`, { countryIso3: 'CHL' });
      assert.equal(((await moved.json()) as { country_iso3: string }).country_iso3, 'CHL');
      const org = (await (
        await sec.request('POST', '/api/organisations', { name: 'Demo Observers Network' })
      ).json()) as {
        id: string;
      };
      const renamed = await sec.request('PATCH', `/api/organisations/${org.id}`, { name: 'Demo Observers' });
      assert.equal(((await renamed.json()) as { name: string }).name, 'Demo Observers');
      assert.equal((await sec.request('PATCH', `/api/organisations/${a.id}`, { name: 'x' })).status, 404);
    });
  });
}
