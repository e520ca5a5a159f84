/**
 * Bounded-memory reading: decoded positions are spilled to one temporary file per MMSI bucket while the
 * logs are decoded, then analysed one bucket at a time. Peak memory is then one bucket's positions plus
 * its analysis, whatever the size of the input (a vessel's whole track is always in one bucket).
 */
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  type DecodedMessage,
  type DecodeStats,
  decodeFileColumnar,
  emptyStats,
  mergeStats,
  type PositionBatch,
} from '@strata/ais';
import { ColumnsBuilder } from './domain/columns.ts';
import { foldStatic } from './domain/statics.ts';
import type { PositionColumns } from './domain/types.ts';
import type { VesselStatic } from './domain/vessel.ts';
import { staticReportOf } from './ingest.ts';

/** Bytes of one spilled row: mmsi, time, lon, lat (float64) and speed, course (float32). */
const ROW_BYTES = 40;
const BUFFER_ROWS = 16_384;

export interface SpilledInput {
  dir: string;
  bucketFiles: string[];
  rowsPerBucket: number[];
  /** Static data folded per vessel as it was decoded (memory grows with vessels, not messages). */
  statics: Map<number, VesselStatic>;
  staticReports: number;
  stats: DecodeStats;
  withoutTimestamp: number;
  bytes: number;
  /** Deletes the temporary files. */
  dispose(): void;
}

/**
 * Decodes AIS logs into `buckets` temporary files by MMSI modulo `buckets`.
 *
 * @example const spilled = await spillAisFiles(['big.nmea'], 16); … loadBucket(spilled.bucketFiles[0]) …
 */
export async function spillAisFiles(
  paths: readonly string[],
  buckets: number,
  options: { dir?: string; onProgress?: (bytes: number, totalBytes: number) => void } = {},
): Promise<SpilledInput> {
  const dir = mkdtempSync(path.join(options.dir ?? tmpdir(), 'strata-ais-'));
  const bucketFiles = Array.from({ length: buckets }, (_, k) => path.join(dir, `bucket-${k}.bin`));
  const fds = bucketFiles.map((f) => openSync(f, 'w'));
  const buffers = bucketFiles.map(() => Buffer.alloc(BUFFER_ROWS * ROW_BYTES));
  const fill = new Array<number>(buckets).fill(0);
  const rowsPerBucket = new Array<number>(buckets).fill(0);
  const flush = (k: number) => {
    if (fill[k] > 0) writeSync(fds[k], buffers[k], 0, fill[k] * ROW_BYTES);
    fill[k] = 0;
  };
  const statics = new Map<number, VesselStatic>();
  let staticReports = 0;
  let withoutTimestamp = 0;
  const stats = emptyStats();
  const totalBytes = paths.reduce((n, p) => n + statSync(p).size, 0);
  let doneBytes = 0;
  const onBatch = (b: PositionBatch) => {
    for (let i = 0; i < b.length; i++) {
      const t = b.timeMs[i];
      if (Number.isNaN(t)) {
        withoutTimestamp++;
        continue;
      }
      const k = b.mmsi[i] % buckets;
      const buf = buffers[k];
      const o = fill[k] * ROW_BYTES;
      buf.writeDoubleLE(b.mmsi[i], o);
      buf.writeDoubleLE(t, o + 8);
      buf.writeDoubleLE(b.lon[i], o + 16);
      buf.writeDoubleLE(b.lat[i], o + 24);
      buf.writeFloatLE(b.speedKnots[i], o + 32);
      buf.writeFloatLE(b.courseDeg[i], o + 36);
      rowsPerBucket[k]++;
      if (++fill[k] === BUFFER_ROWS) flush(k);
    }
  };
  const onMessage = (msg: DecodedMessage) => {
    const s = staticReportOf(msg);
    if (!s) return;
    foldStatic(statics, s);
    staticReports++;
  };
  try {
    for (const p of paths) {
      const fileStats = await decodeFileColumnar(p, onBatch, {
        onMessage,
        onProgress: (bytes) => options.onProgress?.(doneBytes + bytes, totalBytes),
      });
      doneBytes += statSync(p).size;
      mergeStats(stats, fileStats);
    }
    for (let k = 0; k < buckets; k++) flush(k);
  } finally {
    for (const fd of fds) closeSync(fd);
  }
  return {
    dir,
    bucketFiles,
    rowsPerBucket,
    statics,
    staticReports,
    stats,
    withoutTimestamp,
    bytes: totalBytes,
    dispose: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** Reads one spilled bucket back into columns. */
export function loadBucket(file: string): PositionColumns {
  const data = readFileSync(file);
  const n = Math.floor(data.length / ROW_BYTES);
  const b = new ColumnsBuilder(Math.max(16, n));
  for (let r = 0; r < n; r++) {
    const o = r * ROW_BYTES;
    b.push(
      data.readDoubleLE(o),
      data.readDoubleLE(o + 8),
      data.readDoubleLE(o + 16),
      data.readDoubleLE(o + 24),
      data.readFloatLE(o + 32),
      data.readFloatLE(o + 36),
    );
  }
  return b.build();
}
