import { createReadStream, statSync } from 'node:fs';
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
  toCsvRow,
  toTidyJson,
} from '@strata/ais';
import { type Command, Option } from 'commander';
import { CliError, EXIT } from '../errors.ts';
import { createProgress } from '../progress.ts';

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
  return { stream: createReadStream(file, { highWaterMark: 1 << 20 }), size };
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
  const ais = program
    .command('ais')
    .description('Decode and analyse ship AIS messages (NMEA 0183 AIVDM/AIVDO)');

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

  return ais;
}
