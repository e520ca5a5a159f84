/**
 * The analysis spread over worker threads: positions are split by MMSI (every vessel's rows go to one
 * worker, so tracks stay whole), the column buffers are transferred (not copied) and each worker runs
 * {@link analyseTracks} with the rule classifier; the results are merged in MMSI order.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { type AnalysisResult, analyseTracks, type BehaviourParameters } from './domain/analyse.ts';
import { RuleClassifier, type RuleParameters } from './domain/classify.ts';
import { allocateColumns } from './domain/columns.ts';
import { emptyDrops, type SegmentParameters } from './domain/segment.ts';
import type { PositionColumns } from './domain/types.ts';
import type { RegistryEntry, VesselStatic } from './domain/vessel.ts';
import type { VolumeParameters } from './domain/volumes.ts';

/** What one analysis worker receives. */
export interface AnalyseTask {
  columns: PositionColumns;
  statics: VesselStatic[];
  registry: RegistryEntry[];
  rules?: Partial<RuleParameters>;
  segment?: SegmentParameters;
  volume?: VolumeParameters;
  behaviour?: BehaviourParameters;
  trackSampleMs?: number;
}

export interface ParallelAnalysisOptions {
  /** Worker threads (default: available parallelism, at most 8). 1 runs in this thread. */
  workers?: number;
  /** Below this many positions the analysis stays in this thread (default 200 000). */
  minPositionsForWorkers?: number;
  rules?: Partial<RuleParameters>;
  segment?: SegmentParameters;
  volume?: VolumeParameters;
  behaviour?: BehaviourParameters;
  /** Thin dredger tracks to one point per this many ms (as in `analyseTracks`). */
  trackSampleMs?: number;
}

/** Splits columns into `parts` by MMSI (mmsi mod parts). */
export function partitionByMmsi(cols: PositionColumns, parts: number): PositionColumns[] {
  const counts = new Array<number>(parts).fill(0);
  for (let i = 0; i < cols.length; i++) counts[cols.mmsi[i] % parts]++;
  const out = counts.map((n) => allocateColumns(n));
  for (let i = 0; i < cols.length; i++) {
    const o = out[cols.mmsi[i] % parts];
    const k = o.length++;
    o.mmsi[k] = cols.mmsi[i];
    o.timestampMs[k] = cols.timestampMs[i];
    o.lon[k] = cols.lon[i];
    o.lat[k] = cols.lat[i];
    o.speedKnots[k] = cols.speedKnots[i];
    o.courseDeg[k] = cols.courseDeg[i];
  }
  return out;
}

/** Merges partial results (disjoint vessels) into one, ordered by MMSI. */
export function mergeResults(parts: AnalysisResult[]): AnalysisResult {
  const dropped = emptyDrops();
  for (const p of parts) {
    dropped.duplicate += p.dropped.duplicate;
    dropped.implausible += p.dropped.implausible;
    dropped.otherTransmitter += p.dropped.otherTransmitter;
    dropped.positionNotAvailable += p.dropped.positionNotAvailable;
    dropped.speedNotAvailable += p.dropped.speedNotAvailable;
  }
  const byMmsi = <T extends { mmsi: number }>(list: T[]) =>
    list.sort(
      (a, b) =>
        a.mmsi - b.mmsi ||
        ((a as { startMs?: number }).startMs ?? 0) - ((b as { startMs?: number }).startMs ?? 0),
    );
  return {
    dredgers: byMmsi(parts.flatMap((p) => p.dredgers)),
    periods: byMmsi(parts.flatMap((p) => p.periods)),
    cycles: byMmsi(parts.flatMap((p) => p.cycles)),
    positions: parts.reduce((n, p) => n + p.positions, 0),
    vesselsSeen: parts.reduce((n, p) => n + p.vesselsSeen, 0),
    segments: parts.reduce((n, p) => n + p.segments, 0),
    dropped,
    track: byMmsi(parts.flatMap((p) => p.track)),
    classifier: parts[0]?.classifier ?? {
      name: new RuleClassifier().name,
      parameters: new RuleClassifier().parameters,
    },
  };
}

function runTask(task: AnalyseTask): AnalysisResult {
  return analyseTracks(task.columns, task.statics, task.registry, {
    classifier: new RuleClassifier(task.rules),
    segment: task.segment,
    volume: task.volume,
    behaviour: task.behaviour,
    trackSampleMs: task.trackSampleMs,
  });
}

function startWorker(task: AnalyseTask): Promise<AnalysisResult> {
  const url = new URL('./analyse-worker.ts', import.meta.url);
  const api = import.meta.resolve('tsx/esm/api');
  const bootstrap = `import(${JSON.stringify(api)}).then((m) => { m.register(); return import(${JSON.stringify(url.href)}); });`;
  const c = task.columns;
  const worker = new Worker(bootstrap, {
    eval: true,
    workerData: task,
    transferList: [
      c.mmsi.buffer,
      c.timestampMs.buffer,
      c.lon.buffer,
      c.lat.buffer,
      c.speedKnots.buffer,
      c.courseDeg.buffer,
    ] as ArrayBuffer[],
  });
  return new Promise((resolve, reject) => {
    worker.once('message', (m: { ok: true; result: AnalysisResult } | { ok: false; error: string }) => {
      void worker.terminate();
      if (m.ok) resolve(m.result);
      else reject(new Error(m.error));
    });
    worker.once('error', reject);
  });
}

/**
 * Analyses positions already split by MMSI modulo `partitions.length` (as {@link readAisFiles} does
 * with its `partitions` option), one worker per partition. The column buffers are transferred to the
 * workers: the caller must not use them afterwards.
 */
export async function analysePartitionsParallel(
  partitions: PositionColumns[],
  statics: Iterable<VesselStatic>,
  registry: readonly RegistryEntry[] = [],
  options: Omit<ParallelAnalysisOptions, 'workers' | 'minPositionsForWorkers'> = {},
): Promise<AnalysisResult> {
  const k = partitions.length;
  const allStatics = [...statics];
  const base = {
    rules: options.rules,
    segment: options.segment,
    volume: options.volume,
    behaviour: options.behaviour,
    trackSampleMs: options.trackSampleMs,
  };
  if (k === 1)
    return runTask({ ...base, columns: partitions[0], statics: allStatics, registry: [...registry] });
  const results = await Promise.all(
    partitions.map((columns, w) =>
      startWorker({
        ...base,
        columns,
        statics: allStatics.filter((s) => s.mmsi % k === w),
        registry: registry.filter((r) => r.mmsi % k === w),
      }),
    ),
  );
  return mergeResults(results);
}

/**
 * Analyses positions on several threads. The rule classifier runs in every worker (with `rules`
 * parameters); a custom classifier needs {@link analyseTracks} in one thread.
 *
 * @example const result = await analyseTracksParallel(columns, statics, registry, { workers: 2 });
 */
export async function analyseTracksParallel(
  cols: PositionColumns,
  statics: Iterable<VesselStatic>,
  registry: readonly RegistryEntry[] = [],
  options: ParallelAnalysisOptions = {},
): Promise<AnalysisResult> {
  const workers = Math.max(1, Math.min(options.workers ?? availableParallelism(), 8));
  const allStatics = [...statics];
  const base = {
    registry: [...registry],
    rules: options.rules,
    segment: options.segment,
    volume: options.volume,
    behaviour: options.behaviour,
    trackSampleMs: options.trackSampleMs,
  };
  if (workers === 1 || cols.length < (options.minPositionsForWorkers ?? 200_000))
    return runTask({ ...base, columns: cols, statics: allStatics });
  const parts = partitionByMmsi(cols, workers);
  const results = await Promise.all(
    parts.map((columns, w) =>
      startWorker({
        ...base,
        columns,
        statics: allStatics.filter((s) => s.mmsi % workers === w),
        registry: base.registry.filter((r) => r.mmsi % workers === w),
      }),
    ),
  );
  return mergeResults(results);
}
