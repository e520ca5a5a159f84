#!/usr/bin/env node
// Runs every *.test.ts in the workspaces with node's test runner (through tsx), then prints one
// closing line "N passed, N failed, N skipped". Arguments narrow the run to paths containing them:
//   npm test -- packages/ais      npm test -- countries
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SKIP_DIRS = new Set(['node_modules', 'dist', '.strata', '.git', 'out']);

function findTests(dir) {
  const found = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (SKIP_DIRS.has(entry.name)) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) found.push(...findTests(full));
    else if (entry.name.endsWith('.test.ts') || entry.name.endsWith('.test.tsx')) found.push(full);
  }
  return found;
}

const filters = process.argv.slice(2);
const files = ['apps', 'packages', 'bench', 'scripts']
  .flatMap((d) => findTests(path.join(root, d)))
  .map((f) => path.relative(root, f))
  .filter((f) => filters.length === 0 || filters.some((x) => f.includes(x)))
  .sort();

if (files.length === 0) {
  console.error(`No test files match ${filters.join(' ')}`);
  process.exit(1);
}

mkdirSync(path.join(root, '.strata'), { recursive: true });
const child = spawn(
  process.execPath,
  [
    '--import',
    'tsx',
    '--test',
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    '--test-reporter=tap',
    '--test-reporter-destination=.strata/test-results.tap',
    ...files,
  ],
  { cwd: root, stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, FORCE_COLOR: '0' } },
);
child.on('exit', async (code, signal) => {
  const { readFileSync } = await import('node:fs');
  let pass = 0;
  let fail = 0;
  let skipped = 0;
  try {
    const tap = readFileSync(path.join(root, '.strata', 'test-results.tap'), 'utf8');
    const num = (name) => Number(tap.match(new RegExp(`^# ${name} (\\d+)$`, 'm'))?.[1] ?? 0);
    pass = num('pass');
    fail = num('fail') + num('cancelled');
    skipped = num('skipped') + num('todo');
  } catch {
    fail = 1;
  }
  if (signal || (code !== 0 && fail === 0)) fail = Math.max(fail, 1);
  console.log(`${pass} passed, ${fail} failed, ${skipped} skipped`);
  process.exit(code ?? 1);
});
