// The module pattern, enforced: what docs/architecture.md says a module looks like, checked on the source.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SKIP = new Set(['node_modules', 'dist', '.strata', '.git', 'data']);

function sources(dir: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(path.join(root, dir), { withFileTypes: true })) {
    if (SKIP.has(entry.name)) continue;
    const rel = path.join(dir, entry.name);
    if (entry.isDirectory()) found.push(...sources(rel));
    else if (/\.(ts|tsx)$/.test(entry.name) && !entry.name.endsWith('.d.ts')) found.push(rel);
  }
  return found;
}

const files = [...sources('packages'), ...sources('apps')].map((rel) => ({
  rel,
  text: readFileSync(path.join(root, rel), 'utf8'),
}));
const production = files.filter((f) => !/\.test\.tsx?$/.test(f.rel) && !f.rel.includes('/e2e/'));

/** Files allowed to import kysely: the db package, repositories, migrations and the AIS stores. */
function mayQuery(rel: string): boolean {
  return (
    rel.startsWith('packages/db/') ||
    /repositor(y|ies)/.test(rel) ||
    /migrations?\.ts$/.test(rel) ||
    rel.includes('/src/store/')
  );
}

/** Declarative tables longer than 600 lines are allowed; they say what they are here. */
const LONG_DECLARATIVE = new Set<string>([]);

describe('module pattern', () => {
  it('only repositories, migrations and packages/db import kysely', () => {
    const offenders = production
      .filter((f) => /from 'kysely'/.test(f.text) && !mayQuery(f.rel))
      .map((f) => f.rel);
    assert.deepEqual(offenders, []);
  });

  it('no service or route sees a database handle or a transaction', () => {
    const offenders = production
      .filter((f) => /service|apps\/server\/src\/routes|apps\/cli\//.test(f.rel))
      .filter((f) => /\btrx\b|\.kysely\b|recordAudit\(|listAudit\(/.test(f.text))
      .map((f) => f.rel);
    assert.deepEqual(offenders, []);
  });

  it('no source file is longer than 600 lines, outside declarative tables', () => {
    const offenders = production
      .filter((f) => !LONG_DECLARATIVE.has(f.rel))
      .map((f) => [f.rel, f.text.split('\n').length] as const)
      .filter(([, lines]) => lines > 600);
    assert.deepEqual(offenders, []);
  });

  it('CSV is written by one writer only (@strata/core), which neutralises formulas', () => {
    const offenders = production
      .filter((f) => !f.rel.startsWith('packages/core/src/tabular/'))
      .filter((f) => /replaceAll\('"', '""'\)|replace\(\/"\/g, '""'\)/.test(f.text))
      .map((f) => f.rel);
    assert.deepEqual(offenders, []);
  });

  it('the web app takes API types from the server, as types only', () => {
    const offenders = files
      .filter((f) => f.rel.startsWith('apps/web/'))
      .filter((f) => /^import (?!type )[^;]*from '@strata\/server/m.test(f.text))
      .map((f) => f.rel);
    assert.deepEqual(offenders, []);
  });

  it('the test helpers are not part of any package surface', () => {
    const offenders = production
      .filter((f) => /\/src\/index\.ts$/.test(f.rel))
      .filter((f) => /testing|fixtures/.test(f.text))
      .map((f) => f.rel);
    assert.deepEqual(offenders, []);
  });
});
