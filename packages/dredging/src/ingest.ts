/**
 * Reading AIS logs for the analysis: NMEA files decoded by `@strata/ais` on its columnar fast path
 * into position columns, and type 5 / 19 / 24 static messages into static reports.
 */
import { statSync } from 'node:fs';
import {
  type DecodedMessage,
  type DecodeStats,
  decodeFileColumnar,
  decodeFileParallel,
  decodeStreamColumnar,
  emptyStats,
  mergeStats,
  type PositionBatch,
} from '@strata/ais';
import { ColumnsBuilder } from './domain/columns.ts';
import type { StaticReportInput } from './domain/statics.ts';
import type { PositionColumns } from './domain/types.ts';

export interface IngestResult {
  /** All positions, or (with `partitions` > 1) the first partition only: see `partitions`. */
  columns: PositionColumns;
  /** Positions split by MMSI modulo the number of partitions (one entry when not partitioned). */
  partitions: PositionColumns[];
  statics: StaticReportInput[];
  stats: DecodeStats;
  /** Position reports left out because the input gave them no time. */
  withoutTimestamp: number;
  bytes: number;
}

export interface IngestOptions {
  /** Bytes read so far and in all files. */
  onProgress?: (bytes: number, totalBytes: number) => void;
  /** Worker threads for files above 64 MiB (default 1: the main thread only). */
  workers?: number;
  /**
   * Split positions by MMSI modulo this number while reading (default 1), ready for
   * {@link analysePartitionsParallel} without a second copy of the columns.
   */
  partitions?: number;
}

const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const text = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v.trim() : null);

/** A static report from a decoded type 5, 19 or 24 message, or null for other types. */
export function staticReportOf(msg: DecodedMessage): StaticReportInput | null {
  if (msg.type !== 5 && msg.type !== 19 && msg.type !== 24) return null;
  const bow = num(msg.to_bow);
  const stern = num(msg.to_stern);
  const port = num(msg.to_port);
  const starboard = num(msg.to_starboard);
  const length = bow !== null && stern !== null && bow + stern > 0 ? bow + stern : null;
  const beam = port !== null && starboard !== null && port + starboard > 0 ? port + starboard : null;
  const draught = num(msg.draught);
  return {
    mmsi: msg.mmsi,
    timestampMs: msg.timestampMs,
    imo: num(msg.imo) || null,
    name: text(msg.shipname),
    callsign: text(msg.callsign),
    shipType: num(msg.shiptype) || null,
    lengthM: length,
    beamM: beam,
    draughtM: draught && draught > 0 ? draught : null,
  };
}

/**
 * Decodes AIS NMEA files into position columns and static reports.
 *
 * @example const { columns, statics } = await readAisFiles(['day1.nmea', 'day2.nmea']);
 */
export async function readAisFiles(
  paths: readonly string[],
  options: IngestOptions = {},
): Promise<IngestResult> {
  const totalBytes = paths.reduce((n, p) => n + statSync(p).size, 0);
  // A position line with a tag block takes at least ~60 bytes: sizing the columns up front avoids
  // doubling (and briefly holding two copies of) them on large inputs.
  const parts = Math.max(1, options.partitions ?? 1);
  const expected = Math.ceil(totalBytes / 60 / parts) * (parts > 1 ? 1.1 : 1);
  const builders = Array.from(
    { length: parts },
    () => new ColumnsBuilder(Math.max(1 << 16, Math.ceil(expected))),
  );
  const statics: StaticReportInput[] = [];
  let withoutTimestamp = 0;
  const stats = emptyStats();
  let doneBytes = 0;
  const onBatch = (b: PositionBatch) => {
    if (parts > 1) {
      for (let i = 0; i < b.length; i++) {
        const t = b.timeMs[i];
        if (Number.isNaN(t)) {
          withoutTimestamp++;
          continue;
        }
        builders[b.mmsi[i] % parts].push(b.mmsi[i], t, b.lon[i], b.lat[i], b.speedKnots[i], b.courseDeg[i]);
      }
      return;
    }
    // Copy runs of rows that have a time; rows without one are counted and left out.
    const builder = builders[0];
    let from = 0;
    for (let i = 0; i < b.length; i++) {
      if (!Number.isNaN(b.timeMs[i])) continue;
      builder.pushColumns(b, from, i);
      withoutTimestamp++;
      from = i + 1;
    }
    builder.pushColumns(b, from, b.length);
  };
  const onMessage = (msg: DecodedMessage) => {
    const s = staticReportOf(msg);
    if (s) statics.push(s);
  };
  for (const p of paths) {
    const size = statSync(p).size;
    const workers = options.workers ?? 1;
    let fileStats: DecodeStats;
    if (workers > 1 && size > 64 * 1024 * 1024) {
      fileStats = await decodeFileParallel(p, { workers, onBatch, onMessage });
      options.onProgress?.(doneBytes + size, totalBytes);
    } else {
      fileStats = await decodeFileColumnar(p, onBatch, {
        onMessage,
        onProgress: (bytes) => options.onProgress?.(doneBytes + bytes, totalBytes),
      });
    }
    doneBytes += size;
    mergeStats(stats, fileStats);
  }
  statics.sort((a, b) => (a.timestampMs ?? 0) - (b.timestampMs ?? 0));
  const partitions = builders.map((b) => b.build());
  return { columns: partitions[0], partitions, statics, stats, withoutTimestamp, bytes: totalBytes };
}

/** Decodes an AIS log held in memory (an upload) into position columns and static reports. */
export async function readAisBytes(bytes: Uint8Array): Promise<IngestResult> {
  const builder = new ColumnsBuilder(Math.max(1 << 12, Math.ceil(bytes.length / 60)));
  const statics: StaticReportInput[] = [];
  let withoutTimestamp = 0;
  const stats = await decodeStreamColumnar(
    (async function* () {
      yield bytes;
    })(),
    (b) => {
      for (let i = 0; i < b.length; i++) {
        if (Number.isNaN(b.timeMs[i])) {
          withoutTimestamp++;
          continue;
        }
        builder.push(b.mmsi[i], b.timeMs[i], b.lon[i], b.lat[i], b.speedKnots[i], b.courseDeg[i]);
      }
    },
    {
      onMessage: (msg) => {
        const s = staticReportOf(msg);
        if (s) statics.push(s);
      },
    },
  );
  const columns = builder.build();
  return { columns, partitions: [columns], statics, stats, withoutTimestamp, bytes: bytes.length };
}
