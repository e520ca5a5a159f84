import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import {
  csvHeader,
  type DecodedMessage,
  type DecodeStats,
  decodeFileParallel,
  decodeStream,
  decodeStreamColumnar,
  decodeStreamToGpsd,
  REJECT_REASONS,
  type Rejection,
  readFileChunks,
  toCsvRow,
  toTidyJson,
} from '@strata/ais';
import type { AisAnalysis, AisAnalysisOptions } from '@strata/dredging';
import { type Command, Option } from 'commander';
import { CliError, EXIT } from '../errors.ts';
import { createProgress } from '../progress.ts';
import { withContext } from '../run-context.ts';
import { SUMMARY } from '../summaries.ts';

type OutputFormat = 'gpsd' | 'jsonl' | 'csv';

interface DecodeCommandOptions {
  format: OutputFormat;
  checksum: 'drop' | 'fatal';
  rejects: boolean;
}

interface StatsCommandOptions {
  json: boolean;
  workers?: string;
}

/** Where the `ais` commands read and write (injectable for in-process tests). */
export interface AisCommandIo {
  stdin: NodeJS.ReadableStream & AsyncIterable<Uint8Array>;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

const processIo = (): AisCommandIo => ({
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
});

/** Output sink that batches writes and honours backpressure on stdout. */
/** Thrown when the reader of standard output went away (`strata ais decode … | head`): stop quietly. */
class OutputClosed extends Error {}

/** Watches an output stream for EPIPE (reader gone) so that writers stop instead of crashing or hanging. */
class OutputGuard {
  closed = false;
  private readonly waiters = new Set<() => void>();
  constructor(readonly stream: NodeJS.WritableStream) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') return;
      this.closed = true;
      for (const wake of this.waiters) wake();
      this.waiters.clear();
    });
  }

  /** Resolves on 'drain', or throws {@link OutputClosed} when the reader has gone. */
  drained(): Promise<void> {
    if (this.closed) return Promise.reject(new OutputClosed());
    return new Promise((resolve, reject) => {
      const wake = () => (this.closed ? reject(new OutputClosed()) : resolve());
      this.waiters.add(wake);
      this.stream.once('drain', () => {
        this.waiters.delete(wake);
        wake();
      });
    });
  }

  /** Writes a chunk and resolves once it is written (so its memory can be reused). */
  writeChunk(bytes: Uint8Array): Promise<void> {
    if (this.closed) return Promise.reject(new OutputClosed());
    return new Promise<void>((resolve, reject) => {
      this.stream.write(bytes, (error) => {
        if (!error) resolve();
        else reject((error as NodeJS.ErrnoException).code === 'EPIPE' ? new OutputClosed() : error);
      });
    });
  }
}

/** Output sink that batches writes and honours backpressure on stdout. */
class BufferedOutput {
  private parts: string[] = [];
  private size = 0;
  constructor(private readonly guard: OutputGuard) {}

  line(text: string): Promise<void> | undefined {
    this.parts.push(text);
    this.size += text.length + 1;
    return this.size >= 1 << 16 ? this.flush() : undefined;
  }

  flush(): Promise<void> | undefined {
    if (this.guard.closed) throw new OutputClosed();
    if (this.parts.length === 0) return undefined;
    const chunk = `${this.parts.join('\n')}\n`;
    this.parts = [];
    this.size = 0;
    if (this.guard.stream.write(chunk)) return undefined;
    return this.guard.drained();
  }
}

function openInput(
  file: string,
  io: AisCommandIo,
): { stream: AsyncIterable<Uint8Array>; size: number | null } {
  if (file === '-') return { stream: io.stdin, size: null };
  let size: number;
  try {
    const st = statSync(file);
    if (!st.isFile()) throw new CliError(`${file} is not a file`, EXIT.noInput);
    size = st.size;
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`cannot read ${file}: no such file`, EXIT.noInput);
  }
  return { stream: readFileChunks(file), size };
}

async function decodeCommand(file: string, options: DecodeCommandOptions, io: AisCommandIo): Promise<void> {
  const { stream, size } = openInput(file, io);
  const progress = createProgress({ label: 'decoding', total: size, unit: 'bytes' });
  const guard = new OutputGuard(io.stdout);
  const out = new BufferedOutput(guard);
  const printRejection = (r: Rejection) => io.stderr.write(`line ${r.line}: ${r.reason}: ${r.text}\n`);
  const decodeOptions = {
    checksum: options.checksum,
    onReject: options.rejects ? printRejection : undefined,
    onProgress: (bytes: number) => progress.update(bytes),
  };
  const format = options.format;
  let s: DecodeStats;
  try {
    if (format === 'gpsd') {
      // straight from NMEA bytes to gpsd JSON bytes (no object per position report)
      s = await decodeStreamToGpsd(stream, (bytes) => guard.writeChunk(bytes), decodeOptions);
    } else {
      const messages = decodeStream(stream, decodeOptions);
      if (format === 'csv') await out.line(csvHeader());
      const render = format === 'jsonl' ? (m: DecodedMessage) => JSON.stringify(toTidyJson(m)) : toCsvRow;
      // one await per chunk, not per message: this loop is the hot path of large logs
      for await (const batch of messages.batches()) {
        for (let i = 0; i < batch.length; i++) {
          const wait = out.line(render(batch[i]));
          if (wait !== undefined) await wait;
        }
      }
      s = messages.stats;
    }
  } catch (error) {
    // the reader of our output has gone (e.g. `| head`): nothing more to do
    if (error instanceof OutputClosed) return;
    if (error instanceof Error && error.name === 'AisChecksumError') {
      await out.flush();
      throw new CliError(error.message, EXIT.dataError);
    }
    throw error;
  }
  await out.flush();
  progress.done();
  const rejected = REJECT_REASONS.reduce((n, r) => n + s.rejected[r], 0);
  if (rejected > 0 && !options.rejects) {
    io.stderr.write(
      `${s.messages} messages decoded; ${rejected} of ${s.lines} lines rejected (strata ais stats ${file === '-' ? '-' : 'FILE'} for details, --rejects to list them)\n`,
    );
  }
}

/** What `ais stats` reports. */
export interface AisStatsReport {
  file: string;
  lines: number;
  bytes: number;
  messages: number;
  messagesByType: Record<string, number>;
  rejected: DecodeStats['rejected'];
  decodedLines: number;
  metadataLines: number;
  blankLines: number;
  distinctMmsis: number;
  timeRange: { first: string; last: string } | null;
  seconds: number;
  messagesPerSecond: number;
  workers: number;
}

async function statsCommand(file: string, options: StatsCommandOptions, io: AisCommandIo): Promise<void> {
  const { stream, size } = openInput(file, io);
  const workers = options.workers === undefined ? 1 : Number(options.workers);
  if (!Number.isInteger(workers) || workers < 1 || workers > 64) {
    throw new CliError(`--workers must be a whole number from 1 to 64, got "${options.workers}"`, EXIT.usage);
  }
  if (workers > 1 && file === '-')
    throw new CliError('--workers needs a file, not standard input', EXIT.usage);
  const mmsis = new Set<number>();
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  const onBatch = (b: { length: number; mmsi: Uint32Array; timeMs: Float64Array }) => {
    for (let i = 0; i < b.length; i++) {
      mmsis.add(b.mmsi[i]);
      const t = b.timeMs[i];
      if (t < first) first = t;
      if (t > last) last = t;
    }
  };
  const onMessage = (m: DecodedMessage) => {
    mmsis.add(m.mmsi);
    const t = m.timestampMs;
    if (t !== null) {
      if (t < first) first = t;
      if (t > last) last = t;
    }
  };
  const started = process.hrtime.bigint();
  let stats: DecodeStats;
  if (workers > 1) {
    if ('destroy' in stream && typeof stream.destroy === 'function') stream.destroy();
    stats = await decodeFileParallel(file, { workers, onBatch, onMessage });
  } else {
    const progress = createProgress({ label: 'reading', total: size, unit: 'bytes' });
    stats = await decodeStreamColumnar(stream, onBatch, { onMessage, onProgress: (b) => progress.update(b) });
    progress.done();
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const byType: Record<string, number> = {};
  stats.messagesByType.forEach((n, type) => {
    if (n > 0) byType[String(type)] = n;
  });
  const report: AisStatsReport = {
    file,
    lines: stats.lines,
    bytes: stats.bytes,
    messages: stats.messages,
    messagesByType: byType,
    rejected: stats.rejected,
    decodedLines: stats.decodedLines,
    metadataLines: stats.metadataLines,
    blankLines: stats.blankLines,
    distinctMmsis: mmsis.size,
    timeRange: Number.isFinite(first)
      ? { first: new Date(first).toISOString(), last: new Date(last).toISOString() }
      : null,
    seconds: Math.round(seconds * 1000) / 1000,
    messagesPerSecond: seconds > 0 ? Math.round(stats.messages / seconds) : 0,
    workers,
  };
  if (options.json) {
    io.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    return;
  }
  const n = (v: number) => v.toLocaleString('en');
  const lines = [
    `file              ${file}`,
    `lines             ${n(report.lines)} (${n(report.decodedLines)} in messages, ${n(report.metadataLines)} metadata, ${n(report.blankLines)} blank or comment)`,
    `messages          ${n(report.messages)}`,
    ...Object.entries(byType).map(([t, c]) => `  type ${t.padEnd(3)}        ${n(c)}`),
    `rejected lines    ${n(REJECT_REASONS.reduce((a, r) => a + stats.rejected[r], 0))}`,
    ...REJECT_REASONS.filter((r) => stats.rejected[r] > 0).map(
      (r) => `  ${r.padEnd(22)}${n(stats.rejected[r])}`,
    ),
    `distinct MMSIs    ${n(report.distinctMmsis)}`,
    `time range        ${report.timeRange === null ? 'none in the input' : `${report.timeRange.first} … ${report.timeRange.last}`}`,
    `throughput        ${n(report.messagesPerSecond)} messages/s (${report.seconds} s, ${workers} worker${workers > 1 ? 's' : ''})`,
  ];
  io.stdout.write(`${lines.join('\n')}\n`);
}

/**
 * Adds the `ais` command with its `decode` and `stats` subcommands, and returns it so that other modules
 * (dredging) can add theirs (`ais analyse`, `ais import`).
 */
export function registerAisCommands(program: Command, io: AisCommandIo = processIo()): Command {
  const ais = program.command('ais').description(SUMMARY.ais);

  ais
    .command('decode')
    .description('Decode an NMEA log to one JSON object (or CSV row) per message on standard output')
    .argument('<file>', 'NMEA log file, or - for standard input')
    .addOption(
      new Option(
        '--format <format>',
        'gpsd: the same JSON as gpsdecode; jsonl/csv: tidy forms (ISO times, null for n/a)',
      )
        .choices(['gpsd', 'jsonl', 'csv'])
        .default('gpsd'),
    )
    .addOption(
      new Option('--checksum <policy>', 'drop: count lines with a bad checksum; fatal: stop at the first one')
        .choices(['drop', 'fatal'])
        .default('drop'),
    )
    .option('--rejects', 'list every rejected line with its number and reason on standard error', false)
    .action((file: string, options: DecodeCommandOptions) => decodeCommand(file, options, io));

  ais
    .command('stats')
    .description(
      'Count messages per type, rejected lines per reason, distinct MMSIs, time range and throughput',
    )
    .argument('<file>', 'NMEA log file, or - for standard input')
    .option('--json', 'print the report as JSON', false)
    .option('--workers <n>', 'decode with n worker threads (files only)')
    .action((file: string, options: StatsCommandOptions) => statsCommand(file, options, io));

  registerAnalysisCommands(ais, io);
  return ais;
}

// The dredging analysis of AIS logs (`analyse`, `import`, `reattribute`, `scenario`). The dredging package
// is imported when one of these runs, so `decode` and `stats` start without it (and without a database).

interface AnalyseOptions {
  registry?: string;
  areas?: string;
  zones?: string;
  out: string;
  workers?: string;
  buckets?: string;
}

interface ImportOptions extends Omit<AnalyseOptions, 'out' | 'buckets'> {
  id?: string;
  name?: string;
  store: string;
  positions: boolean;
}

function readText(file: string, what: string): string {
  if (!existsSync(file)) throw new CliError(`${what} ${file} does not exist.`, EXIT.noInput);
  return readFileSync(file, 'utf8');
}

function wholeNumber(value: string | undefined, name: string, min: number, max: number, fallback: number) {
  const n = value === undefined ? fallback : Number(value);
  if (!Number.isInteger(n) || n < min || n > max)
    throw new CliError(`--${name} must be ${min}–${max}, got "${value}".`, EXIT.usage);
  return n;
}

/** The analysis options from the command line: files read, numbers checked, progress bars attached. */
function analysisOptions(files: string[], options: Omit<AnalyseOptions, 'out'>): AisAnalysisOptions {
  for (const f of files) {
    if (!existsSync(f) || !statSync(f).isFile()) throw new CliError(`${f} is not a file.`, EXIT.noInput);
  }
  const decoding = createProgress({
    label: 'decoding',
    total: files.reduce((n, f) => n + statSync(f).size, 0),
    unit: 'bytes',
  });
  const buckets = options.buckets ? wholeNumber(options.buckets, 'buckets', 1, 4096, 1) : undefined;
  const bucketBar = buckets
    ? createProgress({ label: 'analysing buckets', total: buckets, unit: 'items' })
    : null;
  let decoded = false;
  const decodingDone = () => {
    if (!decoded) decoding.done();
    decoded = true;
  };
  return {
    registry: options.registry
      ? { csv: readText(options.registry, 'Registry'), name: options.registry }
      : null,
    zonesGeoJson: options.zones ? readText(options.zones, 'Zones file') : null,
    areasGeoJson: options.areas ? readText(options.areas, 'Areas file') : null,
    workers: wholeNumber(options.workers, 'workers', 1, 64, Math.min(availableParallelism(), 8)),
    buckets,
    onDecodeProgress: (done) => decoding.update(done),
    onDecoded: decodingDone,
    onBucket: (done, total) => {
      decodingDone();
      bucketBar?.update(done);
      if (done === total) bucketBar?.done();
    },
  };
}

/** Runs an analysis, turning a GeoJSON syntax error into a data error. */
async function analysing<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof SyntaxError)
      throw new CliError(`A GeoJSON file is not valid JSON: ${error.message}`, EXIT.dataError);
    throw error;
  }
}

function printReport(stdout: NodeJS.WritableStream, { input, output, registryErrors }: AisAnalysis) {
  const s = output.summary;
  const m3 = (x: number) => Math.round(x).toLocaleString('en');
  const rejected =
    Object.entries(input.stats.rejected)
      .filter(([, n]) => n > 0)
      .map(([k, n]) => `${n} ${k}`)
      .join(', ') || 'none rejected';
  const lines = [
    `decoded ${input.stats.messages.toLocaleString('en')} messages from ${input.stats.lines.toLocaleString('en')} lines (${rejected}); ${input.withoutTimestamp} positions without a time left out`,
    `${s.dredgers} dredgers among ${s.vesselsSeen} vessels; ${s.cycles.complete} complete cycles; ${output.events.length} activity periods`,
    `dredged volume ${m3(s.total.volumeM3.low)} – ${m3(s.total.volumeM3.high)} m³ (central ${m3(s.total.volumeM3.central)})`,
    `country waters: ${output.countryMethod === 'approximate' ? 'APPROXIMATE (equidistance from Natural Earth land, 200 nm); pass --zones for official boundaries' : 'official zones file'}`,
    ...[...registryErrors, ...output.issues].map((i) => `warning: ${i}`),
  ];
  stdout.write(`${lines.join('\n')}\n`);
}

function registerAnalysisCommands(ais: Command, io: AisCommandIo): void {
  ais
    .command('analyse')
    .description('Find dredging in AIS logs: activity periods, cycles, volumes by country and month')
    .argument('<files...>', 'NMEA logs (tag-block, Gatehouse or provider timestamps)')
    .option('--registry <csv>', 'vessel registry: mmsi,imo,name,dredger_type,hopper_m3[,source][,operator]')
    .option('--areas <geojson>', 'user areas (concessions, marine protected areas)')
    .option('--zones <geojson>', 'official maritime zones (Marine Regions EEZ: ISO_TER1 / ISO_SOV1)')
    .requiredOption('--out <dir>', 'folder for events.jsonl, vessels.json, summary.json')
    .option('--workers <n>', 'analysis threads (default: the cores)')
    .option(
      '--buckets <n>',
      'bounded memory: spill positions to n temporary MMSI buckets and analyse one at a time',
    )
    .action(async (files: string[], options: AnalyseOptions) => {
      const { analyseAisFiles } = await import('@strata/dredging');
      const analysis = await analysing(() => analyseAisFiles(files, analysisOptions(files, options)));
      const { input, output, registryErrors } = analysis;
      mkdirSync(options.out, { recursive: true });
      writeFileSync(
        path.join(options.out, 'events.jsonl'),
        output.events.map((e) => JSON.stringify(e)).join('\n') + (output.events.length ? '\n' : ''),
      );
      writeFileSync(path.join(options.out, 'vessels.json'), `${JSON.stringify(output.vessels, null, 2)}\n`);
      const inputReport = {
        files,
        bytes: input.bytes,
        decode: input.stats,
        withoutTimestamp: input.withoutTimestamp,
        registryErrors,
        issues: output.issues,
      };
      writeFileSync(
        path.join(options.out, 'summary.json'),
        `${JSON.stringify({ ...output.summary, input: inputReport }, null, 2)}\n`,
      );
      printReport(io.stdout, analysis);
      io.stdout.write(`wrote ${path.join(options.out, 'events.jsonl')}, vessels.json, summary.json\n`);
    });

  ais
    .command('import')
    .description(
      'Decode, analyse and load AIS logs into the store the server reads (positions → AIS store, results → database)',
    )
    .argument('<files...>', 'NMEA logs')
    .option('--registry <csv>', 'vessel registry CSV')
    .option('--areas <geojson>', 'user areas GeoJSON')
    .option(
      '--zones <geojson>',
      'official maritime zones GeoJSON (default: STRATA_ZONES_FILE, else the simplified Marine Regions EEZ when present, else approximate)',
    )
    .option('--id <id>', 'dataset id (re-importing an id replaces it)')
    .option('--name <name>', 'dataset name')
    .addOption(
      new Option(
        '--store <engine>',
        'positions store: duckdb (under the data folder) or clickhouse (CLICKHOUSE_URL)',
      )
        .choices(['duckdb', 'clickhouse'])
        .default('duckdb'),
    )
    .option('--no-positions', 'do not keep the decoded positions in the AIS store')
    .option('--workers <n>', 'analysis threads (default: the cores)')
    .action(async (files: string[], options: ImportOptions) => {
      const { createDredgingServices, importAisFiles, openAisStore, zonesFileInForce } = await import(
        '@strata/dredging'
      );
      await withContext(async (ctx) => {
        const zones = options.zones ?? zonesFileInForce(ctx.config) ?? undefined;
        const base = analysisOptions(files, { ...options, zones });
        const store = options.positions ? await openAisStore(ctx.config, options.store) : null;
        try {
          const storing = createProgress({ label: 'storing positions', total: null, unit: 'items' });
          const saving = createProgress({ label: 'saving results', total: 1, unit: 'items' });
          const { watch } = ctx.services('dredging', (db, config) => createDredgingServices(db, config));
          const imported = await analysing(() =>
            importAisFiles(watch, files, {
              ...base,
              id: options.id,
              name: options.name,
              store,
              onStoredPositions: (done) => storing.update(done),
              onSaving: (done, total) => saving.update(done / total),
            }),
          );
          if (store) storing.done();
          saving.done();
          printReport(io.stdout, imported);
          io.stdout.write(
            `imported dataset ${imported.id}${store ? ` (positions in the ${store.engine} store)` : ''}\n`,
          );
        } finally {
          await store?.close();
        }
      });
    });

  ais
    .command('reattribute')
    .description(
      'Re-attribute stored datasets to country waters (after setting official zones), refreshing their summaries',
    )
    .option(
      '--zones <geojson>',
      'official maritime zones GeoJSON (default: STRATA_ZONES_FILE, else the simplified Marine Regions EEZ when present; none: the approximate EEZ)',
    )
    .option('--dataset <id>', 'one dataset (default: all)')
    .action(async (options: { zones?: string; dataset?: string }) => {
      const { buildLocator, createDredgingServices, zonesFileInForce } = await import('@strata/dredging');
      await withContext(async (ctx) => {
        const file = options.zones ?? zonesFileInForce(ctx.config);
        const { locate, countryMethod, issues } = buildLocator(
          file ? readText(file, 'Zones file') : null,
          null,
        );
        for (const i of issues) io.stderr.write(`warning: ${i}\n`);
        const { watch } = ctx.services('dredging', (db, config) => createDredgingServices(db, config));
        const ids = options.dataset ? [options.dataset] : (await watch.datasets()).map((d) => d.id);
        for (const id of ids) {
          const r = await watch.reattribute(null, id, (lon, lat) => locate(lon, lat).country, countryMethod, {
            system: true,
            auditAction: 'cli.ais.reattribute',
          });
          io.stdout.write(`${id}: ${r.changed} of ${r.events} periods changed country (${countryMethod})\n`);
        }
      });
    });

  ais
    .command('scenario')
    .description('Write a seeded synthetic AIS scenario (NMEA with tag-block times) with its ground truth')
    .requiredOption('--out <dir>', 'folder for scenario.nmea, truth.json, registry.csv, areas.geojson')
    .option('--seed <n>', 'random seed', '1')
    .option('--days <n>', 'length in days', '14')
    .action(async (options: { out: string; seed: string; days: string }) => {
      const seed = Number(options.seed);
      const days = Number(options.days);
      if (!Number.isInteger(seed) || !(days > 0 && days <= 366))
        throw new CliError('--seed must be a whole number and --days 1–366.', EXIT.usage);
      const { DEMO_AREAS_GEOJSON, DEMO_SITES, generateScenario, scenarioNmeaLines, scenarioOptions } =
        await import('@strata/dredging');
      const s = generateScenario(
        scenarioOptions({ seed, days, sites: DEMO_SITES, hoppers: 4, cutters: 2, cargo: 3, fishing: 3 }),
      );
      mkdirSync(options.out, { recursive: true });
      writeFileSync(path.join(options.out, 'scenario.nmea'), `${[...scenarioNmeaLines(s)].join('\n')}\n`);
      const truth = { note: 'SYNTHETIC scenario: not real vessels', vessels: s.vessels, truth: s.truth };
      writeFileSync(path.join(options.out, 'truth.json'), `${JSON.stringify(truth, null, 1)}\n`);
      writeFileSync(path.join(options.out, 'registry.csv'), s.registryCsv);
      writeFileSync(path.join(options.out, 'areas.geojson'), `${DEMO_AREAS_GEOJSON}\n`);
      io.stdout.write(
        `wrote a synthetic scenario: ${s.positions.length.toLocaleString('en')} positions, ${s.truth.cycles.length} true cycles → ${options.out}\n`,
      );
    });
}
