// Fast tests of the account service against in-memory repositories (no database): the service's own
// rules. Session expiry and seeding against both engines are in platform.test.ts.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { type Actor, ForbiddenError, ValidationError } from '@strata/core';
import { AccountService } from './account-service.ts';
import { fakePlatform } from './fake-accounts.ts';

const secretariat: Actor = {
  userId: '00000000-0000-4000-8000-000000000001',
  email: 'sec@strata.test',
  role: 'secretariat',
  countryIso3: null,
  organisationId: null,
  companyId: null,
};
/** Cheap argon2id parameters, as an older deployment might have used. */
const OLD = { memoryCost: 8192, timeCost: 1, parallelism: 1 };

describe('account service (in-memory repositories)', () => {
  test('creating an account: the secretariat only, validated, audited without the password hash', async () => {
    const { accounts, work } = fakePlatform();
    const service = new AccountService(work, { password: OLD });
    const input = {
      email: 'FP@Example.org',
      password: 'twelve chars!',
      role: 'focal_point' as const,
      countryIso3: 'sen',
    };
    await assert.rejects(service.createUser({ ...secretariat, role: 'co_chair' }, input), ForbiddenError);
    await assert.rejects(service.createUser(secretariat, { ...input, password: 'short' }), ValidationError);
    await assert.rejects(service.createUser(secretariat, { ...input, countryIso3: 'XXX' }), ValidationError);
    const user = await service.createUser(secretariat, input);
    assert.equal(user.email, 'fp@example.org');
    assert.equal(user.countryIso3, 'SEN');
    assert.equal(accounts.users.size, 1);
    assert.equal(work.audited.length, 1);
    assert.equal(work.audited[0]?.action, 'platform.user.create');
    assert.doesNotMatch(JSON.stringify(work.audited[0]?.after), /argon2/);
  });

  test('signing in with a hash made under older parameters stores a fresh hash (OWASP m=19 MiB, t=2)', async () => {
    const { accounts, work } = fakePlatform();
    const old = new AccountService(work, { password: OLD });
    const user = await old.createUser(secretariat, {
      email: 'co@example.org',
      password: 'a long passphrase',
      role: 'co_chair',
    });
    assert.match(accounts.users.get(user.userId)?.passwordHash ?? '', /\$m=8192,t=1,p=1\$/);
    const today = new AccountService(work);
    assert.equal(await today.authenticate('co@example.org', 'wrong passphrase'), null);
    assert.match(
      accounts.users.get(user.userId)?.passwordHash ?? '',
      /\$m=8192,t=1,p=1\$/,
      'no rehash on failure',
    );
    assert.equal((await today.authenticate('co@example.org', 'a long passphrase'))?.userId, user.userId);
    assert.match(accounts.users.get(user.userId)?.passwordHash ?? '', /^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    assert.deepEqual(
      work.audited.map((a) => a.action),
      ['platform.user.create', 'platform.user.rehash'],
    );
    // The fresh hash still verifies, and is not redone at the next sign-in.
    assert.ok(await today.authenticate('co@example.org', 'a long passphrase'));
    assert.equal(work.audited.length, 2);
  });

  test('a session lasts 14 days from sign-in and ends when signed out', async () => {
    const { work } = fakePlatform();
    let now = new Date('2026-03-01T08:00:00Z');
    const service = new AccountService(work, { now: () => now, password: OLD });
    const user = await service.createUser(secretariat, {
      email: 'r@example.org',
      password: 'a long passphrase',
      role: 'reviewer',
    });
    const grant = await service.startSession(user);
    // 14 days after 1 March 08:00 UTC.
    assert.equal(grant.expiresAt.toISOString(), '2026-03-15T08:00:00.000Z');
    assert.equal((await service.resolveSession(grant.token))?.user.userId, user.userId);
    await service.endSession(grant.token);
    assert.equal(await service.resolveSession(grant.token), null);
    now = new Date('2026-03-01T09:00:00Z');
    const second = await service.startSession(user);
    assert.equal(await service.resolveSession('too-short'), null);
    assert.ok(await service.resolveSession(second.token));
  });
});
