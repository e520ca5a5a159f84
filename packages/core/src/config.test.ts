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
