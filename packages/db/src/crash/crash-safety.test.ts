import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import { openDatabase } from '../connect.ts';
import type { Database } from '../engine.ts';
import { openPostgres } from '../engines/postgres.ts';

const WRITER = fileURLToPath(new URL('./crash-writer.ts', import.meta.url));

interface Engine {
  name: string;
  env(): NodeJS.ProcessEnv;
  /** Opens the database the writer used, after its crash (PGlite: its lock is stale by then). */
  reopen(): Promise<Database>;
  dispose(): Promise<void>;
}

function pgliteEngine(): Engine {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'strata-crash-'));
  return {
    name: 'pglite',
    env: () => ({ ...process.env, CRASH_DATA_DIR: dataDir, DATABASE_URL: '' }),
    reopen: () => openDatabase({ databaseUrl: null, dataDir }, { access: 'owner' }),
    async dispose() {
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

function postgresEngine(url: string): Engine {
  const schema = `crash_${randomBytes(6).toString('hex')}`;
  return {
    name: 'postgres',
    env: () => ({ ...process.env, DATABASE_URL: url, CRASH_SCHEMA: schema }),
    reopen: () => openPostgres({ url, schema, maxConnections: 2 }),
    async dispose() {
      const db = await openPostgres({ url, maxConnections: 1 });
      await sql`drop schema if exists ${sql.id(schema)} cascade`.execute(db.kysely);
      await db.close();
    },
  };
}

/**
 * Runs the writer, and kills it with SIGKILL once `killWhen` accepts a line it printed (then waits
 * `delayMs` more). Resolves with every line printed before it died.
 */
function runAndKill(
  engine: Engine,
  scenario: string,
  killWhen: (line: string) => boolean,
  delayMs = 0,
): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', WRITER, scenario], { env: engine.env() });
    const lines: string[] = [];
    let pending = '';
    let stderr = '';
    let armed = false;
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    child.stdout.on('data', (d) => {
      pending += d;
      const complete = pending.split('\n');
      pending = complete.pop() ?? '';
      for (const line of complete) {
        lines.push(line);
        if (!armed && killWhen(line)) {
          armed = true;
          setTimeout(() => child.kill('SIGKILL'), delayMs);
        }
      }
    });
    child.on('exit', (code, signal) => {
      if (signal === 'SIGKILL') resolve(lines);
      else reject(new Error(`the writer ended by itself (${code}) before the kill:\n${stderr}`));
    });
  });
}

async function ints(db: Database, query: ReturnType<typeof sql<{ n: number }>>): Promise<number[]> {
  return (await query.execute(db.kysely)).rows.map((r) => Number(r.n));
}

const engines: Array<() => Engine> = [pgliteEngine];
const url = process.env.DATABASE_URL;
if (url) engines.push(() => postgresEngine(url));
else console.log('# skipping the PostgreSQL crash tests: DATABASE_URL is not set');

for (const makeEngine of engines) {
  describe(`kill -9 (${makeEngine === pgliteEngine ? 'pglite' : 'postgres'})`, () => {
    const opened: Engine[] = [];
    const engine = () => {
      const e = makeEngine();
      opened.push(e);
      return e;
    };
    after(async () => {
      for (const e of opened) await e.dispose();
    });

    test('during a write burst: every acknowledged write is there, none is half there', async () => {
      const e = engine();
      // Killed after the 200th acknowledged transaction, while later ones run.
      const lines = await runAndKill(e, 'burst', (line) => line === 'ack 200', 20);
      const acked = Math.max(...lines.filter((l) => l.startsWith('ack ')).map((l) => Number(l.slice(4))));
      const db = await e.reopen();
      try {
        const items = await ints(db, sql`select n from burst_item order by n`);
        const audited = await ints(db, sql`select n from burst_audit order by n`);
        for (let n = 1; n <= acked; n++) assert.ok(items.includes(n), `acknowledged write ${n} is missing`);
        // At most the one transaction in flight at the kill committed without its acknowledgement.
        assert.ok(items.length <= acked + 1, `${items.length} items for ${acked} acknowledgements`);
        // Each transaction wrote an item and its audit row: both or neither.
        assert.deepEqual(audited, items);
      } finally {
        await db.close();
      }
    });

    test('during a migration: the applied one stays, the interrupted one left nothing', async () => {
      const e = engine();
      const lines = await runAndKill(e, 'migration', (line) => line === 'migrating crash/002_slow', 1500);
      assert.ok(!lines.includes('migrated crash/002_slow'), 'the slow migration finished before the kill');
      const db = await e.reopen();
      try {
        const applied = (
          await sql<{ id: string }>`select id from strata_migration order by id`.execute(db.kysely)
        ).rows;
        assert.deepEqual(
          applied.map((r) => r.id),
          ['crash/001_small'],
        );
        const slow = await sql<{ t: string | null }>`select to_regclass('slow')::text as t`.execute(
          db.kysely,
        );
        assert.equal(slow.rows[0]?.t, null);
        const columns = await sql<{ c: string }>`select column_name as c from information_schema.columns
          where table_name = 'small' and table_schema = current_schema()`.execute(db.kysely);
        assert.deepEqual(
          columns.rows.map((r) => r.c),
          ['n'],
        );
      } finally {
        await db.close();
      }
    });

    test('during an import: the committed import and its report are there, the killed one is absent, report and rows alike', async () => {
      const e = engine();
      const lines = await runAndKill(e, 'import', (line) => line === 'batch 2 3', 0);
      assert.ok(lines.includes('imported 1'));
      assert.ok(!lines.includes('imported 2'), 'the large import finished before the kill');
      const db = await e.reopen();
      try {
        const reports = await sql<{
          id: number;
          rows: number;
        }>`select id, rows from import_report order by id`.execute(db.kysely);
        assert.deepEqual(reports.rows, [{ id: 1, rows: 1000 }]);
        const counts = await sql<{ id: number; n: number }>`select import_id as id, count(*)::int as n
          from import_row group by import_id order by import_id`.execute(db.kysely);
        // Import 1: one batch of 1000 rows; import 2 reached batch 3 of 10 000 before the kill: nothing kept.
        assert.deepEqual(counts.rows, [{ id: 1, n: 1000 }]);
      } finally {
        await db.close();
      }
    });
  });
}
