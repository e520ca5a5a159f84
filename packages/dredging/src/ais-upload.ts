/**
 * Reading an AIS file a researcher brings, in any of the upload formats: NMEA through
 * {@link readAisFiles} (the CLI's decoder), MarineCadastre CSV and GFW-style JSON lines line by line
 * through the pure row parsers. A gzip file is inflated beside itself first. Same result shape as the
 * NMEA reader, so the pipeline does not care where positions came from.
 */
import {
  closeSync,
  createReadStream,
  createWriteStream,
  openSync,
  readSync,
  rmSync,
  statSync,
} from 'node:fs';
import { createInterface } from 'node:readline';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import { emptyStats } from '@strata/ais';
import { parseDelimited, ValidationError } from '@strata/core';
import {
  type AisUploadFormat,
  detectAisFormat,
  marineCadastreColumns,
  parseGfwLine,
  parseMarineCadastreRow,
  type RowParse,
} from './domain/ais-formats.ts';
import { ColumnsBuilder } from './domain/columns.ts';
import type { StaticReportInput } from './domain/statics.ts';
import { type IngestResult, readAisFiles } from './ingest.ts';

/** A rejected row: its 1-based line in the (inflated) file and why. */
export interface RowRejection {
  line: number;
  reason: string;
}

/** Positions read, over all partitions. */
export const positionCount = (read: Pick<IngestResult, 'partitions'>) =>
  read.partitions.reduce((n, p) => n + p.length, 0);

export interface AisUploadRead extends IngestResult {
  format: AisUploadFormat;
  /** Rows (or NMEA lines) read, rows rejected, and the first rejections with their line. */
  rows: number;
  rejectedRows: number;
  firstRejections: RowRejection[];
}

const FIRST_REJECTIONS = 20;

function readHead(file: string, bytes = 4096): Buffer {
  const fd = openSync(file, 'r');
  try {
    const buf = Buffer.alloc(bytes);
    const n = readSync(fd, buf, 0, bytes, 0);
    return buf.subarray(0, n);
  } finally {
    closeSync(fd);
  }
}

/** Inflates `file` to `file.raw` when it is gzip (magic bytes 1f 8b); returns the path to read. */
async function inflatedPath(file: string): Promise<{ path: string; cleanup: () => void }> {
  const head = readHead(file, 2);
  if (head.length < 2 || head[0] !== 0x1f || head[1] !== 0x8b) return { path: file, cleanup: () => {} };
  const out = `${file}.raw`;
  try {
    await pipeline(createReadStream(file), createGunzip(), createWriteStream(out));
  } catch (error) {
    rmSync(out, { force: true });
    throw new ValidationError('The file starts like gzip but does not inflate.', [
      { path: 'file', message: (error as Error).message },
    ]);
  }
  return { path: out, cleanup: () => rmSync(out, { force: true }) };
}

/** Reads the lines of a tabular file into position columns and static reports. */
async function readRows(
  file: string,
  format: Exclude<AisUploadFormat, 'nmea'>,
  parts: number,
  onProgress?: (bytes: number, total: number) => void,
): Promise<Omit<AisUploadRead, 'format'>> {
  const total = statSync(file).size;
  const builders = Array.from(
    { length: parts },
    () => new ColumnsBuilder(Math.max(1 << 12, Math.ceil(total / 80 / parts))),
  );
  const statics: StaticReportInput[] = [];
  const firstRejections: RowRejection[] = [];
  let rows = 0;
  let rejectedRows = 0;
  let line = 0;
  let bytes = 0;
  let parseRow: ((text: string) => RowParse) | null = format === 'gfw-jsonl' ? parseGfwLine : null;
  const stream = createReadStream(file, { encoding: 'utf8' });
  for await (const text of createInterface({ input: stream, crlfDelay: Number.POSITIVE_INFINITY })) {
    line++;
    bytes += Buffer.byteLength(text) + 1;
    if (line % 20_000 === 0) onProgress?.(Math.min(bytes, total), total);
    if (text.trim() === '') continue;
    if (!parseRow) {
      // The first line of a MarineCadastre file is its header.
      const cols = marineCadastreColumns(parseDelimited(text)[0]?.fields ?? []);
      if (typeof cols === 'string') {
        throw new ValidationError('This is not a MarineCadastre AIS CSV.', [
          { path: 'line 1', message: cols },
        ]);
      }
      parseRow = (t) =>
        parseMarineCadastreRow(cols, t.includes('"') ? (parseDelimited(t)[0]?.fields ?? []) : t.split(','));
      continue;
    }
    rows++;
    const parsed = parseRow(text);
    if (!parsed.ok) {
      rejectedRows++;
      if (firstRejections.length < FIRST_REJECTIONS) firstRejections.push({ line, reason: parsed.reason });
      continue;
    }
    const p = parsed.position;
    builders[p.mmsi % parts].push(p.mmsi, p.timestampMs, p.lon, p.lat, p.speedKnots, p.courseDeg);
    if (parsed.statics) statics.push(parsed.statics);
  }
  onProgress?.(total, total);
  statics.sort((a, b) => (a.timestampMs ?? 0) - (b.timestampMs ?? 0));
  const partitions = builders.map((b) => b.build());
  const stats = emptyStats();
  stats.lines = line;
  return {
    columns: partitions[0],
    partitions,
    statics,
    stats,
    withoutTimestamp: 0,
    bytes: total,
    rows,
    rejectedRows,
    firstRejections,
  };
}

/**
 * Reads an uploaded AIS file of `format` ('auto' tells it from the first bytes).
 *
 * @example const read = await readAisUpload('/data/uploads/job.bin', 'auto', { onProgress });
 */
export async function readAisUpload(
  file: string,
  format: AisUploadFormat | 'auto',
  options: {
    onProgress?: (bytes: number, total: number) => void;
    /** Split positions by MMSI modulo this number, for analysis on worker threads (default 1). */
    partitions?: number;
  } = {},
): Promise<AisUploadRead> {
  const parts = Math.max(1, options.partitions ?? 1);
  const inflated = await inflatedPath(file);
  try {
    const chosen = format === 'auto' ? detectAisFormat(readHead(inflated.path).toString('utf8')) : format;
    if (!chosen) {
      throw new ValidationError(
        'The file is not in a known AIS format (NMEA sentences, a MarineCadastre CSV, or JSON lines with ssvid/mmsi, timestamp, lat, lon).',
        [{ path: 'format', message: 'choose the format, or check the file' }],
      );
    }
    if (chosen !== 'nmea') {
      return { format: chosen, ...(await readRows(inflated.path, chosen, parts, options.onProgress)) };
    }
    const read = await readAisFiles([inflated.path], { onProgress: options.onProgress, partitions: parts });
    const rejectedRows = Object.values(read.stats.rejected).reduce((a, b) => a + b, 0);
    return { format: chosen, ...read, rows: read.stats.lines, rejectedRows, firstRejections: [] };
  } finally {
    inflated.cleanup();
  }
}
