// The platform's services against both engines: sessions expire and are revoked in the database,
// country seeding is idempotent, the audit log is read through the service.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { type Actor, ForbiddenError } from '@strata/core';
import { type Database, migrate, platformMigrations } from '@strata/db';
import { testDatabases } from '@strata/db/testing';
import { createPlatformServices, type PlatformServices } from './platform.ts';

const secretariat: Actor = {
  userId: '00000000-0000-4000-8000-000000000001',
  email: 'sec@strata.test',
  role: 'secretariat',
  countryIso3: null,
  organisationId: null,
  companyId: null,
};

for (const factory of testDatabases()) {
  describe(`platform services on ${factory.name}`, () => {
    let db: Database;
    let platform: PlatformServices;
    let now = new Date('2026-01-10T12:00:00Z');

    before(async () => {
      db = await factory.open();
      await migrate(db, platformMigrations);
      platform = createPlatformServices(db, {
        now: () => now,
        password: { memoryCost: 8192, timeCost: 1, parallelism: 1 },
      });
    });
    after(async () => db.close());

    test('country seeding is idempotent: 193 Member States and 2 observer States, twice', async () => {
      await platform.countries.seed();
      await platform.countries.seed();
      const all = await platform.countries.list();
      assert.equal(all.length, 195);
      assert.equal(all.filter((c) => c.unMember).length, 193);
      assert.equal((await platform.countries.get('sen')).iso2, 'SN');
    });

    test('a session expires 14 days after sign-in and can be revoked before', async () => {
      const user = await platform.accounts.createUser(secretariat, {
        email: 'fp@example.org',
        password: 'a long passphrase',
        role: 'focal_point',
        countryIso3: 'FRA',
      });
      const signedIn = await platform.accounts.authenticate('FP@example.org', 'a long passphrase');
      assert.equal(signedIn?.userId, user.userId);
      const grant = await platform.accounts.startSession(user);
      const revoked = await platform.accounts.startSession(user);
      // 10 Jan 12:00 + 14 days = 24 Jan 12:00.
      now = new Date('2026-01-24T11:59:59.999Z');
      assert.equal((await platform.accounts.resolveSession(grant.token))?.user.email, 'fp@example.org');
      await platform.accounts.endSession(revoked.token);
      assert.equal(await platform.accounts.resolveSession(revoked.token), null);
      now = new Date('2026-01-24T12:00:00Z');
      assert.equal(await platform.accounts.resolveSession(grant.token), null);
      await platform.accounts.endExpiredSessions();
      now = new Date('2026-01-10T12:00:00Z');
      assert.equal(await platform.accounts.resolveSession(grant.token), null, 'deleted, not only hidden');
    });

    test('the audit log is read through the service, by the secretariat only', async () => {
      const rows = await platform.audit.list(secretariat, { entity: 'user' });
      assert.deepEqual(
        rows.map((r) => r.action).sort(),
        ['platform.session.end', 'platform.session.start', 'platform.session.start', 'platform.user.create'],
        'the account created, its two sign-ins and one sign-out',
      );
      await assert.rejects(platform.audit.list({ ...secretariat, role: 'reviewer' }), ForbiddenError);
      assert.equal(await platform.health.databaseReachable(), true);
    });
  });
}
