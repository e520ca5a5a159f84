import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import { sql } from 'kysely';
import { backupDataFolder, restoreDataFolder } from './backup.ts';
import { openDatabase } from './connect.ts';
import {
  DataFolderInUseError,
  type DataFolderOwner,
  isHeld,
  LOCK_FILE,
  lockDataFolder,
  processStartTime,
} from './data-folder-lock.ts';

const folders: string[] = [];
function tempFolder(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'strata-lock-'));
  folders.push(dir);
  return dir;
}
after(() => {
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
});

function writeLock(dir: string, owner: Partial<DataFolderOwner>): void {
  const full: DataFolderOwner = {
    pid: process.pid,
    startTime: processStartTime(process.pid),
    hostname: os.hostname(),
    command: 'strata serve',
    acquiredAt: '2026-01-01T00:00:00.000Z',
    socket: null,
    ...owner,
  };
  writeFileSync(path.join(dir, LOCK_FILE), JSON.stringify(full));
}

describe('data folder lock', () => {
  test('a second taker gets the live owner, not the lock', () => {
    const dir = tempFolder();
    const first = lockDataFolder(dir, 'strata serve');
    assert.ok(isHeld(first));
    const second = lockDataFolder(dir, 'strata users create');
    assert.ok(!isHeld(second));
    assert.equal(second.pid, process.pid);
    assert.equal(second.command, 'strata serve');
    first.release();
    const third = lockDataFolder(dir, 'strata users create');
    assert.ok(isHeld(third));
    third.release();
  });

  test('the lock of a crashed owner (its pid no longer runs) is stale and taken', () => {
    const dir = tempFolder();
    // A child that has exited: its pid is free (a new process reusing it within the test is unlikely).
    const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']);
    writeLock(dir, { pid: Number(child.stdout.toString()) });
    const lock = lockDataFolder(dir, 'strata serve');
    assert.ok(isHeld(lock));
    assert.equal(JSON.parse(readFileSync(path.join(dir, LOCK_FILE), 'utf8')).pid, process.pid);
    lock.release();
  });

  test('a pid reused by another process (other start time) does not hold the lock', (t) => {
    if (processStartTime(process.pid) === null)
      return t.skip('no /proc here: start times cannot be compared');
    const dir = tempFolder();
    writeLock(dir, { startTime: '1' });
    const lock = lockDataFolder(dir, 'strata serve');
    assert.ok(isHeld(lock));
    lock.release();
  });

  test('an owner on another host is never taken as stale', () => {
    const dir = tempFolder();
    writeLock(dir, { hostname: `${os.hostname()}-elsewhere`, pid: 1 });
    assert.ok(!isHeld(lockDataFolder(dir, 'strata serve')));
  });
});

describe('one owner of the embedded database', () => {
  test('the server refuses a folder another process owns, and a command goes through the owner', async () => {
    const dir = tempFolder();
    const owner = await openDatabase(
      { databaseUrl: null, dataDir: dir },
      { access: 'owner', command: 'strata serve' },
    );
    try {
      await owner.execScript('create table item (id int primary key)');
      await assert.rejects(
        openDatabase({ databaseUrl: null, dataDir: dir }, { access: 'owner' }),
        (error: unknown) => error instanceof DataFolderInUseError && /strata serve/.test(error.message),
      );
      const client = await openDatabase({ databaseUrl: null, dataDir: dir }, { access: 'client' });
      try {
        await sql`insert into item values (1)`.execute(client.kysely);
        const seen = await sql<{ n: number }>`select count(*)::int as n from item`.execute(owner.kysely);
        assert.equal(seen.rows[0]?.n, 1);
      } finally {
        await client.close();
      }
    } finally {
      await owner.close();
    }
  });

  test("the owner's queries wait for a client's transaction instead of running inside it", async () => {
    const dir = tempFolder();
    const owner = await openDatabase({ databaseUrl: null, dataDir: dir }, { access: 'owner' });
    const client = await openDatabase({ databaseUrl: null, dataDir: dir }, { access: 'client' });
    try {
      await owner.execScript('create table item (id int primary key)');
      let counted: Promise<{ rows: { n: number }[] }> | undefined;
      await client.kysely
        .transaction()
        .execute(async (tx) => {
          await sql`insert into item values (1)`.execute(tx);
          // PGlite is one session: run inside the client's transaction, this count would see its row.
          counted = sql<{ n: number }>`select count(*)::int as n from item`.execute(owner.kysely);
          await new Promise((resolve) => setTimeout(resolve, 100));
          await sql`insert into item values (2)`.execute(tx);
          throw new RollBack();
        })
        .catch((error) => {
          if (!(error instanceof RollBack)) throw error;
        });
      // Rolled back: the count, run after the transaction, sees neither row.
      assert.equal((await counted)?.rows[0]?.n, 0);
    } finally {
      await client.close();
      await owner.close();
    }
  });

  test('backup through the running owner; restore refuses while it runs, then brings the data back', async () => {
    const dir = tempFolder();
    const config = { databaseUrl: null, dataDir: dir };
    const owner = await openDatabase(config, { access: 'owner' });
    let backup: Buffer;
    try {
      await owner.execScript('create table item (id int primary key); insert into item values (1), (2)');
      backup = await backupDataFolder(dir);
      await owner.execScript('insert into item values (3)');
      await assert.rejects(restoreDataFolder(dir, backup), DataFolderInUseError);
    } finally {
      await owner.close();
    }
    const kept = await restoreDataFolder(dir, backup);
    assert.ok(kept?.includes('pglite.before-restore-'));
    const restored = await openDatabase(config, { access: 'owner' });
    try {
      const rows = await sql<{ id: number }>`select id from item order by id`.execute(restored.kysely);
      assert.deepEqual(
        rows.rows.map((r) => r.id),
        [1, 2],
      );
    } finally {
      await restored.close();
    }
  });
});

class RollBack extends Error {}
