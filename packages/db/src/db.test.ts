import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { listAudit, recordAudit } from './audit.ts';
import type { Database } from './engine.ts';
import { migrate } from './migrate.ts';
import { platformMigrations } from './platform-migrations.ts';
import { testDatabases } from './testing.ts';

for (const factory of testDatabases()) {
  describe(`database on ${factory.name}`, () => {
    let db: Database;
    before(async () => {
      db = await factory.open();
    });
    after(async () => db.close());

    test('migrations apply once and are recorded', async () => {
      assert.deepEqual(await migrate(db, platformMigrations), ['platform/001_init']);
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

    test('audit rows are written inside the transaction and cannot be changed', async () => {
      await assert.rejects(
        db.kysely.transaction().execute(async (trx) => {
          await recordAudit(trx, {
            actor: null,
            action: 'a',
            entity: 'e',
            entityId: '1',
            before: null,
            after: {},
          });
          throw new Error('roll back');
        }),
      );
      assert.equal((await listAudit(db.kysely)).length, 0);
      await recordAudit(db.kysely, {
        actor: { userId: '00000000-0000-4000-8000-000000000001', email: 'a@b.org' },
        action: 'platform.user.create',
        entity: 'user',
        entityId: 'x',
        before: null,
        after: { email: 'c@d.org' },
      });
      const rows = await listAudit(db.kysely);
      assert.equal(rows.length, 1);
      assert.deepEqual(rows[0]?.after, { email: 'c@d.org' });
      await assert.rejects(sql`update audit_log set action = 'x'`.execute(db.kysely), /append-only/);
      await assert.rejects(sql`delete from audit_log`.execute(db.kysely), /append-only/);
    });
  });
}
