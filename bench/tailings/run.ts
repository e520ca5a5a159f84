/**
 * Tailings benchmark: import 10,000 facilities into the embedded database (PGlite) through the same
 * path as `strata tailings import --format sigbm` (parse + classify + score + write + history, one
 * transaction), re-import them (all unchanged), then time the map query for 10,000 facilities at the
 * repository and at the HTTP level, and a filtered page.
 *
 * Input: the bundled SIGBM export (909 dams) replicated to 10,000 rows with new ids.
 * Run: npx tsx bench/tailings/run.ts [count]
 */
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { repoRoot } from '@strata/core';
import { openPglite } from '@strata/db';
import { createApp, createContext } from '@strata/server';
import { createTailingsServices, parseSigbm } from '@strata/tailings';
import pino from 'pino';
import { tailingsModule } from '../../apps/server/src/modules/tailings.ts';

const COUNT = Number(process.argv[2] ?? 10_000);

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? Number.NaN;
}

/** The bundled export's rows, repeated with ids `<id>-<copy>` until COUNT rows. */
function syntheticSigbm(count: number): Uint8Array {
  const text = readFileSync(path.join(repoRoot, 'packages/tailings/data/br-anm-sigbm-2021-09.csv'), 'latin1');
  const lines = text.split('\r\n').filter((l) => l !== '');
  const [header, ...rows] = lines;
  const out: string[] = [header ?? ''];
  for (let i = 0; out.length <= count; i++) {
    const row = rows[i % rows.length] ?? '';
    const copy = Math.floor(i / rows.length);
    out.push(row.replace(/^"([^"]*)"/, (_m, id: string) => `"${id}-${copy}"`));
  }
  return Buffer.from(`${out.join('\r\n')}\r\n`, 'latin1');
}

const bytes = syntheticSigbm(COUNT);
const db = await openPglite(null);
const ctx = await createContext({ db, logger: pino({ level: 'silent' }), modules: [tailingsModule] });
const tailings = ctx.services('tailings', (d) => createTailingsServices(d));

// CPU time is reported beside wall time: the machine is shared, and PGlite runs on this thread, so
// the process's CPU time is the figure other engineers' jobs do not inflate.
const cpuMs = (start: NodeJS.CpuUsage) => {
  const u = process.cpuUsage(start);
  return (u.user + u.system) / 1000;
};
let t0 = performance.now();
let c0 = process.cpuUsage();
parseSigbm(new TextDecoder('latin1').decode(bytes));
const parseMs = performance.now() - t0;
const parseCpu = cpuMs(c0);
t0 = performance.now();
c0 = process.cpuUsage();
const first = await tailings.imports.importFile(null, 'sigbm', bytes, {
  system: true,
  fileName: 'bench.csv',
});
const importMs = performance.now() - t0;
const importCpu = cpuMs(c0);
t0 = performance.now();
c0 = process.cpuUsage();
const second = await tailings.imports.importFile(null, 'sigbm', bytes, {
  system: true,
  fileName: 'bench.csv',
});
const reimportMs = performance.now() - t0;
const reimportCpu = cpuMs(c0);

const mapRepo: number[] = [];
let points = 0;
for (let i = 0; i < 15; i++) {
  t0 = performance.now();
  points = (JSON.parse(await tailings.facilities.mapPointsJson({})) as { total: number }).total;
  mapRepo.push(performance.now() - t0);
}
const app = createApp(ctx, [tailingsModule]);
const mapHttp: number[] = [];
let bytesOut = 0;
for (let i = 0; i < 15; i++) {
  t0 = performance.now();
  const res = await app.request('/api/tailings/map');
  bytesOut = (await res.arrayBuffer()).byteLength;
  mapHttp.push(performance.now() - t0);
}
const listHttp: number[] = [];
for (let i = 0; i < 15; i++) {
  t0 = performance.now();
  await (await app.request('/api/tailings/facilities?country=BRA&raiseMethod=upstream&limit=100')).json();
  listHttp.push(performance.now() - t0);
}

const fmt = (ms: number) => `${ms.toFixed(0)} ms`;
console.log(
  `tailings benchmark (PGlite in memory, Node ${process.version}, load average ${loadavg()[0]?.toFixed(1)})`,
);
console.log(`parse ${COUNT} SIGBM rows alone: ${fmt(parseMs)} wall, ${fmt(parseCpu)} CPU`);
console.log(
  `import ${COUNT} facilities (sigbm: parse + classify + score + write + history): ${fmt(importMs)}` +
    `, ${fmt(importCpu)} CPU — created ${first.created}, rejected ${first.rejected.length} [target < 5000 ms]`,
);
console.log(
  `re-import, all unchanged: ${fmt(reimportMs)}, ${fmt(reimportCpu)} CPU — unchanged ${second.unchanged}, updated ${second.updated}`,
);
console.log(
  `map query, repository incl. JSON parse (${points} points): median ${median(mapRepo).toFixed(1)} ms [target < 100 ms]`,
);
console.log(
  `map query, HTTP GET /api/tailings/map (${(bytesOut / 1024).toFixed(0)} KiB): median ${median(mapHttp).toFixed(1)} ms`,
);
console.log(
  `filtered page, HTTP GET /api/tailings/facilities?country=BRA&raiseMethod=upstream: median ${median(listHttp).toFixed(1)} ms`,
);
await db.close();
