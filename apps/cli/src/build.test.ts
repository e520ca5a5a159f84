import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync, utimesSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { repoRoot } from '@strata/core';

interface BuildScript {
  buildCli(): Promise<string>;
  freshEntry(): string | null;
}

const script = pathToFileURL(path.join(repoRoot, 'scripts/build-cli.mjs')).href;

test('the CLI built ahead is stale once one of its sources changes, and a rebuild makes it fresh', async () => {
  const { buildCli, freshEntry } = (await import(script)) as BuildScript;
  const entry = await buildCli();
  assert.equal(freshEntry(), entry);
  const current = JSON.parse(readFileSync(path.join(repoRoot, 'apps/cli/dist/current.json'), 'utf8')) as {
    inputs: [string, number, number][];
  };
  const sources = current.inputs.map(([f]) => f);
  assert.ok(sources.includes('apps/cli/src/main.ts'));
  assert.ok(sources.includes('packages/ais/src/gpsd-fast.ts'), 'the ais decoder is bundled from source');
  const file = path.join(repoRoot, 'packages/ais/src/gpsd-fast.ts');
  const before = statSync(file);
  try {
    utimesSync(file, before.atime, new Date(before.mtimeMs + 5000));
    assert.equal(freshEntry(), null);
    const rebuilt = await buildCli();
    assert.equal(freshEntry(), rebuilt);
  } finally {
    utimesSync(file, before.atime, before.mtime);
  }
  // the bundle keeps each file's own location for the files it reads beside itself
  const dir = path.dirname(entry);
  for (const chunk of readdirSync(dir).filter((f) => f.endsWith('.js'))) {
    assert.ok(!readFileSync(path.join(dir, chunk), 'utf8').includes('import.meta.url'), chunk);
  }
});
