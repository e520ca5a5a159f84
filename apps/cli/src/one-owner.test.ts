import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { runStrata, type ServerProcess, startServerProcess, strataEnv } from './testing/strata-process.ts';

// What a newcomer did (issue 10): `npm start`, then `strata users create` in a second terminal. Two
// processes then opened one PGlite folder; the account got 401 and every country was listed twice.
const dataDir = mkdtempSync(path.join(tmpdir(), 'strata-owner-'));
const env = strataEnv(dataDir);
let server: ServerProcess;

before(async () => {
  server = await startServerProcess(env);
});
after(async () => {
  await server?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

test('an account created by a second process works against the running server, and nothing is doubled', async () => {
  const created = await runStrata(
    [
      'users',
      'create',
      '--email',
      'newcomer@example.org',
      '--role',
      'secretariat',
      '--password',
      'a long password 123',
    ],
    env,
  );
  assert.equal(created.status, 0, created.stderr);
  assert.match(created.stdout, /Created secretariat account newcomer@example\.org/);

  const login = await fetch(`${server.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'newcomer@example.org', password: 'a long password 123' }),
  });
  assert.equal(login.status, 200);

  const countries = (await (await fetch(`${server.url}/api/countries`)).json()) as {
    items: { iso3: string }[];
  };
  // 193 UN member States and 2 observer States (the Holy See, the State of Palestine).
  assert.equal(countries.items.length, 195);
  assert.equal(new Set(countries.items.map((c) => c.iso3)).size, 195);
});

test('a second server on the same folder refuses with exit 69 and the first keeps serving', async () => {
  const second = await runStrata(['serve', '--port', '0', '--no-seed'], env);
  assert.equal(second.status, 69);
  assert.match(second.stderr, /in use by process \d+ .*strata serve.*Nothing was changed/s);
  assert.equal((await fetch(`${server.url}/api/health`)).status, 200);
});

test('a restore is refused while the server owns the folder (exit 69)', async () => {
  const backup = path.join(dataDir, 'backup.tgz');
  const written = await runStrata(['db', 'backup', backup], env);
  assert.equal(written.status, 0, written.stderr);
  const refused = await runStrata(['db', 'restore', backup], env);
  assert.equal(refused.status, 69);
  assert.match(refused.stderr, /stop it before restoring/);
});
