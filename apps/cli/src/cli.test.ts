import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { repoRoot } from '@strata/core';

const dataDir = mkdtempSync(path.join(tmpdir(), 'strata-cli-'));
after(() => rmSync(dataDir, { recursive: true, force: true }));

function strata(...args: string[]) {
  const env: NodeJS.ProcessEnv = { ...process.env, STRATA_DATA_DIR: dataDir, LOG_LEVEL: 'silent' };
  delete env.DATABASE_URL;
  return spawnSync(process.execPath, [path.join(repoRoot, 'apps/cli/bin/strata.js'), ...args], {
    cwd: repoRoot,
    env,
    encoding: 'utf8',
    // A first command on a fresh folder creates and migrates the database: 12 s of CPU, over a minute
    // of wall time on a loaded machine (load 12 on 2 cores measured).
    timeout: 180_000,
  });
}

test('--help lists the commands and exits 0', () => {
  const r = strata('--help');
  assert.equal(r.status, 0);
  for (const command of ['serve', 'start', 'db', 'users', 'ais'])
    assert.match(r.stdout, new RegExp(`\\b${command}\\b`));
});

test('users create bootstraps an account, refuses a duplicate and bad input with clear errors', () => {
  const ok = strata(
    'users',
    'create',
    '--email',
    'Chair@Example.org',
    '--role',
    'secretariat',
    '--password',
    'a long password 123',
  );
  assert.equal(ok.status, 0, ok.stderr);
  assert.match(ok.stdout, /Created secretariat account chair@example\.org/);
  const again = strata(
    'users',
    'create',
    '--email',
    'chair@example.org',
    '--role',
    'secretariat',
    '--password',
    'a long password 123',
  );
  assert.equal(again.status, 65);
  assert.match(again.stderr, /exists already/);
  const badRole = strata('users', 'create', '--email', 'x@example.org', '--role', 'king');
  assert.equal(badRole.status, 64);
  const fp = strata(
    'users',
    'create',
    '--email',
    'fp@example.org',
    '--role',
    'focal_point',
    '--password',
    'a long password 123',
  );
  assert.equal(fp.status, 65);
  assert.match(fp.stderr, /countryIso3/);
});

test('an unknown command is a usage error', () => {
  const r = strata('frobnicate');
  assert.equal(r.status, 64);
  assert.match(r.stderr, /unknown command/);
});

test('process demo remove deletes the demonstration for good; restore seeds it again', () => {
  const slugs = () =>
    strata('process', 'list')
      .stdout.split('\n')
      .map((line) => line.split('\t')[0]);
  const restored = strata('process', 'demo', 'restore');
  assert.equal(restored.status, 0, restored.stderr);
  assert.ok(slugs().includes('demo'));
  const removed = strata('process', 'demo', 'remove');
  assert.equal(removed.status, 0, removed.stderr);
  assert.match(removed.stdout, /Removed the demonstration: .*process_process 1.*country 10/);
  assert.ok(!slugs().includes('demo'));
  // Removing again says there is nothing left and still succeeds.
  assert.match(strata('process', 'demo', 'remove').stdout, /No demonstration to remove/);
});
