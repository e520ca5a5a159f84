/**
 * Platform benchmark: embedded database start-up, migrations and seeding, and the latency of the
 * platform's own API routes, in-process (no sockets), on PGlite, and on PostgreSQL when DATABASE_URL is set.
 *
 *   npx tsx bench/platform/run.ts
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type Database, openPglite, openPostgres } from '@strata/db';
import { createTestPlatform } from '@strata/server/testing';

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? Number.NaN;
}
function p95(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(s.length * 0.95))] ?? Number.NaN;
}
async function time<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const t = performance.now();
  const value = await fn();
  return [value, performance.now() - t];
}

async function measure(name: string, open: () => Promise<Database>) {
  const [db, openMs] = await time(open);
  const [p, setupMs] = await time(() => createTestPlatform(db, { modules: [] }));
  const anon = p.anonymous();
  const rows: [string, number[]][] = [];
  for (const [label, pathname] of [
    ['GET /api/health', '/api/health'],
    ['GET /api/countries (195)', '/api/countries'],
    ['GET /api/countries/BRA', '/api/countries/BRA'],
  ] as const) {
    const samples: number[] = [];
    for (let i = 0; i < 200; i++) {
      const [res, ms] = await time(() => anon.request('GET', pathname));
      await res.arrayBuffer();
      if (i >= 20) samples.push(ms);
    }
    rows.push([label, samples]);
  }
  const sec = await p.clientAs('secretariat');
  const writes: number[] = [];
  for (let i = 0; i < 100; i++) {
    const [res, ms] = await time(() => sec.request('POST', '/api/organisations', { name: `Bench org ${i}` }));
    if (res.status !== 201) throw new Error(`write failed: ${res.status}`);
    writes.push(ms);
  }
  rows.push(['POST /api/organisations (write + audit row)', writes]);
  const logins: number[] = [];
  for (let i = 0; i < 10; i++) {
    const [, ms] = await time(() => p.anonymous().signIn('nobody@strata.test', 'wrong password'));
    logins.push(ms);
  }
  rows.push(['POST /api/auth/login (argon2id verify)', logins]);
  console.log(
    `\n${name}: open ${openMs.toFixed(0)} ms, migrate + seed countries + first account ${setupMs.toFixed(0)} ms`,
  );
  console.log('| route | median ms | p95 ms |\n|---|---:|---:|');
  for (const [label, samples] of rows)
    console.log(`| ${label} | ${median(samples).toFixed(2)} | ${p95(samples).toFixed(2)} |`);
  await p.close();
}

const dir = mkdtempSync(path.join(tmpdir(), 'strata-bench-'));
try {
  await measure('PGlite in memory', () => openPglite(null));
  await measure('PGlite on disk (first start: initdb)', () => openPglite(path.join(dir, 'pglite')));
  if (process.env.DATABASE_URL) {
    const url = process.env.DATABASE_URL;
    await measure('PostgreSQL', async () => {
      const schema = `bench_${process.pid}`;
      const db = await openPostgres({ url, schema });
      return {
        ...db,
        async close() {
          await db.execScript(`drop schema if exists ${schema} cascade`);
          await db.close();
        },
      };
    });
  } else {
    console.log('\n(PostgreSQL skipped: DATABASE_URL is not set)');
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
