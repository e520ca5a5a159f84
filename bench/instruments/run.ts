/**
 * Global assessment benchmark: 1,000 fictional demo instruments × 12 issues × 8 stages (96,000 graded
 * cells), the coverage heat map and the top-50 duplication pairs (weighted Jaccard, all 499,500 pairs)
 * computed through the API in-process (PGlite by default), plus the same analyses as pure domain calls.
 *
 * "Cold" is the first request after start (the whole matrix is read from the database into the
 * snapshot); "warm" is the median of later requests; "after a write" is the first request after a
 * reviewer regrades a cell (the snapshot re-reads only that instrument).
 *
 * Run: npx tsx bench/instruments/run.ts   (PGlite; with DATABASE_URL=postgres://… it runs PGlite and then
 * PostgreSQL, in a throwaway schema dropped at the end)
 */
import { randomBytes } from 'node:crypto';
import { type Actor, SeededRandom } from '@strata/core';
import { type Database, openPglite, openPostgres } from '@strata/db';
import {
  allCells,
  columnsByInstrument,
  coverageHeatMap,
  duplicationPairs,
  GRADES,
  INSTRUMENT_KINDS,
  type InstrumentFacts,
  instrumentFacts,
  type MatrixCell,
} from '@strata/instruments';
import { createApp, createContext } from '@strata/server';
import pino from 'pino';
import { instrumentsModule } from '../../apps/server/src/modules/instruments.ts';
import { instrumentsServices } from '../../apps/server/src/routes/instruments/context.ts';

const N = 1000;
const rng = new SeededRandom(512);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
const fmt = (ms: number) => `${ms.toFixed(1)} ms`;
const REVIEWER: Actor = {
  userId: '00000000-0000-4000-8000-000000000001',
  email: 'reviewer@bench.test',
  role: 'reviewer',
  countryIso3: null,
  organisationId: null,
  companyId: null,
};

// Fictional demo instruments: slugs "demo-0001"…, titles "Demo instrument 1"…; no real instrument.
const catalogue: Record<string, InstrumentFacts> = {};
const cells: MatrixCell[] = [];
for (let i = 1; i <= N; i++) {
  const slug = `demo-${String(i).padStart(4, '0')}`;
  catalogue[slug] = instrumentFacts({
    title: `Demo instrument ${i}`,
    kind: INSTRUMENT_KINDS[i % INSTRUMENT_KINDS.length],
  });
  // Each instrument addresses about a third of the cells, at a random grade.
  for (const { issue, stage } of allCells()) {
    const addressed = rng.next() < 0.33;
    const grade = addressed ? GRADES[1 + Math.floor(rng.next() * 3)] : 'not_addressed';
    cells.push({
      instrumentId: slug,
      issue,
      stage,
      grade,
      clause: addressed ? 'demo clause' : null,
      source: 'demo',
      status: 'provisional',
    });
  }
}

// Pure domain, for reference.
const instruments = Object.entries(catalogue).map(([id, f]) => ({
  id,
  binding: f.kind === 'binding_treaty',
}));
const columns = columnsByInstrument(cells);
const domainHeat = median(
  Array.from({ length: 9 }, () => timed(() => coverageHeatMap(instruments, columns))),
);
const domainDup = median(Array.from({ length: 5 }, () => timed(() => duplicationPairs(columns, 50))));

const url = process.env.DATABASE_URL;
console.log(`${N} instruments × 96 cells = ${cells.length} cells`);
console.log(`domain: heat map ${fmt(domainHeat)}, top-50 duplication pairs ${fmt(domainDup)}`);
await bench('PGlite', () => openPglite(null));
if (url) {
  const schema = `bench_${randomBytes(4).toString('hex')}`;
  await bench('PostgreSQL', () => openPostgres({ url, schema, maxConnections: 4 }));
}

/** Loads the matrix into one engine and times the analyses through the API: cold, warm, after a write. */
async function bench(engine: string, open: () => Promise<Database>): Promise<void> {
  const db = await open();
  const ctx = await createContext({ db, logger: pino({ level: 'silent' }), modules: [instrumentsModule] });
  // The services the routes use (one set per context), so a write here refreshes what they read.
  const services = instrumentsServices(ctx);
  const t = performance.now();
  await services.catalogue.seedCatalogue(catalogue, [], { demo: true });
  await services.matrix.seedColumns(cells);
  const loadMs = performance.now() - t;

  const app = createApp(ctx, [instrumentsModule]);
  async function get(path: string): Promise<number> {
    const start = performance.now();
    const res = await app.request(path);
    await res.arrayBuffer();
    if (res.status !== 200) throw new Error(`${path}: ${res.status}`);
    return performance.now() - start;
  }
  const HEAT = '/api/instruments/analyses/heat-map';
  const DUP = '/api/instruments/analyses/duplications?limit=50';
  const heatCold = await get(HEAT);
  const dupAfterCold = await get(DUP);
  const heatWarm = median(await repeat(9, () => get(HEAT)));
  const dupWarm = median(await repeat(5, () => get(DUP)));
  const bothWarm = (await get(HEAT)) + (await get(DUP));
  // After a write: a reviewer regrades one cell of a random instrument; then both analyses are requested.
  const afterWrite = await repeat(7, async () => {
    const slug = `demo-${String(1 + Math.floor(rng.next() * N)).padStart(4, '0')}`;
    await services.matrix.grade(REVIEWER, slug, 'water', 'extraction', {
      grade: GRADES[1 + Math.floor(rng.next() * 3)],
      clause: 'demo clause',
      source: 'demo',
      reason: 'demo regrade',
    });
    return (await get(HEAT)) + (await get(DUP));
  });

  console.log(`\nengine: ${engine}`);
  console.log(`load (catalogue + cells, one transaction each): ${fmt(loadMs)}`);
  console.log(
    `API cold (whole matrix read into the snapshot): heat map ${fmt(heatCold)}, then duplications ${fmt(dupAfterCold)}`,
  );
  console.log(
    `API warm (median): heat map ${fmt(heatWarm)}, duplications ${fmt(dupWarm)}; both ${fmt(bothWarm)}`,
  );
  console.log(
    `API first request after a write (heat map + duplications, 7 writes): median ${fmt(median(afterWrite))}, max ${fmt(Math.max(...afterWrite))}`,
  );
  await db.close();
}

function timed(fn: () => unknown): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}
async function repeat(n: number, fn: () => Promise<number>): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < n; i++) out.push(await fn());
  return out;
}
