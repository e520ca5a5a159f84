// The server started with DATABASE_OWNER_URL: the owner migrates, the server works as the app role.
// PostgreSQL only (skips without DATABASE_URL); uses a database of its own, dropped at the end.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { type Database, openPostgres } from '@strata/db';
import { sql } from 'kysely';
import pino from 'pino';
import { createContext } from './context.ts';
import type { AppContext } from './env.ts';

const url = process.env.DATABASE_URL;
describe('the server as the application role', { skip: url ? false : 'DATABASE_URL is not set' }, () => {
  const suffix = randomBytes(5).toString('hex');
  const database = `strata_role_${suffix}`;
  const role = `strata_app_${suffix}`;
  const password = randomBytes(12).toString('hex');
  let admin: Database;
  let ctx: AppContext;

  before(async () => {
    admin = await openPostgres({ url: url as string, maxConnections: 1 });
    await sql`create database ${sql.id(database)}`.execute(admin.kysely);
    await sql`create role ${sql.id(role)} login password ${sql.lit(password)}`.execute(admin.kysely);
    const ownerUrl = new URL(url as string);
    ownerUrl.pathname = `/${database}`;
    const appUrl = new URL(ownerUrl);
    appUrl.username = role;
    appUrl.password = password;
    ctx = await createContext({
      config: { databaseUrl: appUrl.toString(), databaseOwnerUrl: ownerUrl.toString() },
      logger: pino({ level: 'silent' }),
      modules: [],
    });
  });
  after(async () => {
    await ctx?.db.close();
    await sql`drop database if exists ${sql.id(database)}`.execute(admin.kysely);
    await sql`drop role if exists ${sql.id(role)}`.execute(admin.kysely);
    await admin.close();
  });

  test('writes and audits through the app role, which cannot truncate the audit log', async () => {
    const current = await sql<{ u: string }>`select current_user as u`.execute(ctx.db.kysely);
    assert.equal(current.rows[0]?.u, role);
    await ctx.platform.countries.seed();
    const sec = await ctx.platform.accounts.createUser(
      null,
      { email: 'root@strata.test', password: 'correct horse battery', role: 'secretariat' },
      { bootstrap: true },
    );
    const company = await ctx.platform.accounts.createCompany(sec, { name: 'Role Check SA' });
    const rows = await ctx.platform.audit.list(sec, { entity: 'company', entityId: company.id });
    assert.equal(rows.length, 1);
    await assert.rejects(sql`truncate audit_log`.execute(ctx.db.kysely), /permission denied/);
  });
});
