// Credentials against both engines: the first-run set-up link, password changes, resets, signing out
// everywhere, and account administration (disable, role changes, the last secretariat).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  type Actor,
  ConflictError,
  ForbiddenError,
  NotFoundError,
  UnauthenticatedError,
  ValidationError,
} from '@strata/core';
import { type Database, migrate, platformMigrations } from '@strata/db';
import { testDatabases } from '@strata/db/testing';
import { AccountRepository } from './account-repository.ts';
import type { MailMessage } from './mail.ts';
import { createPlatformServices, type PlatformServices } from './platform.ts';

const FAST = { memoryCost: 8192, timeCost: 1, parallelism: 1 };

for (const factory of testDatabases()) {
  describe(`credentials on ${factory.name}`, () => {
    let db: Database;
    let platform: PlatformServices;
    const now = new Date('2026-02-01T09:00:00Z');
    const sent: MailMessage[] = [];
    let secretariat: Actor;

    before(async () => {
      db = await factory.open();
      await migrate(db, platformMigrations);
      platform = createPlatformServices(db, {
        now: () => now,
        password: FAST,
        mail: { send: async (m) => void sent.push(m) },
      });
      await platform.countries.seed();
    });
    after(async () => db.close());

    test('first run: a one-time set-up link creates the first secretariat account, once', async () => {
      const { credentials, accounts } = platform;
      assert.equal(await credentials.setupNeeded(), true);
      const first = await credentials.issueSetupToken();
      const second = await credentials.issueSetupToken();
      assert.ok(first && second);
      assert.equal(second.expiresAt.toISOString(), '2026-02-02T09:00:00.000Z', '24 hours');
      const input = { email: 'Head@Secretariat.test', password: 'a long first passphrase' };
      // A newer link replaces the older one.
      await assert.rejects(credentials.completeSetup(first.token, input), ForbiddenError);
      // A bad password leaves the link usable.
      await assert.rejects(
        credentials.completeSetup(second.token, { ...input, password: 'short' }),
        ValidationError,
      );
      // Two attempts at once: exactly one account.
      const results = await Promise.allSettled([
        credentials.completeSetup(second.token, input),
        credentials.completeSetup(second.token, { ...input, email: 'other@secretariat.test' }),
      ]);
      const won = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
      assert.equal(won.length, 1);
      // Either attempt may win the race; the loser is refused because the link is spent.
      const loser = results.find((r) => r.status === 'rejected');
      assert.ok(loser?.status === 'rejected' && loser.reason instanceof Error);
      const winner = await accountByEmail(won[0]?.email ?? '');
      const users = await accounts.listUsers(testActorOf(winner));
      assert.equal(users.filter((u) => u.role === 'secretariat').length, 1);
      assert.equal(await credentials.setupNeeded(), false);
      assert.equal(await credentials.issueSetupToken(), null, 'no link once set up');
      await assert.rejects(credentials.completeSetup(second.token, input), ConflictError);
      secretariat = testActorOf(winner);
    });

    test('an expired set-up link is refused', async () => {
      const other = await factory.open();
      try {
        await migrate(other, platformMigrations);
        let t = new Date('2026-02-01T09:00:00Z');
        const fresh = createPlatformServices(other, { now: () => t, password: FAST });
        const issued = await fresh.credentials.issueSetupToken();
        assert.ok(issued);
        t = new Date('2026-02-02T09:00:01Z');
        await assert.rejects(
          fresh.credentials.completeSetup(issued.token, {
            email: 'late@x.test',
            password: 'a long passphrase',
          }),
          ForbiddenError,
        );
      } finally {
        await other.close();
      }
    });

    test('changing one’s password checks the current one and ends the other sessions only', async () => {
      const { accounts, credentials } = platform;
      const user = await accounts.createUser(secretariat, {
        email: 'fp@senegal.test',
        password: 'first passphrase 1',
        role: 'focal_point',
        countryIso3: 'SEN',
      });
      const here = await accounts.startSession(user);
      const there = await accounts.startSession(user);
      await assert.rejects(credentials.changePassword(null, here.token, 'x', 'y'), UnauthenticatedError);
      await assert.rejects(
        credentials.changePassword(user, here.token, 'wrong passphrase', 'second passphrase 2'),
        ValidationError,
      );
      await assert.rejects(
        credentials.changePassword(user, here.token, 'first passphrase 1', 'short'),
        ValidationError,
      );
      assert.deepEqual(
        await credentials.changePassword(user, here.token, 'first passphrase 1', 'second passphrase 2'),
        { sessionsEnded: 1 },
      );
      assert.ok(await accounts.resolveSession(here.token), 'this session stays');
      assert.equal(await accounts.resolveSession(there.token), null, 'the other one ended');
      assert.equal(await accounts.authenticate('fp@senegal.test', 'first passphrase 1'), null);
      assert.ok(await accounts.authenticate('fp@senegal.test', 'second passphrase 2'));
      assert.deepEqual(await credentials.signOutEverywhere(user), { sessionsEnded: 1 });
      assert.equal(await accounts.resolveSession(here.token), null);
    });

    test('a reset link: issued by the secretariat, e-mailed, used once, ends every session', async () => {
      const { accounts, credentials } = platform;
      const user = await accountByEmail('fp@senegal.test');
      const session = await accounts.startSession(user);
      await assert.rejects(
        credentials.issueReset(user, user.userId, (t) => t),
        ForbiddenError,
      );
      await assert.rejects(
        credentials.issueReset(secretariat, '00000000-0000-4000-8000-00000000dead', (t) => t),
        NotFoundError,
      );
      const older = await credentials.issueReset(
        secretariat,
        user.userId,
        (t) => `https://strata.test/r#${t}`,
      );
      const reset = await credentials.issueReset(
        secretariat,
        user.userId,
        (t) => `https://strata.test/r#${t}`,
      );
      assert.equal(reset.emailed, true);
      assert.equal(sent.at(-1)?.to, 'fp@senegal.test');
      assert.ok(sent.at(-1)?.text.includes(reset.link));
      assert.ok(await accounts.resolveSession(session.token), 'sessions stay until the reset is used');
      await assert.rejects(credentials.completeReset(older.token, 'third passphrase 3'), ForbiddenError);
      await assert.rejects(credentials.completeReset(reset.token, 'short'), ValidationError);
      assert.deepEqual(await credentials.completeReset(reset.token, 'third passphrase 3'), {
        email: 'fp@senegal.test',
      });
      await assert.rejects(credentials.completeReset(reset.token, 'fourth passphrase 4'), ForbiddenError);
      assert.equal(await accounts.resolveSession(session.token), null);
      assert.ok(await accounts.authenticate('fp@senegal.test', 'third passphrase 3'));
      const audit = await platform.audit.list(secretariat, { entity: 'user', entityId: user.userId });
      assert.ok(audit.some((a) => a.action === 'platform.user.password-reset'));
      assert.doesNotMatch(JSON.stringify(audit), new RegExp(reset.token), 'no token in the audit log');
    });

    test('disabling an account ends its sessions; the last secretariat stays', async () => {
      const { accounts } = platform;
      const user = await accountByEmail('fp@senegal.test');
      const session = await accounts.startSession(user);
      await assert.rejects(accounts.updateUser(user, user.userId, { disabled: true }), ForbiddenError);
      const disabled = await accounts.updateUser(secretariat, user.userId, { disabled: true });
      assert.equal(disabled.disabled, true);
      assert.equal(await accounts.resolveSession(session.token), null);
      assert.equal(await accounts.authenticate('fp@senegal.test', 'third passphrase 3'), null);
      await accounts.updateUser(secretariat, user.userId, { disabled: false });
      assert.ok(await accounts.authenticate('fp@senegal.test', 'third passphrase 3'));
      await assert.rejects(
        accounts.updateUser(secretariat, secretariat.userId, { disabled: true }),
        ConflictError,
      );
      await assert.rejects(
        accounts.updateUser(secretariat, secretariat.userId, { role: 'reviewer' }),
        ConflictError,
      );
      await assert.rejects(
        accounts.updateUser(secretariat, user.userId, { role: 'operator' }),
        ValidationError,
        'an operator needs a company',
      );
      const company = await accounts.createCompany(secretariat, { name: 'Fictional Tailings Co (demo)' });
      await assert.rejects(
        accounts.createCompany(secretariat, { name: 'fictional tailings co (DEMO)' }),
        ConflictError,
      );
      const moved = await accounts.updateUser(secretariat, user.userId, {
        role: 'operator',
        companyId: company.id,
      });
      assert.deepEqual([moved.role, moved.companyId, moved.countryIso3], ['operator', company.id, null]);
    });

    async function accountByEmail(email: string) {
      const user = await new AccountRepository(db.kysely).findUserByEmail(email);
      assert.ok(user, email);
      return user;
    }
  });
}

function testActorOf(u: Actor): Actor {
  return {
    userId: u.userId,
    email: u.email,
    role: u.role,
    countryIso3: u.countryIso3,
    organisationId: u.organisationId,
    companyId: u.companyId,
  };
}
