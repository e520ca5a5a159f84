import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { AuditRepository } from './audit.ts';
import type { Database } from './engine.ts';
import { migrate } from './migrate.ts';
import { platformMigrations } from './platform-migrations.ts';
import { testDatabases } from './testing.ts';
import { createUnitOfWork } from './unit-of-work.ts';

for (const factory of testDatabases()) {
  describe(`database on ${factory.name}`, () => {
    let db: Database;
    before(async () => {
      db = await factory.open();
    });
    after(async () => db.close());

    test('migrations apply once and are recorded', async () => {
      assert.deepEqual(await migrate(db, platformMigrations), [
        'platform/001_init',
        'platform/002_account_tokens',
        'platform/003_sign_in_attempts',
        'platform/004_fictional_countries',
      ]);
      assert.deepEqual(await migrate(db, platformMigrations), []);
    });

    test('PostGIS is used exactly when the server has it; postgisSql runs only then', async () => {
      const available = await sql<{ n: number }>`select count(*) as n from pg_available_extensions
        where name = 'postgis'`.execute(db.kysely);
      assert.equal(db.postgis, db.engine === 'postgres' && available.rows[0]?.n === 1);
      await migrate(db, [
        {
          id: 'test/001_points',
          sql: 'create table place (id int primary key, lon double precision, lat double precision)',
          postgisSql:
            'alter table place add column geom geometry(Point, 4326) generated always as (ST_SetSRID(ST_MakePoint(lon, lat), 4326)) stored',
        },
      ]);
      const cols = await sql<{ column_name: string }>`select column_name from information_schema.columns
        where table_name = 'place' and table_schema = current_schema() order by column_name`.execute(
        db.kysely,
      );
      const expected = db.postgis ? ['geom', 'id', 'lat', 'lon'] : ['id', 'lat', 'lon'];
      assert.deepEqual(
        cols.rows.map((r) => r.column_name),
        expected,
      );
    });

    test('a failing migration leaves nothing behind', async () => {
      const bad = [
        { id: 'test/001_bad', sql: 'create table half_done (x int); select * from no_such_table' },
      ];
      await assert.rejects(migrate(db, bad));
      const left = await sql<{ n: number }>`select count(*) as n from information_schema.tables
        where table_name = 'half_done'`.execute(db.kysely);
      assert.equal(left.rows[0]?.n, 0);
    });

    test('count(*) and numeric come back as numbers on every engine', async () => {
      const r = await sql<{ n: unknown; x: unknown }>`select count(*) as n, 1.5::numeric as x`.execute(
        db.kysely,
      );
      assert.equal(r.rows[0]?.n, 1);
      assert.equal(r.rows[0]?.x, 1.5);
    });

    test('a unit of work commits its rows with their audit row, or rolls both back', async () => {
      const work = createUnitOfWork(db, (ex) => ({ audit: new AuditRepository(ex) }));
      const committed: string[] = [];
      const entry = (entityId: string) => ({
        actor: null,
        action: 'test.write',
        entity: 'e',
        entityId,
        before: null,
        after: { entityId },
      });
      await assert.rejects(
        work.run(async (_repos, tx) => {
          await tx.audit(entry('rolled-back'));
          tx.afterCommit(() => {
            committed.push('rolled-back');
          });
          throw new Error('roll back');
        }),
        /roll back/,
      );
      assert.equal(committed.length, 0, 'no after-commit effect runs for a rolled-back unit');
      assert.equal((await work.read.audit.list()).length, 0);
      const result = await work.run(async (_repos, tx) => {
        await tx.audit(entry('kept'));
        tx.afterCommit(() => {
          committed.push('kept');
        });
        return 42;
      });
      assert.equal(result, 42);
      assert.deepEqual(committed, ['kept']);
      const rows = await work.read.audit.list({ entity: 'e' });
      assert.deepEqual(
        rows.map((r) => [r.entityId, r.after]),
        [['kept', { entityId: 'kept' }]],
      );
      await assert.rejects(sql`update audit_log set action = 'x'`.execute(db.kysely), /append-only/);
      await assert.rejects(sql`delete from audit_log`.execute(db.kysely), /append-only/);
    });
  });
}
