/**
 * The process the crash tests kill with SIGKILL (`crash-safety.test.ts`). It opens the database as the
 * server does and writes; each line it prints on stdout is written synchronously after the write it
 * reports has committed, so the test knows which writes were acknowledged before the kill.
 *
 * Scenarios (argv[2]): `burst` (one transaction per item, item and audit row together), `migration`
 * (one applied migration, then a slow one), `import` (a committed import, then a large one in batches,
 * its report row written in the same transaction as its rows, as the importers do).
 */
import { writeSync } from 'node:fs';
import { sql } from 'kysely';
import { openDatabase } from '../connect.ts';
import type { Database } from '../engine.ts';
import { openPostgres } from '../engines/postgres.ts';
import { migrate } from '../migrate.ts';

function say(line: string): void {
  writeSync(1, `${line}\n`);
}

async function open(): Promise<Database> {
  const schema = process.env.CRASH_SCHEMA;
  const url = process.env.DATABASE_URL;
  if (schema && url) return openPostgres({ url, schema, maxConnections: 2 });
  const dataDir = process.env.CRASH_DATA_DIR;
  if (!dataDir) throw new Error('CRASH_DATA_DIR or DATABASE_URL and CRASH_SCHEMA must be set');
  return openDatabase({ databaseUrl: null, dataDir }, { access: 'owner', command: 'crash writer' });
}

async function importBatches(db: Database, importId: number, batches: number, rowsPerBatch: number) {
  await db.kysely.transaction().execute(async (tx) => {
    for (let batch = 0; batch < batches; batch++) {
      const from = batch * rowsPerBatch + 1;
      await sql`insert into import_row (import_id, n)
        select ${importId}, g from generate_series(${from}::int, ${from + rowsPerBatch - 1}::int) g`.execute(
        tx,
      );
      say(`batch ${importId} ${batch + 1}`);
    }
    await sql`insert into import_report (id, rows) values (${importId}, ${batches * rowsPerBatch})`.execute(
      tx,
    );
  });
}

const db = await open();
switch (process.argv[2]) {
  case 'burst': {
    await db.execScript(`create table burst_item (n int primary key);
      create table burst_audit (n int primary key references burst_item(n))`);
    say('ready');
    for (let n = 1; ; n++) {
      await db.kysely.transaction().execute(async (tx) => {
        await sql`insert into burst_item (n) values (${n})`.execute(tx);
        await sql`insert into burst_audit (n) values (${n})`.execute(tx);
      });
      say(`ack ${n}`);
    }
  }
  case 'migration': {
    await migrate(db, [{ id: 'crash/001_small', sql: 'create table small (n int primary key)' }]);
    say('migrated crash/001_small');
    say('migrating crash/002_slow');
    await migrate(db, [
      { id: 'crash/001_small', sql: 'create table small (n int primary key)' },
      {
        id: 'crash/002_slow',
        sql: `create table slow (n int primary key);
          insert into slow select generate_series(1, 100000);
          alter table small add column note text;
          select pg_sleep(60)`,
      },
    ]);
    say('migrated crash/002_slow');
    break;
  }
  case 'import': {
    await db.execScript(`create table import_report (id int primary key, rows int not null);
      create table import_row (import_id int not null, n int not null, primary key (import_id, n))`);
    await importBatches(db, 1, 1, 1000);
    say('imported 1');
    await importBatches(db, 2, 10_000, 1000);
    say('imported 2');
    break;
  }
  default:
    throw new Error(`unknown scenario ${process.argv[2]}`);
}
await db.close();
