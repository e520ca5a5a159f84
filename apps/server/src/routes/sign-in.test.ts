import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { testDatabases } from '@strata/db/testing';
import { createTestPlatform, type TestPlatform } from '../test-support.ts';

// Finding 3 of the security review: password spraying from one address is stopped, the count outlives
// a restart, and a refused attempt costs no password hash.
for (const factory of testDatabases()) {
  describe(`sign-in limits over HTTP on ${factory.name}`, () => {
    let p: TestPlatform;
    let verified = 0;

    before(async () => {
      p = await createTestPlatform(await factory.open(), { modules: [] });
      const accounts = p.ctx.platform.accounts;
      const authenticate = accounts.authenticate.bind(accounts);
      accounts.authenticate = async (email, password) => {
        verified++;
        return authenticate(email, password);
      };
    });
    after(async () => p.close());

    test('thirty e-mails from one address: 429 before the thirtieth 401, refused ones hash no password', async () => {
      const c = p.anonymous();
      const statuses: number[] = [];
      for (let i = 0; i < 30; i++)
        statuses.push((await c.signIn(`spray${i}@strata.test`, 'Winter2026!')).status);
      const unauthorised = statuses.filter((s) => s === 401).length;
      assert.equal(unauthorised, 20);
      assert.deepEqual(statuses.slice(20), Array(10).fill(429));
      assert.equal(verified, 20, 'the password verifier ran only for the attempts the limiter let through');
      assert.ok(p.signInDelays.includes(4000), 'the later failures waited the longest delay');
      const refused = await c.signIn('spray99@strata.test', 'Winter2026!');
      assert.ok(Number(refused.headers.get('retry-after')) > 0);
    });

    test('the limit holds after a restart on the same database', async () => {
      const restarted = await createTestPlatform(p.ctx.db, { modules: [], seed: false });
      assert.equal((await restarted.anonymous().signIn('spray100@strata.test', 'Winter2026!')).status, 429);
    });
  });
}
