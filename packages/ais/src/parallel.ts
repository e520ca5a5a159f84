/**
 * Parallel decoding of a large file over `worker_threads`: the file is split at line boundaries (never
 * inside a multi-sentence message, never between a Gatehouse line and its sentence), each worker runs the
 * columnar fast path on its byte range, and the counts are merged.
 */
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { decodeFileColumnar, type PositionBatch } from './columnar.ts';
import { LineKind, ParsedLine, parseLine } from './nmea.ts';
import { type DecodedMessage, type DecodeStats, emptyStats, mergeStats } from './types.ts';

/** Options of {@link decodeFileParallel}. */
export interface ParallelOptions {
  /** Number of worker threads (default: the machine's available parallelism). */
  workers?: number;
  /**
   * Receives position batches from the workers (in the main thread, in arrival order, not file order).
   * Without it the workers only count, which is the fastest.
   */
  onBatch?: (batch: PositionBatch) => void;
  /** Receives non-position messages from the workers (structured-cloned; slower). */
  onMessage?: (msg: DecodedMessage) => void;
  /** Rows per batch in the workers. */
  batchRows?: number;
  /**
   * Smallest share of the file worth a worker (default 16 MiB): starting a worker costs a few hundred
   * milliseconds, so small files use fewer workers, and one worker means decoding in this thread.
   */
  minBytesPerWorker?: number;
}

/** Work handed to one worker. */
export interface WorkerTask {
  path: string;
  start: number;
  end: number;
  sendBatches: boolean;
  sendMessages: boolean;
  batchRows: number;
}

/** Messages a worker posts back. */
export type WorkerReply =
  | { kind: 'batch'; batch: PositionBatch }
  | { kind: 'messages'; messages: DecodedMessage[] }
  | { kind: 'done'; stats: DecodeStats }
  | { kind: 'error'; message: string };

const WINDOW_BEFORE = 4096;
const WINDOW_AFTER = 1 << 20;

/**
 * Finds a safe split point at or after `pos`: the start of a line that is not a continuation fragment;
 * when the line before it is a Gatehouse `$PGHP` line, the split moves back to that line.
 */
export function findSplit(fd: number, pos: number, size: number): number {
  if (pos <= 0) return 0;
  if (pos >= size) return size;
  const from = Math.max(0, pos - WINDOW_BEFORE);
  const buf = Buffer.allocUnsafe(Math.min(size - from, WINDOW_BEFORE + WINDOW_AFTER));
  const n = readSync(fd, buf, 0, buf.length, from);
  const parsed = new ParsedLine();
  // line starts inside the window (the first one is only trusted when the window begins the file)
  let lineStart = from === 0 ? 0 : buf.indexOf(10) + 1;
  if (lineStart <= 0 && from !== 0) return size;
  let prevKind = -1;
  while (lineStart < n) {
    const nl = buf.indexOf(10, lineStart);
    const lineEnd = nl < 0 || nl >= n ? n : nl;
    if (nl < 0 && from + n < size) break; // line continues past the window
    const kind = parseLine(buf, lineStart, lineEnd, parsed);
    const absolute = from + lineStart;
    if (absolute >= pos) {
      const continuation = kind === LineKind.ais && parsed.fragmentNumber > 1;
      if (!continuation && prevKind !== LineKind.gatehouse) return absolute;
    }
    prevKind = kind;
    if (nl < 0) break;
    lineStart = nl + 1;
  }
  // no safe point in the window (pathological input): give the rest of the file to the previous worker
  return size;
}

/**
 * Starts the worker script. Running from TypeScript source, a worker does not inherit tsx's loader on
 * Node 20, so a tiny bootstrap registers it before importing the worker module.
 */
function startWorker(task: WorkerTask): Worker {
  const url = new URL('./parallel-worker.ts', import.meta.url);
  const api = import.meta.resolve('tsx/esm/api');
  const bootstrap = `import(${JSON.stringify(api)}).then((m) => { m.register(); return import(${JSON.stringify(url.href)}); });`;
  return new Worker(bootstrap, { eval: true, workerData: task });
}

/**
 * Decodes a file with several worker threads on the columnar fast path and resolves with the merged counts.
 * Line numbers in rejections are not available in this mode (use {@link decodeFile} to list rejected lines).
 *
 * @example
 * const stats = await decodeFileParallel('big.nmea', { workers: 4 });
 * console.log(stats.messages, stats.rejected);
 */
export async function decodeFileParallel(path: string, options: ParallelOptions = {}): Promise<DecodeStats> {
  const size = statSync(path).size;
  const minShare = options.minBytesPerWorker ?? 16 * 1024 * 1024;
  const count = Math.max(
    1,
    Math.min(options.workers ?? availableParallelism(), Math.ceil(size / minShare) || 1),
  );
  if (count === 1) {
    return decodeFileColumnar(path, options.onBatch ?? (() => {}), {
      batchRows: options.batchRows,
      onMessage: options.onMessage,
    });
  }
  const fd = openSync(path, 'r');
  const bounds: number[] = [0];
  try {
    for (let k = 1; k < count; k++) {
      const split = findSplit(fd, Math.floor((size * k) / count), size);
      bounds.push(Math.max(split, bounds[bounds.length - 1]));
    }
  } finally {
    closeSync(fd);
  }
  bounds.push(size);
  const total = emptyStats();
  const runs: Promise<void>[] = [];
  for (let k = 0; k < count; k++) {
    if (bounds[k + 1] <= bounds[k]) continue;
    const task: WorkerTask = {
      path,
      start: bounds[k],
      end: bounds[k + 1],
      sendBatches: options.onBatch !== undefined,
      sendMessages: options.onMessage !== undefined,
      batchRows: options.batchRows ?? 65536,
    };
    runs.push(
      new Promise<void>((resolve, reject) => {
        const worker = startWorker(task);
        let finished = false;
        worker.on('message', (reply: WorkerReply) => {
          if (reply.kind === 'batch') options.onBatch?.(reply.batch);
          else if (reply.kind === 'messages') for (const m of reply.messages) options.onMessage?.(m);
          else if (reply.kind === 'done') {
            finished = true;
            mergeStats(total, reply.stats);
            void worker.terminate();
            resolve();
          } else {
            finished = true;
            void worker.terminate();
            reject(new Error(`AIS worker failed: ${reply.message}`));
          }
        });
        worker.on('error', (e) => {
          finished = true;
          reject(e);
        });
        worker.on('exit', (code) => {
          if (!finished) reject(new Error(`AIS worker exited with code ${code}`));
        });
      }),
    );
  }
  await Promise.all(runs);
  return total;
}
