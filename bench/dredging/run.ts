/**
 * Dredging watch benchmark: accuracy on generated scenarios, then the speed and memory of
 * decode → segment → classify → aggregate on a large NMEA log (10 million positions by default).
 *
 *   npx tsx bench/dredging/run.ts [--positions 10000000] [--seeds 5] [--decode-workers 1] [--analyse-workers 2] [--skip-accuracy]
 *
 * The log is built once from seeded scenarios under bench/out/ and reused.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, renameSync, statSync, writeSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import {
  analysePartitionsParallel,
  analyseTracks,
  buildEvents,
  buildSummary,
  collectStatics,
  columnsFromPositions,
  createLocator,
  DEMO_SITES,
  generateScenario,
  loadEezGrid,
  parseRegistryCsv,
  readAisFiles,
  runPipelineBounded,
  type Scenario,
  scenarioNmeaLines,
  scenarioOptions,
  scorePeriods,
} from '@strata/dredging';

const here = path.dirname(fileURLToPath(import.meta.url));
const outDir = path.resolve(here, '..', 'out');
const { values } = parseArgs({
  options: {
    positions: { type: 'string', default: '10000000' },
    seeds: { type: 'string', default: '5' },
    'decode-workers': { type: 'string', default: '1' },
    'analyse-workers': { type: 'string', default: '2' },
    'skip-accuracy': { type: 'boolean', default: false },
    pipeline: { type: 'string' },
    bounded: { type: 'string', default: '8' },
    'bounded-run': { type: 'string' },
  },
});

function accuracy(seeds: number) {
  console.log(
    '## Accuracy on generated scenarios (14 days, 3 sites, 4 hoppers, 2 cutters, 4 cargo, 4 trawlers, all noise on)\n',
  );
  console.log(
    '| seed | positions | dredging F1 | precision | recall | cycles found / true | true volume m³ | low – high m³ | inside |',
  );
  console.log('|---|---|---|---|---|---|---|---|---|');
  let worstF1 = 1;
  let worstCycleError = 0;
  let allInside = true;
  for (let seed = 1; seed <= seeds; seed++) {
    const s = generateScenario(
      scenarioOptions({ seed, days: 14, sites: DEMO_SITES, hoppers: 4, cutters: 2, cargo: 4, fishing: 4 }),
    );
    const r = analyseTracks(
      columnsFromPositions(s.positions),
      collectStatics(s.statics).values(),
      parseRegistryCsv(s.registryCsv).entries,
    );
    const score = scorePeriods(s.truth.periods, r.periods, 'dredging');
    const found = r.cycles.filter((c) => c.complete).length;
    const truth = s.truth.cycles.length;
    let low = 0;
    let high = 0;
    for (const p of r.periods) {
      low += p.volume?.volumeM3.low ?? 0;
      high += p.volume?.volumeM3.high ?? 0;
    }
    const inside = low <= s.truth.volumeM3 && s.truth.volumeM3 <= high;
    worstF1 = Math.min(worstF1, score.f1);
    worstCycleError = Math.max(worstCycleError, Math.abs(found - truth) / truth);
    allInside &&= inside;
    const f = (x: number) => Math.round(x).toLocaleString('en');
    console.log(
      `| ${seed} | ${s.positions.length.toLocaleString('en')} | ${score.f1.toFixed(3)} | ${score.precision.toFixed(3)} | ${score.recall.toFixed(3)} | ${found} / ${truth} | ${f(s.truth.volumeM3)} | ${f(low)} – ${f(high)} | ${inside ? 'yes' : 'NO'} |`,
    );
  }
  console.log(
    `\nworst F1 ${worstF1.toFixed(3)} (target ≥ 0.9), worst cycle count error ${(100 * worstCycleError).toFixed(1)} % (target ≤ 10 %), true volume inside the band: ${allInside ? 'always' : 'NOT always'}\n`,
  );
}

/** Writes a log of about `target` positions: seeded scenarios, repeated with shifted MMSIs. */
function ensureLog(target: number): string {
  const file = path.join(outDir, `dredging-${target}.nmea`);
  if (existsSync(file)) return file;
  mkdirSync(outDir, { recursive: true });
  const started = performance.now();
  const tmp = `${file}.part`;
  const fd = openSync(tmp, 'w');
  let written = 0;
  let copy = 0;
  let buffer: string[] = [];
  const flush = () => {
    writeSync(fd, `${buffer.join('\n')}\n`);
    buffer = [];
  };
  while (written < target) {
    const s: Scenario = generateScenario(
      scenarioOptions({
        seed: 1000 + copy,
        days: 30,
        sites: DEMO_SITES,
        hoppers: 6,
        cutters: 3,
        cargo: 10,
        fishing: 10,
      }),
    );
    // Shift MMSIs so that each copy is a distinct fleet.
    const shift = copy * 10_000;
    for (const p of s.positions) p.mmsi += shift;
    for (const st of s.statics) st.mmsi += shift;
    for (const v of s.vessels) v.mmsi += shift;
    for (const line of scenarioNmeaLines(s)) {
      buffer.push(line);
      if (!line.includes(',2,2,') && !line.includes(',2,1,')) written++;
      if (buffer.length >= 50_000) flush();
      if (written >= target) break;
    }
    copy++;
    process.stderr.write(`\rbuilding log: ${written.toLocaleString('en')} positions`);
  }
  flush();
  closeSync(fd);
  renameSync(tmp, file);
  process.stderr.write(`\rbuilt ${file} in ${((performance.now() - started) / 1000).toFixed(0)} s\n`);
  return file;
}

async function pipeline(file: string, decodeWorkers: number, analyseWorkers: number) {
  let peakRss = 0;
  const timer = setInterval(() => {
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }, 50);
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const input = await readAisFiles([file], { workers: decodeWorkers, partitions: analyseWorkers });
  const t1 = performance.now();
  const cpu1 = process.cpuUsage(cpu0);
  const positions = input.partitions.reduce((n, p) => n + p.length, 0);
  const result = await analysePartitionsParallel(input.partitions, collectStatics(input.statics).values());
  const t2 = performance.now();
  const events = buildEvents(result, createLocator({ eez: loadEezGrid() }));
  const summary = buildSummary(result, events, 'approximate');
  const t3 = performance.now();
  const cpu3 = process.cpuUsage(cpu0);
  clearInterval(timer);
  peakRss = Math.max(peakRss, process.memoryUsage().rss, process.resourceUsage().maxRSS * 1024);
  console.log(
    JSON.stringify({
      bytes: input.bytes,
      positions,
      decodeS: (t1 - t0) / 1000,
      analyseS: (t2 - t1) / 1000,
      aggregateS: (t3 - t2) / 1000,
      totalS: (t3 - t0) / 1000,
      decodeCpuS: (cpu1.user + cpu1.system) / 1e6,
      totalCpuS: (cpu3.user + cpu3.system) / 1e6,
      loadAverage: loadavg()[0],
      peakRssMb: peakRss / 1024 / 1024,
      dredgers: result.dredgers.length,
      events: events.length,
      cycles: summary.cycles.complete,
      volumeM3: summary.total.volumeM3,
    }),
  );
}

async function boundedPipeline(file: string, buckets: number) {
  let peakRss = 0;
  const timer = setInterval(() => {
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }, 50);
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const out = await runPipelineBounded({ files: [file], buckets, tempDir: outDir });
  const t1 = performance.now();
  const cpu = process.cpuUsage(cpu0);
  clearInterval(timer);
  peakRss = Math.max(peakRss, process.memoryUsage().rss, process.resourceUsage().maxRSS * 1024);
  console.log(
    JSON.stringify({
      positions: out.result.positions,
      totalS: (t1 - t0) / 1000,
      totalCpuS: (cpu.user + cpu.system) / 1e6,
      peakRssMb: peakRss / 1024 / 1024,
      cycles: out.summary.cycles.complete,
      loadAverage: loadavg()[0],
    }),
  );
}

if (values['bounded-run']) {
  await boundedPipeline(values['bounded-run'], Number(values.bounded));
} else if (values.pipeline) {
  await pipeline(values.pipeline, Number(values['decode-workers']), Number(values['analyse-workers']));
} else {
  if (!values['skip-accuracy']) accuracy(Number(values.seeds));
  const target = Number(values.positions);
  const file = ensureLog(target);
  console.log(
    `## Speed: decode → segment → classify → aggregate, ${target.toLocaleString('en')} positions\n`,
  );
  console.log(
    `log: ${(statSync(file).size / 1024 / 1024).toFixed(0)} MiB of NMEA with tag blocks; ${values['decode-workers']} decode and ${values['analyse-workers']} analysis thread(s); load average before: ${loadavg()
      .map((x) => x.toFixed(1))
      .join(' ')}\n`,
  );
  // A fresh process, so that peak memory is the pipeline's own.
  const child = spawnSync(
    process.execPath,
    [
      '--import',
      'tsx',
      fileURLToPath(import.meta.url),
      '--pipeline',
      file,
      '--decode-workers',
      String(values['decode-workers']),
      '--analyse-workers',
      String(values['analyse-workers']),
    ],
    {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const r = JSON.parse(child.stdout.trim().split('\n').pop() ?? '{}') as Record<string, number>;
  const rate = r.positions / r.totalS;
  console.log('| stage | seconds |');
  console.log('|---|---|');
  console.log(
    `| decode (columnar fast path of @strata/ais) | ${r.decodeS.toFixed(2)} (CPU ${r.decodeCpuS.toFixed(2)}) |`,
  );
  console.log(`| segment + classify + cycles + volumes | ${r.analyseS.toFixed(2)} |`);
  console.log(`| attribute (EEZ grid, H3) + summarise | ${r.aggregateS.toFixed(2)} |`);
  console.log(
    `| **total** | **${r.totalS.toFixed(2)}** (${Math.round(rate).toLocaleString('en')} positions/s; CPU ${r.totalCpuS.toFixed(2)} s on all threads; load average at the end ${r.loadAverage.toFixed(1)}) |`,
  );
  console.log(
    `\npeak resident memory ${Math.round(r.peakRssMb)} MB; ${r.dredgers} dredgers, ${r.cycles} cycles, ${r.events} events`,
  );
  console.log(`target: < 20 s → ${r.totalS < 20 ? 'met' : 'NOT met'}`);
  const buckets = Number(values.bounded);
  if (buckets > 1) {
    const b = spawnSync(
      process.execPath,
      [
        '--import',
        'tsx',
        fileURLToPath(import.meta.url),
        '--bounded-run',
        file,
        '--bounded',
        String(buckets),
      ],
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
    );
    const br = JSON.parse(b.stdout.trim().split('\n').pop() ?? '{}') as Record<string, number>;
    console.log(
      `\nbounded memory (${buckets} MMSI buckets spilled to disk, one analysed at a time, one thread): ${br.totalS.toFixed(2)} s wall, CPU ${br.totalCpuS.toFixed(2)} s, peak RSS ${Math.round(br.peakRssMb)} MB, ${br.cycles} cycles (load average ${br.loadAverage.toFixed(1)})`,
    );
  }
}
