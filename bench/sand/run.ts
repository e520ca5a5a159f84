/**
 * Sand observatory benchmark: the whole IRP Global Material Flows export (about 120,000 rows, 9,166 of
 * code A.3.8.2) imported through the service in one transaction, the cement table imported after it, then
 * country profiles, the world total and the world map requested through the API in-process.
 *
 * Needs the shared reference data (`../shared/data/sand/`); exits with a message when it is absent.
 * Run: npx tsx bench/sand/run.ts   (the embedded database, PGlite)
 */
import { readFileSync } from 'node:fs';
import { sharedDataFile } from '@strata/core';
import { type Database, openPglite } from '@strata/db';
import { createApp, createContext } from '@strata/server';
import pino from 'pino';
import { BUNDLED_CEMENT, IRP_FILE, sandModule } from '../../apps/server/src/modules/sand.ts';
import { sandServices } from '../../apps/server/src/routes/sand/context.ts';

const irpFile = sharedDataFile(IRP_FILE);
if (!irpFile) {
  console.log(`The shared IRP export (${IRP_FILE}) is absent: nothing to measure.`);
  process.exit(0);
}
const irpBytes = new Uint8Array(readFileSync(irpFile));
const cementBytes = new Uint8Array(readFileSync(BUNDLED_CEMENT));
const lines = new TextDecoder().decode(irpBytes).split('\n').length - 1;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
const fmt = (ms: number) => `${ms.toFixed(1)} ms`;
const PROFILES = ['CHN', 'USA', 'IND', 'BRA', 'FRA', 'NGA', 'SDN', 'TUV', 'DEU', 'IDN'];

async function run(name: string, db: Database): Promise<void> {
  const ctx = await createContext({ db, logger: pino({ level: 'silent' }), modules: [sandModule] });
  const sand = sandServices(ctx);
  let t = performance.now();
  const irp = await sand.imports.importIrp(null, irpBytes, { system: true });
  const irpMs = performance.now() - t;
  t = performance.now();
  const cement = await sand.imports.importCement(null, cementBytes, { system: true });
  const cementMs = performance.now() - t;
  const app = createApp(ctx, [sandModule]);
  const get = async (path: string) => {
    const start = performance.now();
    const res = await app.request(path);
    if (res.status !== 200) throw new Error(`${path}: ${res.status}`);
    await res.arrayBuffer();
    return performance.now() - start;
  };
  const profileMs: number[] = [];
  for (let round = 0; round < 3; round++) {
    for (const iso3 of PROFILES) profileMs.push(await get(`/api/sand/countries/${iso3}/profile`));
  }
  const mapMs: number[] = [];
  const worldMs: number[] = [];
  for (const year of [2019, 2010, 1990, 1970, 2019]) {
    mapMs.push(await get(`/api/sand/map?indicator=construction-aggregates&year=${year}`));
    worldMs.push(await get(`/api/sand/world?year=${year}`));
  }
  const exportMs = await get('/api/sand/export.csv');
  // A State's whole series (1970–2023, fictional figures) submitted and approved, five times over: each
  // approval replaces the previous version's official figures.
  const template = new TextEncoder().encode(
    ['year,value,unit', ...Array.from({ length: 54 }, (_, i) => `${1970 + i},${1000 + i},kt`)].join('\n'),
  );
  const source = {
    iso3: 'FRA',
    title: '[BENCH] fictional',
    publisher: '[BENCH]',
    url: null,
    licence: 'bench',
    method: 'bench',
  };
  const submitMs: number[] = [];
  const approveMs: number[] = [];
  for (let round = 0; round < 5; round++) {
    t = performance.now();
    const outcome = await sand.submissions.submit(null, source, template, { system: true });
    submitMs.push(performance.now() - t);
    if (!outcome.submission) throw new Error(`submission refused: ${JSON.stringify(outcome.rejected)}`);
    t = performance.now();
    await sand.submissions.approve(null, outcome.submission.id, null, { system: true });
    approveMs.push(performance.now() - t);
  }
  console.log(
    `${name}: IRP file ${lines} rows → ${irp.rows} figures (${irp.superseded.length} superseded) in ${fmt(irpMs)}; ` +
      `cement ${cement.rows} figures in ${fmt(cementMs)}`,
  );
  console.log(
    `${name}: profile median ${fmt(median(profileMs))} max ${fmt(Math.max(...profileMs))} (${profileMs.length}); ` +
      `map median ${fmt(median(mapMs))} max ${fmt(Math.max(...mapMs))}; world median ${fmt(median(worldMs))} ` +
      `max ${fmt(Math.max(...worldMs))}; whole CSV export ${fmt(exportMs)}`,
  );
  console.log(
    `${name}: submission of 54 years, check and record median ${fmt(median(submitMs))} max ${fmt(Math.max(...submitMs))}; ` +
      `approval median ${fmt(median(approveMs))} max ${fmt(Math.max(...approveMs))} (5 rounds)`,
  );
  await db.close();
}

await run('PGlite', await openPglite(null));
