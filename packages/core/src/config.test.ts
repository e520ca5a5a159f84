import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { loadConfig } from './config.ts';
import { ValidationError } from './errors.ts';
import { repoRoot } from './paths.ts';

test('defaults: port 8080, embedded database under ./.strata/data, 10 MiB bodies', () => {
  const c = loadConfig({});
  assert.equal(c.port, 8080);
  assert.equal(c.host, '127.0.0.1');
  assert.equal(c.databaseUrl, null);
  assert.equal(c.dataDir, path.join(repoRoot, '.strata', 'data'));
  assert.equal(c.maxBodyBytes, 10 * 1024 * 1024);
  assert.equal(c.secureCookies, false);
});

test('environment values are read and checked', () => {
  const c = loadConfig({
    PORT: '9090',
    DATABASE_URL: 'postgres://x@y/z',
    STRATA_DATA_DIR: 'rel/dir',
    NODE_ENV: 'production',
  });
  assert.equal(c.port, 9090);
  assert.equal(c.databaseUrl, 'postgres://x@y/z');
  assert.equal(c.dataDir, path.resolve('rel/dir'));
  assert.equal(c.secureCookies, true);
  assert.throws(
    () => loadConfig({ PORT: 'eighty' }),
    (e: unknown) => e instanceof ValidationError && /PORT/.test(e.message),
  );
  assert.throws(() => loadConfig({ STRATA_MAX_BODY_BYTES: '-1' }), ValidationError);
});

test('STRATA_SECURE_COOKIES accepts true/1/yes/on and false/0/no/off in any case; anything else is refused', () => {
  for (const yes of ['true', 'TRUE', '1', 'yes', 'Yes', 'on']) {
    assert.equal(loadConfig({ STRATA_SECURE_COOKIES: yes }).secureCookies, true, yes);
  }
  for (const no of ['false', '0', 'no', 'off']) {
    assert.equal(loadConfig({ STRATA_SECURE_COOKIES: no, NODE_ENV: 'production' }).secureCookies, false, no);
  }
  assert.equal(loadConfig({ STRATA_SECURE_COOKIES: '' }).secureCookies, false);
  assert.throws(() => loadConfig({ STRATA_SECURE_COOKIES: 'maybe' }), /STRATA_SECURE_COOKIES/);
});
