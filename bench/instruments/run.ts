/**
 * Global assessment benchmark: 1,000 fictional demo instruments × 12 issues × 8 stages (96,000 graded
 * cells), the coverage heat map and the top-50 duplication pairs (weighted Jaccard, all 499,500 pairs)
 * computed through the API in-process (PGlite by default), plus the same analyses as pure domain calls.
 *
 * "Cold" is the first request after a write (the matrix is read from the database into the snapshot);
 * "warm" is the median of later requests (the snapshot is kept until the next write commits).
 *
 * Run: npx tsx bench/instruments/run.ts   (on PostgreSQL: DATABASE_URL=postgres://… npx tsx …; it works
 * in a throwaway schema, dropped at the end)
 */
import { randomBytes } from 'node:crypto';
import { SeededRandom } from '@strata/core';
import { type Database, openPglite, openPostgres } from '@strata/db';
import {
  allCells,
  columnsByInstrument,
  coverageHeatMap,
  createInstrumentsServices,
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

const N = 1000;
const rng = new SeededRandom(512);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
const fmt = (ms: number) => `${ms.toFixed(1)} ms`;

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
const schema = `bench_${randomBytes(4).toString('hex')}`;
const db: Database = url ? await openPostgres({ url, schema, maxConnections: 4 }) : await openPglite(null);
const ctx = await createContext({ db, logger: pino({ level: 'silent' }), modules: [instrumentsModule] });
const services = createInstrumentsServices(db);
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

console.log(`engine: ${url ? 'PostgreSQL' : 'PGlite'}; ${N} instruments × 96 cells = ${cells.length} cells`);
console.log(`load (catalogue + cells, one transaction each): ${fmt(loadMs)}`);
console.log(`domain: heat map ${fmt(domainHeat)}, top-50 duplication pairs ${fmt(domainDup)}`);
console.log(
  `API cold (matrix read into the snapshot): heat map ${fmt(heatCold)}, then duplications ${fmt(dupAfterCold)}`,
);
console.log(
  `API warm (median): heat map ${fmt(heatWarm)}, duplications ${fmt(dupWarm)}; both ${fmt(bothWarm)}`,
);
await db.close();

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
