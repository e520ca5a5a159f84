/**
 * Load benchmark: a real `strata serve` in a child process, on a fresh embedded database (or on a fresh
 * PostgreSQL database when DATABASE_URL is set), seeded as `npm start` seeds it; then an open-loop request
 * generator on 127.0.0.1 sends a public GET mix at a fixed rate and reports latency measured from each
 * request's scheduled time (so a stalled server cannot hide its queue), errors, and the server's RSS.
 *
 *   npx tsx bench/load/run.ts [--rate 200] [--seconds 60] [--warmup 10]
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/test npx tsx bench/load/run.ts
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

const { values: args } = parseArgs({
  options: {
    rate: { type: 'string', default: '200' },
    seconds: { type: 'string', default: '60' },
    warmup: { type: 'string', default: '10' },
  },
});
const RATE = Number(args.rate);
const SECONDS = Number(args.seconds);
const WARMUP = Number(args.warmup);

/** The public GET mix of the security review's load test, in equal shares. */
const MIX = [
  '/api/tailings/facilities?country=BRA',
  '/api/countries',
  '/api/process/processes',
  '/api/dredging/countries',
] as const;

const repo = path.resolve(import.meta.dirname, '../..');
const dataDir = mkdtempSync(path.join(tmpdir(), 'strata-load-'));
const port = 20000 + (process.pid % 20000);
const base = `http://127.0.0.1:${port}`;

let databaseUrl: string | undefined;
let scratchDb: string | null = null;
if (process.env.DATABASE_URL) {
  // A fresh database beside the one named, so the run starts from what `npm start` seeds.
  scratchDb = `strata_load_${process.pid}`;
  const admin = new URL(process.env.DATABASE_URL);
  psql(admin, `CREATE DATABASE ${scratchDb}`);
  const url = new URL(admin);
  url.pathname = `/${scratchDb}`;
  databaseUrl = url.toString();
}

function psql(url: URL, sql: string) {
  const r = spawnSync('psql', [url.toString(), '-v', 'ON_ERROR_STOP=1', '-qc', sql], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`psql: ${r.stderr || r.error}`);
}

const server = spawn(
  process.execPath,
  [path.join(repo, 'apps/cli/bin/strata.js'), 'serve', '--port', String(port)],
  {
    cwd: repo,
    env: {
      ...process.env,
      STRATA_DATA_DIR: dataDir,
      DATABASE_URL: databaseUrl ?? '',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  },
);

function rssMiB(): number {
  try {
    const status = readFileSync(`/proc/${server.pid}/status`, 'utf8');
    const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? Number.NaN);
    return kb / 1024;
  } catch {
    return Number.NaN;
  }
}

function cpuSeconds(): number {
  try {
    const fields = readFileSync(`/proc/${server.pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    // utime and stime are fields 14 and 15 of stat, 12 and 13 after the command name.
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return Number.NaN;
  }
}

async function waitReady() {
  const start = Date.now();
  while (Date.now() - start < 300_000) {
    if (server.exitCode !== null) throw new Error(`strata serve exited with ${server.exitCode}`);
    try {
      const res = await fetch(`${base}/api/health`);
      if (res.ok) {
        // The seed runs before the port opens; one facility list confirms the registers are there.
        const probe = await fetch(`${base}${MIX[0]}`);
        await probe.arrayBuffer();
        if (probe.ok) return;
      }
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error('the server did not become ready in 5 minutes');
}

interface Sample {
  path: string;
  ms: number;
  ok: boolean;
}

/** Sends `rate` requests a second for `seconds`, each at its scheduled time, and waits for all. */
async function openLoop(rate: number, seconds: number): Promise<Sample[]> {
  const total = Math.round(rate * seconds);
  const interval = 1000 / rate;
  const start = performance.now();
  const pending: Promise<Sample>[] = [];
  for (let i = 0; i < total; i++) {
    const due = start + i * interval;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((r) => setTimeout(r, wait));
    const p = MIX[i % MIX.length] as string;
    pending.push(
      fetch(`${base}${p}`)
        .then(async (res) => {
          await res.arrayBuffer();
          return { path: p, ms: performance.now() - due, ok: res.status === 200 };
        })
        .catch(() => ({ path: p, ms: performance.now() - due, ok: false })),
    );
  }
  return Promise.all(pending);
}

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))] ?? Number.NaN;
}

function summarise(label: string, samples: Sample[]) {
  const ms = samples.map((s) => s.ms).sort((a, b) => a - b);
  const errors = samples.filter((s) => !s.ok).length;
  const f = (v: number) => v.toFixed(1).padStart(8);
  console.log(
    `${label.padEnd(42)} ${String(samples.length).padStart(6)} ${f(quantile(ms, 0.5))} ${f(quantile(ms, 0.95))} ${f(quantile(ms, 0.99))} ${f(ms.at(-1) ?? Number.NaN)} ${String(errors).padStart(6)}`,
  );
}

try {
  const engine = databaseUrl ? 'PostgreSQL' : 'PGlite (embedded)';
  console.log(
    `load bench: strata serve on ${engine}, ${RATE} requests/s for ${SECONDS} s after ${WARMUP} s of warm-up`,
  );
  const t0 = performance.now();
  await waitReady();
  console.log(`ready (migrated and seeded) in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  await openLoop(Math.min(RATE, 50), WARMUP);
  const rssBefore = rssMiB();
  const cpuBefore = cpuSeconds();
  const samples = await openLoop(RATE, SECONDS);
  const cpu = cpuSeconds() - cpuBefore;
  const rssAfter = rssMiB();
  console.log(
    `\n${'route'.padEnd(42)} ${'n'.padStart(6)} ${'p50 ms'.padStart(8)} ${'p95 ms'.padStart(8)} ${'p99 ms'.padStart(8)} ${'max ms'.padStart(8)} ${'errors'.padStart(6)}`,
  );
  for (const p of MIX)
    summarise(
      `GET ${p}`,
      samples.filter((s) => s.path === p),
    );
  summarise('all', samples);
  console.log(
    `\nserver RSS ${rssBefore.toFixed(0)} MiB before, ${rssAfter.toFixed(0)} MiB after; server CPU ${cpu.toFixed(1)} s over ${SECONDS} s (${((100 * cpu) / SECONDS).toFixed(0)} % of one core)`,
  );
  const all = samples.map((s) => s.ms).sort((a, b) => a - b);
  const held = quantile(all, 0.99) < 100 && samples.every((s) => s.ok);
  console.log(held ? `held: p99 < 100 ms and no error at ${RATE}/s` : `NOT held at ${RATE}/s`);
  process.exitCode = held ? 0 : 1;
} finally {
  server.kill('SIGTERM');
  await new Promise((r) => server.once('exit', r));
  rmSync(dataDir, { recursive: true, force: true });
  if (scratchDb && process.env.DATABASE_URL)
    psql(new URL(process.env.DATABASE_URL), `DROP DATABASE IF EXISTS ${scratchDb}`);
}
