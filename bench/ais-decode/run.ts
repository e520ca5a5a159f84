/**
 * AIS decoding benchmark: Strata (gpsd JSON output, columnar fast path, parallel) beside gpsdecode (gpsd
 * 3.22, Debian gpsd-clients) and libais (Debian python3-ais), on a file of at least a million real lines
 * built by repeating the shared samples. Run: `npx tsx bench/ais-decode/run.ts [--gib | --cli]`
 * (`--cli` times `strata ais decode FILE --format gpsd` as a whole process beside gpsdecode, nothing else);
 * (`--gib` also builds a 1 GiB log and measures peak resident memory while decoding it).
 */
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, statSync, writeSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { repoRoot, sharedDataFile } from '@strata/core';

const here = path.dirname(fileURLToPath(import.meta.url));
const outDir = path.join(repoRoot, 'bench', 'out');
const MIN_LINES = 1_000_000;
const GIB = 1024 ** 3;

interface Row {
  name: string;
  messages: number;
  wallS: number;
  cpuS: number;
  maxRssMiB?: number;
  note?: string;
}

const ALL_SAMPLES = [
  'ais/pyais-nmea_data_sample.txt',
  'ais/gpsd-sample.aivdm',
  'ais/pyais-mixed.txt',
  'ais/pyais-gatehouse.nmea',
];
/** The receiver capture alone (MarineTraffic sample): the message mix of real traffic. */
const TRAFFIC_SAMPLE = ['ais/pyais-nmea_data_sample.txt'];

/** Every NMEA line of the given shared AIS samples (comments and blank lines left out). */
function sampleLines(files: string[]): string[] {
  const lines: string[] = [];
  for (const f of files) {
    const p = sharedDataFile(f);
    if (p === null) continue;
    for (const l of readFileSync(p, 'utf8').split('\n')) {
      const t = l.trim();
      if (t.length > 0 && !t.startsWith('#')) lines.push(t);
    }
  }
  if (lines.length === 0) throw new Error('the shared AIS samples (../shared/data/ais) are not present');
  return lines;
}

function buildFile(
  file: string,
  minBytes: number,
  minLines: number,
  samples = ALL_SAMPLES,
): { lines: number; bytes: number } {
  const block = `${sampleLines(samples).join('\n')}\n`;
  const blockLines = block.split('\n').length - 1;
  const blockBytes = Buffer.byteLength(block);
  const repeats = Math.max(Math.ceil(minLines / blockLines), Math.ceil(minBytes / blockBytes));
  if (!existsSync(file) || statSync(file).size !== repeats * blockBytes) {
    const big = Buffer.from(block.repeat(Math.min(repeats, 64)));
    const fd = openSync(file, 'w');
    let left = repeats;
    while (left > 0) {
      const n = Math.min(left, 64);
      writeSync(fd, big, 0, n * blockBytes);
      left -= n;
    }
    closeSync(fd);
  }
  return { lines: repeats * blockLines, bytes: repeats * blockBytes };
}

function shell(script: string): { stdout: string; stderr: string; status: number | null } {
  const r = spawnSync('bash', ['-c', script], { encoding: 'utf8', maxBuffer: 1 << 26 });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}

/** The gpsdecode to compare with: `GPSDECODE` (e.g. one built from gpsd master), else the one on the PATH. */
const GPSDECODE = process.env.GPSDECODE ?? 'gpsdecode';

function runGpsdecode(file: string): Row | null {
  if (shell(`command -v '${GPSDECODE}'`).status !== 0) return null;
  const versionOut = shell(`'${GPSDECODE}' -V 2>&1`);
  const version = versionOut.stdout.match(/revision (\S+)/)?.[1] ?? '?';
  const out = path.join(outDir, 'gpsdecode.json');
  // bash's time: user, system and real seconds of gpsdecode alone
  const r = shell(`TIMEFORMAT='%U %S %R'; { time '${GPSDECODE}' < '${file}' > '${out}' 2>/dev/null ; } 2>&1`);
  const [user, sys, real] = r.stdout.trim().split(/\s+/).map(Number);
  // AIS messages only: gpsdecode also writes TPV and SKY objects for the GNSS sentences in the mixed samples
  const messages = readFileSync(out, 'utf8')
    .split('\n')
    .filter((l) => l.includes('"class":"AIS"')).length;
  return { name: `gpsdecode ${version} (C), JSON to a file`, messages, wallS: real, cpuS: user + sys };
}

/** `strata ais decode FILE --format gpsd` as a person runs it: the whole process, start-up included. */
function runCli(file: string): Row {
  const out = path.join(outDir, 'strata-cli.json');
  const bin = path.join(repoRoot, 'apps/cli/bin/strata.js');
  const r = shell(
    `TIMEFORMAT='%U %S %R'; { time '${process.execPath}' '${bin}' ais decode '${file}' --format gpsd > '${out}' 2>/dev/null ; } 2>&1`,
  );
  const [user, sys, real] = r.stdout.trim().split(/\s+/).map(Number);
  const messages = readFileSync(out, 'utf8').split('\n').length - 1;
  return {
    name: 'strata ais decode --format gpsd (CLI, whole process)',
    messages,
    wallS: real,
    cpuS: user + sys,
  };
}

/** `--cli`: the CLI as run from a shell beside gpsdecode, on the mixed and the real-traffic files. */
function cliMode(): void {
  mkdirSync(outDir, { recursive: true });
  console.log(
    `machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}, load average ${loadavg()[0].toFixed(1)} at start`,
  );
  for (const [label, name, samples] of [
    ['all samples', 'ais-1m.nmea', ALL_SAMPLES],
    ['real traffic', 'ais-traffic-1m.nmea', TRAFFIC_SAMPLE],
  ] as const) {
    const file = path.join(outDir, name);
    const built = buildFile(file, 0, MIN_LINES, [...samples]);
    const reference = runGpsdecode(file);
    runCli(file); // warm-up: builds the CLI if a source changed
    const cli = runCli(file);
    console.log(`\n${label}, ${built.lines.toLocaleString('en')} lines:`);
    console.log(table(reference ? [reference, cli] : [cli], reference, null));
    if (reference) {
      const perCpu = cli.messages / cli.cpuS / (reference.messages / reference.cpuS);
      const perWall = cli.messages / cli.wallS / (reference.messages / reference.wallS);
      console.log(`CLI vs gpsdecode: ${perCpu.toFixed(2)}× per CPU second, ${perWall.toFixed(2)}× wall`);
    }
  }
  console.log(`load average ${loadavg()[0].toFixed(1)} at the end`);
}

function runLibais(file: string): Row | null {
  const python = existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';
  const r = spawnSync(python, [path.join(here, 'libais_bench.py'), file], { encoding: 'utf8' });
  if (r.status !== 0) return null;
  const j = JSON.parse(r.stdout) as { messages: number; wall_s: number; cpu_s: number };
  return {
    name: 'libais 0.17 (C++ via Python), ais.decode',
    messages: j.messages,
    wallS: j.wall_s,
    cpuS: j.cpu_s,
  };
}

function runStrata(
  mode: 'gpsd' | 'columnar' | 'parallel',
  file: string,
  out = path.join(outDir, 'strata-gpsd.json'),
): Row & { positions: number } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(here, 'child.ts'), mode, file, out], {
    encoding: 'utf8',
    cwd: repoRoot,
  });
  if (r.status !== 0) throw new Error(`strata ${mode} failed: ${r.stderr}`);
  const j = JSON.parse(r.stdout.trim().split('\n').pop() as string) as {
    messages: number;
    positions: number;
    wallS: number;
    cpuS: number;
    maxRssMiB: number;
  };
  const names = {
    gpsd: 'Strata, gpsd JSON to a file (1 core)',
    columnar: 'Strata, columnar fast path (1 core)',
    parallel: `Strata, columnar, parallel (${cpus().length} workers)`,
  };
  return { name: names[mode], ...j };
}

function rate(n: number, s: number): string {
  return s > 0 ? Math.round(n / s).toLocaleString('en') : '–';
}

function table(rows: Row[], reference: Row | null, libais: Row | null): string {
  const head =
    '| decoder | messages | wall s | CPU s | msg/s (wall) | msg/s (CPU) | × gpsdecode (CPU) | × libais (CPU) | peak RSS |';
  const sep = '|---|---:|---:|---:|---:|---:|---:|---:|---:|';
  const lines = rows.map((r) => {
    const perCpu = r.messages / r.cpuS;
    const vsG = reference ? (perCpu / (reference.messages / reference.cpuS)).toFixed(2) : '–';
    const vsL = libais ? (perCpu / (libais.messages / libais.cpuS)).toFixed(2) : '–';
    return `| ${r.name} | ${r.messages.toLocaleString('en')} | ${r.wallS.toFixed(2)} | ${r.cpuS.toFixed(2)} | ${rate(r.messages, r.wallS)} | ${rate(r.messages, r.cpuS)} | ${vsG} | ${vsL} | ${r.maxRssMiB === undefined ? '–' : `${r.maxRssMiB} MiB`} |`;
  });
  return [head, sep, ...lines].join('\n');
}

async function main(): Promise<void> {
  if (process.argv.includes('--cli')) return cliMode();
  mkdirSync(outDir, { recursive: true });
  const file = path.join(outDir, 'ais-1m.nmea');
  const built = buildFile(file, 0, MIN_LINES);
  console.log(
    `input: ${file}: ${built.lines.toLocaleString('en')} lines, ${(built.bytes / 1048576).toFixed(1)} MiB (shared samples repeated)`,
  );
  console.log(
    `machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}, load average ${loadavg()[0].toFixed(1)} at start\n`,
  );

  const gpsdecode = runGpsdecode(file);
  const libais = runLibais(file);
  const gpsd = runStrata('gpsd', file);
  const columnar = runStrata('columnar', file);
  const parallel = runStrata('parallel', file);
  const rows: Row[] = [];
  if (gpsdecode) rows.push(gpsdecode);
  else console.log('gpsdecode not installed (Debian gpsd-clients): skipped');
  if (libais) rows.push(libais);
  else console.log('libais not importable (Debian python3-ais): skipped');
  rows.push(gpsd, columnar, parallel);
  console.log("All shared samples (real traffic plus gpsd's sample of every type), repeated:");
  console.log(table(rows, gpsdecode, libais));
  console.log(
    `\npositions (types 1, 2, 3, 18, 19, 27) on the columnar fast path: ${rate(columnar.positions, columnar.cpuS)} per CPU second, ${rate(columnar.positions, columnar.wallS)} per wall second (target ≥ 2,000,000 on one core)`,
  );
  if (gpsdecode) {
    const ratio = gpsd.messages / gpsd.cpuS / (gpsdecode.messages / gpsdecode.cpuS);
    const wallRatio = gpsd.messages / gpsd.wallS / (gpsdecode.messages / gpsdecode.wallS);
    console.log(
      `gpsd JSON output vs gpsdecode: ${ratio.toFixed(2)}× per CPU second, ${wallRatio.toFixed(2)}× wall (target ≥ 3×)`,
    );
  }

  // the receiver capture alone: what a real log's message mix looks like
  const traffic = path.join(outDir, 'ais-traffic-1m.nmea');
  const t = buildFile(traffic, 0, MIN_LINES, TRAFFIC_SAMPLE);
  console.log(`\nReal traffic only (MarineTraffic capture), ${t.lines.toLocaleString('en')} lines:`);
  const tGpsdecode = runGpsdecode(traffic);
  const tLibais = runLibais(traffic);
  const tRows: Row[] = [];
  if (tGpsdecode) tRows.push(tGpsdecode);
  if (tLibais) tRows.push(tLibais);
  const tGpsd = runStrata('gpsd', traffic);
  const tColumnar = runStrata('columnar', traffic);
  tRows.push(tGpsd, tColumnar);
  console.log(table(tRows, tGpsdecode, tLibais));
  console.log(
    `positions on the columnar fast path: ${rate(tColumnar.positions, tColumnar.cpuS)} per CPU second, ${rate(tColumnar.positions, tColumnar.wallS)} per wall second`,
  );
  console.log(`load average at the end: ${loadavg()[0].toFixed(1)}`);
  if (process.argv.includes('--gib')) {
    const big = path.join(outDir, 'ais-1gib.nmea');
    const b = buildFile(big, GIB, 0);
    console.log(
      `\n1 GiB log: ${big}: ${b.lines.toLocaleString('en')} lines, ${(b.bytes / GIB).toFixed(2)} GiB`,
    );
    // gpsd JSON of 1 GiB of NMEA is about 5 GiB: measured, then discarded
    const memRows = [
      runStrata('gpsd', big, '/dev/null'),
      runStrata('columnar', big),
      runStrata('parallel', big),
    ];
    console.log(table(memRows, null, null));
  }
}

await main();
