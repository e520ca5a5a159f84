// Finding 8 of the security review: the server connects as a role that cannot truncate the audit log
// or disable its triggers; migrations run as the owner. PostgreSQL only (skips without DATABASE_URL).
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { appRoleGrants, grantAppRole, roleOfUrl } from './app-role.ts';
import { AuditRepository } from './audit.ts';
import type { Database } from './engine.ts';
import { openPostgres } from './engines/postgres.ts';
import { migrate } from './migrate.ts';
import { platformMigrations } from './platform-migrations.ts';

test('grants are built only for plain identifiers, and the URL names the role', () => {
  assert.throws(() => appRoleGrants('app"; drop table audit_log; --'), /plain PostgreSQL identifier/);
  assert.match(appRoleGrants('strata_app', 'public'), /revoke update, delete on "public".audit_log/);
  assert.equal(roleOfUrl('postgres://strata_app:secret@db.example.org:5432/strata'), 'strata_app');
});

const url = process.env.DATABASE_URL;
describe('the application role on PostgreSQL', { skip: url ? false : 'DATABASE_URL is not set' }, () => {
  const suffix = randomBytes(5).toString('hex');
  const schema = `t_role_${suffix}`;
  const role = `strata_app_${suffix}`;
  const password = randomBytes(12).toString('hex');
  let owner: Database;
  let app: Database;

  before(async () => {
    owner = await openPostgres({ url: url as string, schema, maxConnections: 2 });
    await migrate(owner, platformMigrations);
    await sql`create role ${sql.id(role)} login password ${sql.lit(password)}`.execute(owner.kysely);
    await grantAppRole(owner, role, schema);
    const appUrl = new URL(url as string);
    appUrl.username = role;
    appUrl.password = password;
    app = await openPostgres({ url: appUrl.toString(), schema, maxConnections: 2 });
  });
  after(async () => {
    await app?.close();
    await sql`drop schema if exists ${sql.id(schema)} cascade`.execute(owner.kysely);
    await sql`drop owned by ${sql.id(role)}`.execute(owner.kysely);
    await sql`drop role if exists ${sql.id(role)}`.execute(owner.kysely);
    await owner.close();
  });

  test('the app role appends to and reads the audit log, and writes the other tables', async () => {
    const audit = new AuditRepository(app.kysely);
    await audit.append({
      actor: null,
      action: 'platform.company.create',
      entity: 'company',
      entityId: 'c-1',
      before: null,
      after: { name: 'Role Test SA' },
    });
    assert.equal((await audit.list({ entity: 'company' }))[0]?.entityId, 'c-1');
    const at = new Date();
    await app.kysely
      .insertInto('sign_in_attempt')
      .values({ key: 'k', attempts: 1, window_ends_at: at })
      .execute();
    await app.kysely.updateTable('sign_in_attempt').set({ attempts: 2 }).where('key', '=', 'k').execute();
    await app.kysely.deleteFrom('sign_in_attempt').where('key', '=', 'k').execute();
  });

  test('the app role cannot truncate, alter, disable the triggers of, update or delete the audit log', async () => {
    for (const statement of [
      sql`truncate audit_log`,
      sql`alter table audit_log disable trigger all`,
      sql`alter table audit_log disable trigger audit_log_no_update`,
      sql`drop table audit_log`,
      sql`update audit_log set action = 'forged'`,
      sql`delete from audit_log`,
      sql`delete from strata_migration`,
      sql`create table ${sql.id(schema)}.planted (id int)`,
    ])
      await assert.rejects(statement.execute(app.kysely), /permission denied|must be owner/);
    const n = await sql<{ n: number }>`select count(*)::int as n from audit_log`.execute(owner.kysely);
    assert.equal(n.rows[0]?.n, 1);
  });

  test('grants are refused to a superuser and to the tables owner', async () => {
    const superuser = roleOfUrl(url as string);
    await assert.rejects(grantAppRole(owner, superuser, schema), /superuser|owns tables/);
  });
});
