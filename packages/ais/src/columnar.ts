/**
 * Columnar fast path for position reports (types 1, 2, 3, 18, 19, 27): fills typed-array batches
 * (mmsi, time, lon, lat, speed, course, heading, status) straight from the payload bits, without creating
 * an object per message. Other messages go through the full decoder and can be received with `onMessage`;
 * without `onMessage` they are only validated, assembled and counted (no object is built).
 */
import { PayloadBits } from './bits.ts';
import { createDecoder } from './decoder.ts';
import { LineSplitter } from './lines.ts';
import { LineKind, ParsedLine, parseLine } from './nmea.ts';
import { readFileChunks, type StreamOptions } from './stream.ts';
import { type DecodedMessage, type DecodeStats, emptyStats, mergeStats } from './types.ts';

/** Rows per batch unless told otherwise. */
export const DEFAULT_BATCH_ROWS = 65536;

/**
 * A batch of position reports in typed arrays; rows `0..length-1` are valid. Not-available values:
 * `NaN` for lon, lat, speed and course, `511` for heading, `15` for status (class B and unknown).
 * The arrays are reused for the next batch: copy what you keep (`batch.lon.slice(0, batch.length)`).
 */
export interface PositionBatch {
  length: number;
  /** AIS message type (1, 2, 3, 18, 19 or 27). */
  type: Uint8Array;
  mmsi: Uint32Array;
  /** Receive time, ms since the Unix epoch; NaN when the input carries no time. */
  timeMs: Float64Array;
  /** Degrees WGS 84; NaN when not available (181). */
  lon: Float64Array;
  /** Degrees WGS 84; NaN when not available (91). */
  lat: Float64Array;
  /** Speed over ground in knots; NaN when not available (102.3). */
  speedKnots: Float32Array;
  /** Course over ground in degrees; NaN when not available (360). */
  courseDeg: Float32Array;
  /** True heading in degrees, 511 when not available. */
  heading: Uint16Array;
  /** Navigational status (0–15), 15 when not defined or not sent (class B). */
  status: Uint8Array;
}

/** Allocates an empty batch of `rows` rows. */
export function createPositionBatch(rows = DEFAULT_BATCH_ROWS): PositionBatch {
  return {
    length: 0,
    type: new Uint8Array(rows),
    mmsi: new Uint32Array(rows),
    timeMs: new Float64Array(rows),
    lon: new Float64Array(rows),
    lat: new Float64Array(rows),
    speedKnots: new Float32Array(rows),
    courseDeg: new Float32Array(rows),
    heading: new Uint16Array(rows),
    status: new Uint8Array(rows),
  };
}

/** Options of the columnar decoders. */
export interface ColumnarOptions extends StreamOptions {
  /** Rows per batch (default 65 536). */
  batchRows?: number;
  /** Receives every decoded message that is not a position report (e.g. type 5 static data). */
  onMessage?: (msg: DecodedMessage) => void;
}

/** A push-style columnar decoder (see {@link createColumnarDecoder}). */
export interface ColumnarDecoder {
  /** Decodes one line `buf[start..end)`. */
  push(buf: Uint8Array, start: number, end: number): void;
  /** Ends the input: emits the last (partial) batch and counts pending fragments. */
  flush(): void;
  readonly stats: DecodeStats;
}

// first payload character → message type: '1' '2' '3' → 1–3, 'B' → 18, 'C' → 19, 'K' → 27
const FAST_TYPE = new Uint8Array(128);
FAST_TYPE[49] = 1;
FAST_TYPE[50] = 2;
FAST_TYPE[51] = 3;
FAST_TYPE[66] = 18;
FAST_TYPE[75] = 27;

/**
 * Creates a push-style columnar decoder: feed it lines, receive full batches in `onBatch`.
 *
 * @example
 * const dec = createColumnarDecoder((b) => total += b.length);
 * dec.push(lineBytes, 0, lineBytes.length); dec.flush();
 */
export function createColumnarDecoder(
  onBatch: (batch: PositionBatch) => void,
  options: ColumnarOptions = {},
): ColumnarDecoder {
  const batch = createPositionBatch(options.batchRows ?? DEFAULT_BATCH_ROWS);
  const capacity = batch.mmsi.length;
  const parsed = new ParsedLine();
  const bits = new PayloadBits();
  const onMessage = options.onMessage;
  // the full decoder handles everything off the fast path; its counts are merged into ours. Without an
  // onMessage nobody sees the other types: they are only validated and counted, not built into objects.
  let countOnly: Uint8Array | undefined;
  if (onMessage === undefined) {
    countOnly = new Uint8Array(28).fill(1);
    for (const t of [1, 2, 3, 18, 19, 27]) countOnly[t] = 0;
  }
  const slow = createDecoder(options, countOnly);
  const fast = emptyStats();
  let gatehouseMs: number | null = null;

  function emitIfFull(): void {
    if (batch.length === capacity) {
      onBatch(batch);
      batch.length = 0;
    }
  }

  function addMessage(msg: DecodedMessage): void {
    const t = msg.type;
    if (t === 1 || t === 2 || t === 3 || t === 18 || t === 19 || t === 27) {
      const i = batch.length++;
      batch.type[i] = t;
      batch.mmsi[i] = msg.mmsi;
      batch.timeMs[i] = msg.timestampMs ?? Number.NaN;
      const lon = msg.lon as number;
      const lat = msg.lat as number;
      batch.lon[i] = lon === 181 ? Number.NaN : lon;
      batch.lat[i] = lat === 91 ? Number.NaN : lat;
      const speed = msg.speed as number;
      const course = msg.course as number;
      if (t === 27) {
        batch.speedKnots[i] = speed === 63 ? Number.NaN : speed;
        batch.courseDeg[i] = course === 511 ? Number.NaN : course;
        batch.heading[i] = 511;
      } else {
        batch.speedKnots[i] = speed === 102.3 ? Number.NaN : speed;
        batch.courseDeg[i] = course === 360 ? Number.NaN : course;
        batch.heading[i] = msg.heading as number;
      }
      batch.status[i] = t <= 3 || t === 27 ? (msg.status as number) : 15;
      emitIfFull();
    } else if (onMessage !== undefined) {
      onMessage(msg);
    }
  }

  function push(buf: Uint8Array, start: number, end: number): void {
    // fast path: a single-sentence position report
    const kind = parseLine(buf, start, end, parsed);
    if (
      kind === LineKind.ais &&
      parsed.fragmentCount === 1 &&
      gatehouseMs === null &&
      parsed.tagBlockError === null
    ) {
      const first = buf[parsed.payloadStart];
      const t = first < 128 ? FAST_TYPE[first] : 0;
      if (t !== 0) {
        bits.reset();
        if (bits.append(buf, parsed.payloadStart, parsed.payloadEnd)) {
          bits.finish(parsed.fillBits);
          const len = bits.bitLength;
          if (
            (t <= 3 && len >= 163) ||
            (t === 18 && len >= 168) ||
            (t === 27 && (len === 96 || len === 168))
          ) {
            const i = batch.length++;
            batch.type[i] = t;
            batch.mmsi[i] = bits.u(8, 30);
            batch.timeMs[i] = parsed.timeMs ?? Number.NaN;
            if (t === 27) {
              const lon = bits.s(44, 18);
              const lat = bits.s(62, 17);
              batch.lon[i] = lon === 181 * 600 ? Number.NaN : lon / 600;
              batch.lat[i] = lat === 91 * 600 ? Number.NaN : lat / 600;
              const speed = bits.u(79, 6);
              const course = bits.u(85, 9);
              batch.speedKnots[i] = speed === 63 ? Number.NaN : speed;
              batch.courseDeg[i] = course === 511 ? Number.NaN : course;
              batch.heading[i] = 511;
              batch.status[i] = bits.u(40, 4);
            } else {
              // class A (1–3) and class B (18) share the layout from bit 46 shifted by 4 bits
              const o = t === 18 ? -4 : 0;
              const lon = bits.s(61 + o, 28);
              const lat = bits.s(89 + o, 27);
              batch.lon[i] = lon === 108600000 ? Number.NaN : lon / 600000;
              batch.lat[i] = lat === 54600000 ? Number.NaN : lat / 600000;
              const speed = bits.u(50 + o, 10);
              const course = bits.u(116 + o, 12);
              batch.speedKnots[i] = speed === 1023 ? Number.NaN : speed / 10;
              batch.courseDeg[i] = course === 3600 ? Number.NaN : course / 10;
              batch.heading[i] = bits.u(128 + o, 9);
              batch.status[i] = t === 18 ? 15 : bits.u(38, 4);
            }
            fast.lines++;
            fast.bytes += end - start + 1;
            fast.decodedLines++;
            fast.messages++;
            fast.messagesByType[t]++;
            slow.skip(1);
            emitIfFull();
            return;
          }
        }
      }
    }
    // everything else: the full decoder (it re-parses the line; rare compared with position reports)
    if (kind === LineKind.gatehouse) gatehouseMs = parsed.gatehouseMs;
    else if (kind === LineKind.ais) gatehouseMs = null;
    const msg = slow.pushParsed(buf, start, end, parsed);
    if (msg !== null) addMessage(msg);
  }

  return {
    push,
    flush() {
      slow.flush();
      if (batch.length > 0) onBatch(batch);
      batch.length = 0;
    },
    get stats() {
      return mergeStats(mergeStats(emptyStats(), fast), slow.stats);
    },
  };
}

/**
 * Decodes a file on the columnar fast path with one fixed-size read buffer; resolves with the counts.
 *
 * @param onBatch - receives each full batch (and the last partial one); the arrays are reused afterwards.
 * @example
 * const stats = await decodeFileColumnar('ais.log', (b) => {
 *   for (let i = 0; i < b.length; i++) track(b.mmsi[i], b.timeMs[i], b.lon[i], b.lat[i]);
 * });
 */
export async function decodeFileColumnar(
  path: string,
  onBatch: (batch: PositionBatch) => void,
  options: ColumnarOptions = {},
): Promise<DecodeStats> {
  return decodeStreamColumnar(readFileChunks(path), onBatch, options);
}

/** Same as {@link decodeFileColumnar} for any byte stream (Node.js Readable, async iterable of chunks). */
export async function decodeStreamColumnar(
  readable: AsyncIterable<Uint8Array | string>,
  onBatch: (batch: PositionBatch) => void,
  options: ColumnarOptions = {},
): Promise<DecodeStats> {
  const decoder = createColumnarDecoder(onBatch, options);
  const splitter = new LineSplitter(decoder.push);
  const encoder = new TextEncoder();
  let bytes = 0;
  for await (const chunk of readable) {
    const data = typeof chunk === 'string' ? encoder.encode(chunk) : chunk;
    splitter.push(data);
    bytes += data.length;
    options.onProgress?.(bytes);
  }
  splitter.end();
  decoder.flush();
  return decoder.stats;
}
