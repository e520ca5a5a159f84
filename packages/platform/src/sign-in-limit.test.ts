// Sign-in limits against both engines: per address across e-mails, per e-mail across addresses, the
// global ceiling, the progressive delay, and counts that outlive the limiter (a restart).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { RateLimitedError } from '@strata/core';
import { createUnitOfWork, type Database, migrate, platformMigrations } from '@strata/db';
import { testDatabases } from '@strata/db/testing';
import { SignInAttemptRepository } from './sign-in-attempt-repository.ts';
import { SIGN_IN_LIMITS, SignInLimiter, type SignInLimits, signInDelayMs } from './sign-in-limit.ts';

const MINUTE = 60_000;

test('the progressive delay: none for three failures, then doubling from 250 ms up to 4 s', () => {
  assert.deepEqual(
    [0, 3, 4, 5, 6, 7, 8, 9, 20].map((n) => signInDelayMs(n)),
    [0, 0, 250, 500, 1000, 2000, 4000, 4000, 4000],
  );
});

for (const factory of testDatabases()) {
  describe(`sign-in limits on ${factory.name}`, () => {
    let db: Database;
    let t = new Date('2026-03-01T09:00:00Z');
    const delays: number[] = [];
    const limiter = (limits: SignInLimits = SIGN_IN_LIMITS) =>
      new SignInLimiter(
        createUnitOfWork(db, (executor) => ({ signInAttempts: new SignInAttemptRepository(executor) })),
        { limits, now: () => t, sleep: async (ms) => void delays.push(ms) },
      );
    const refusedWith = (seconds: number) => (e: unknown) =>
      e instanceof RateLimitedError && e.retryAfterSeconds === seconds;

    before(async () => {
      db = await factory.open();
      await migrate(db, platformMigrations);
    });
    after(async () => db.close());

    test('twenty failures from one address, each with another e-mail, then the address is refused', async () => {
      const l = limiter();
      for (let i = 0; i < 20; i++) await l.attempt('203.0.113.7', `user${i}@example.org`);
      t = new Date(t.getTime() + MINUTE);
      // The window opened at 09:00 and ends at 09:15; it is 09:01, so the wait is 14 minutes.
      await assert.rejects(l.attempt('203.0.113.7', 'user99@example.org'), refusedWith(14 * 60));
      // Another address is not refused.
      await l.attempt('198.51.100.1', 'user99@example.org');
      // The delay grew with the address's failures, capped at 4 s.
      assert.equal(delays.at(-2), 4000);
    });

    test('ten failures for one e-mail from ten addresses, then the e-mail is refused from any address', async () => {
      const l = limiter();
      for (let i = 0; i < 10; i++) await l.attempt(`192.0.2.${i}`, 'Focal@Example.org');
      await assert.rejects(l.attempt('192.0.2.200', 'focal@example.org'), RateLimitedError);
    });

    test('the counts survive a new limiter on the same database (a restart), and end with their window', async () => {
      const first = limiter();
      for (let i = 0; i < 10; i++) await first.attempt('192.0.2.50', 'restart@example.org');
      const afterRestart = limiter();
      await assert.rejects(afterRestart.attempt('192.0.2.51', 'restart@example.org'), RateLimitedError);
      t = new Date(t.getTime() + 16 * MINUTE);
      await afterRestart.attempt('192.0.2.51', 'restart@example.org');
    });

    test('a success forgets the e-mail failures and does not count against the address', async () => {
      const l = limiter();
      for (let i = 0; i < 9; i++) await l.attempt('192.0.2.60', 'typo@example.org');
      await l.attempt('192.0.2.60', 'typo@example.org');
      await l.succeeded('192.0.2.60', 'typo@example.org');
      for (let i = 0; i < 10; i++) await l.attempt('192.0.2.61', 'typo@example.org');
      await assert.rejects(l.attempt('192.0.2.61', 'typo@example.org'), RateLimitedError);
    });

    test('the global ceiling refuses every address and e-mail once reached', async () => {
      t = new Date(t.getTime() + 16 * MINUTE);
      const l = limiter({ ...SIGN_IN_LIMITS, global: 5 });
      for (let i = 0; i < 5; i++) await l.attempt(`198.18.0.${i}`, `spray${i}@example.org`);
      await assert.rejects(l.attempt('198.18.0.99', 'fresh@example.org'), RateLimitedError);
    });

    test('password-reset attempts are limited per address', async () => {
      const l = limiter();
      for (let i = 0; i < 10; i++) await l.attemptReset('192.0.2.70');
      await assert.rejects(l.attemptReset('192.0.2.70'), RateLimitedError);
      await l.attemptReset('192.0.2.71');
    });
  });
}
