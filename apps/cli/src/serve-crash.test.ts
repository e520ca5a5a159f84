// kill -9 of the real `strata serve` (issue 10): during its start-up migrations, during a burst of writes
// over HTTP, and during an import upload. After each crash a new `strata serve` on the same database opens
// it, every acknowledged write is there, nothing half-written is, and the import is all or nothing.
// On the embedded database (a fresh data folder) and, when DATABASE_URL is set, on PostgreSQL (a fresh
// database created for the test).
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import { repoRoot } from '@strata/core';
import { runStrata, startServerProcess, strataEnv } from './testing/strata-process.ts';

const BIN = path.join(repoRoot, 'apps/cli/bin/strata.js');
const SIGBM = readFileSync(path.join(repoRoot, 'packages/tailings/data/br-anm-sigbm-2021-09.csv'));
const ADMIN = { email: 'crash-admin@strata.test', password: 'a crash test passphrase' };

interface Target {
  name: string;
  env: NodeJS.ProcessEnv;
  dispose(): Promise<void>;
}

function pgliteTarget(): Target {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'strata-serve-crash-'));
  return {
    name: 'the embedded database',
    env: { ...strataEnv(dataDir), LOG_LEVEL: 'debug' },
    dispose: async () => rmSync(dataDir, { recursive: true, force: true }),
  };
}

async function postgresTarget(url: string): Promise<Target> {
  const name = `strata_crash_${randomBytes(5).toString('hex')}`;
  // CREATE DATABASE cannot run in a transaction: psql sends it alone.
  execFileSync('psql', [url, '-q', '-c', `create database ${name}`]);
  const dbUrl = new URL(url);
  dbUrl.pathname = `/${name}`;
  const dataDir = mkdtempSync(path.join(tmpdir(), 'strata-serve-crash-pg-'));
  return {
    name: 'PostgreSQL',
    env: { ...strataEnv(dataDir), DATABASE_URL: dbUrl.toString(), LOG_LEVEL: 'debug' },
    async dispose() {
      execFileSync('psql', [url, '-q', '-c', `drop database if exists ${name} with (force)`]);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Starts `strata serve` and SIGKILLs it right after its `n`th migration is committed. */
function killAfterMigrations(env: NodeJS.ProcessEnv, n: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, 'serve', '--port', '0', '--no-seed'], { cwd: repoRoot, env });
    let applied = 0;
    let buffer = '';
    child.stdout.on('data', (d: Buffer) => {
      buffer += d;
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      for (const line of lines) if (line.includes('"migration applied"')) applied++;
      if (applied >= n && child.exitCode === null) child.kill('SIGKILL');
    });
    child.once('exit', (_code, signal) =>
      signal === 'SIGKILL' ? resolve(applied) : reject(new Error(`serve ended before ${n} migrations`)),
    );
  });
}

async function signIn(url: string): Promise<{ cookie: string; csrf: string }> {
  const res = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(ADMIN),
  });
  assert.equal(res.status, 200, await res.clone().text());
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  return { cookie, csrf: ((await res.json()) as { csrfToken: string }).csrfToken };
}

const targets: (() => Promise<Target>)[] = [async () => pgliteTarget()];
if (process.env.DATABASE_URL) {
  const url = process.env.DATABASE_URL;
  targets.push(() => postgresTarget(url));
} else console.log('# skipping PostgreSQL kill -9 of strata serve: DATABASE_URL is not set');

for (const makeTarget of targets) {
  describe('kill -9 of strata serve', { timeout: 300_000 }, () => {
    let target: Target;
    after(async () => target?.dispose());

    test('during start-up migrations, a burst of writes and an import: committed writes stay, nothing half-done', async (t) => {
      target = await makeTarget();
      t.diagnostic(`engine: ${target.name}`);

      // 1. Killed after its third migration: the next start finishes the rest, each applied once.
      const applied = await killAfterMigrations(target.env, 3);
      assert.ok(applied >= 3);
      let server = await startServerProcess(target.env, ['--no-seed']);
      assert.equal((await fetch(`${server.url}/api/health`)).status, 200);
      const created = await runStrata(
        ['users', 'create', '--email', ADMIN.email, '--role', 'secretariat', '--password', ADMIN.password],
        target.env,
      );
      assert.equal(created.status, 0, created.stderr);

      // 2. A burst of writes, killed mid-way: every acknowledged write survives.
      let session = await signIn(server.url);
      const acknowledged: string[] = [];
      const attempted: string[] = [];
      const burst = (async () => {
        for (let i = 0; i < 10_000; i++) {
          const name = `Crash burst organisation ${i}`;
          attempted.push(name);
          try {
            const res = await fetch(`${server.url}/api/organisations`, {
              method: 'POST',
              headers: {
                'content-type': 'application/json',
                cookie: session.cookie,
                'x-csrf-token': session.csrf,
              },
              body: JSON.stringify({ name }),
            });
            if (res.status === 201) acknowledged.push(name);
          } catch {
            return; // the server is gone
          }
        }
      })();
      while (acknowledged.length < 40) await new Promise((r) => setTimeout(r, 20));
      server.child.kill('SIGKILL');
      await burst;
      server = await startServerProcess(target.env, ['--no-seed']);
      session = await signIn(server.url);
      const headers = { cookie: session.cookie };
      const organisations = (await (await fetch(`${server.url}/api/organisations`, { headers })).json()) as {
        items: { name: string }[];
      };
      const stored = new Set(organisations.items.map((o) => o.name));
      for (const name of acknowledged) assert.ok(stored.has(name), `acknowledged ${name} is missing`);
      for (const name of stored) assert.ok(attempted.includes(name), `${name} was never sent`);
      assert.ok(
        stored.size - acknowledged.length <= 1,
        'at most the write in flight committed unacknowledged',
      );
      t.diagnostic(`burst: ${acknowledged.length} acknowledged, ${stored.size} stored`);

      // 3. An import upload, killed while the server works on it: all rows or none.
      const upload = fetch(`${server.url}/api/tailings/imports?format=sigbm&fileName=sigbm.csv`, {
        method: 'POST',
        headers: { 'content-type': 'text/csv', cookie: session.cookie, 'x-csrf-token': session.csrf },
        body: SIGBM,
      }).then(
        (r) => r.status,
        () => null,
      );
      // Killed once the server reports rows written inside the import's transaction.
      await new Promise<void>((resolve) => {
        server.child.stdout?.on('data', (d: Buffer) => {
          if (String(d).includes('"import progress"')) resolve();
        });
      });
      server.child.kill('SIGKILL');
      const answered = await upload;
      server = await startServerProcess(target.env, ['--no-seed']);
      const total = async () =>
        ((await (await fetch(`${server.url}/api/tailings/facilities?limit=1`)).json()) as { total: number })
          .total;
      const afterCrash = await total();
      t.diagnostic(`import: answered ${answered ?? 'never'}, ${afterCrash} facilities after the crash`);
      // Retried on the restarted server: the file's full count, to judge what the crash left.
      session = await signIn(server.url);
      const again = await fetch(`${server.url}/api/tailings/imports?format=sigbm&fileName=sigbm.csv`, {
        method: 'POST',
        headers: { 'content-type': 'text/csv', cookie: session.cookie, 'x-csrf-token': session.csrf },
        body: SIGBM,
      });
      assert.equal(again.status, 200);
      const report = (await again.json()) as { created: number; unchanged: number; rejected: unknown[] };
      const full = await total();
      if (answered === 200) {
        // The kill landed after the answer (a fast machine): what was acknowledged must all be there.
        assert.equal(afterCrash, full, 'an acknowledged import lost rows in the crash');
        assert.equal(report.created, 0, 'the retried import found every facility already stored');
      } else {
        // Not acknowledged: either it had committed just before the kill (all rows) or nothing is there.
        assert.ok(afterCrash === 0 || afterCrash === full, `${afterCrash} of ${full}: a half import`);
        if (afterCrash === 0) assert.equal(report.created, full, 'the retried import created every facility');
      }
      await server.stop();
    });
  });
}
