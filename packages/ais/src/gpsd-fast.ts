/**
 * The fastest route from NMEA bytes to gpsd JSON bytes: single-sentence position reports (types 1–3 and
 * 18, most of any log) and types 4 and 11 are written straight from the payload bits, with no message
 * object at all; so are types 5, 12, 14, 15, 20, 21 and 24 (also when reassembled from several
 * sentences), which the decoder hands over as bits (`gpsd-static.ts`); every other message goes through
 * the full decoder and {@link createGpsdByteWriter}. Output and counts are the same as decoding and then
 * writing each message.
 */
import { PayloadBits } from './bits.ts';
import { createDecoder, gpsdChannelContext } from './decoder.ts';
import { createGpsdByteWriter, JsonLineBuffer } from './gpsd-bytes.ts';
import { str } from './gpsd-json.ts';
import { GpsdStaticWriter } from './gpsd-static.ts';
import { epfdText, navStatusText } from './legends.ts';
import { LineSplitter } from './lines.ts';
import { LineKind, ParsedLine, parseLine } from './nmea.ts';
import type { StreamOptions } from './stream.ts';
import { type DecodeStats, emptyStats, mergeStats } from './types.ts';

const enc = new TextEncoder();
/** `{"class":…,"type":T,"repeat":R,"mmsi":` for types 1–3 (index (T−1)×4+R) and 18 (index 12+R). */
const HEAD = [1, 2, 3, 18].flatMap((t) =>
  [0, 1, 2, 3].map((r) => enc.encode(`{"class":"AIS","device":"stdin","type":${t},"repeat":${r},"mmsi":`)),
);
function turnLegend(turn: number): string {
  if (turn === -128) return '"n/a"';
  if (turn === -127) return '"fastleft"';
  if (turn === 127) return '"fastright"';
  const r = turn / 4.733;
  return `"${(turn < 0 ? -r * r : r * r).toFixed(2)}"`;
}
/** `,"scaled":true,"status":S,"status_text":"…","turn":…,"speed":` for every status × turn (index S×256+turn+128). */
const STATUS_TURN = Array.from({ length: 16 * 256 }, (_, i) => {
  const status = i >> 8;
  return enc.encode(
    `,"scaled":true,"status":${status},"status_text":"${navStatusText(status)}","turn":${turnLegend((i & 255) - 128)},"speed":`,
  );
});
/** `,"second":S,"maneuver":M,"raim":R,"radio":` (index S×8+M×2+R). */
const SECOND_TO_RADIO = Array.from({ length: 64 * 8 }, (_, i) =>
  enc.encode(`,"second":${i >> 3},"maneuver":${(i >> 1) & 3},"raim":${i & 1 ? 'true' : 'false'},"radio":`),
);
const RESERVED = enc.encode(',"scaled":true,"reserved":');
const SPEED = enc.encode(',"speed":');
const ACC_TRUE_LON = enc.encode(',"accuracy":true,"lon":');
const ACC_FALSE_LON = enc.encode(',"accuracy":false,"lon":');
const LAT = enc.encode(',"lat":');
const COURSE = enc.encode(',"course":');
const HEADING = enc.encode(',"heading":');
const SECOND = enc.encode(',"second":');
const REGIONAL = enc.encode(',"regional":');
const RAIM_TRUE_RADIO = enc.encode(',"raim":true,"radio":');
const RAIM_FALSE_RADIO = enc.encode(',"raim":false,"radio":');
const FLAGS = Array.from({ length: 32 }, (_, f) => {
  const b = (bit: number) => ((f >> bit) & 1 ? 'true' : 'false');
  return enc.encode(`,"cs":${b(4)},"display":${b(3)},"dsc":${b(2)},"band":${b(1)},"msg22":${b(0)}`);
});
const END = enc.encode('}\n');
/** Type 4 and 11 (base station report, UTC/date response): `{…"type":T,"repeat":R,"mmsi":` (index (T === 11)×4+R). */
const BASE_HEAD = [4, 11].flatMap((t) =>
  [0, 1, 2, 3].map((r) => enc.encode(`{"class":"AIS","device":"stdin","type":${t},"repeat":${r},"mmsi":`)),
);
const TIMESTAMP = enc.encode(',"scaled":true,"timestamp":"');
const ACCURACY_TRUE_LON = enc.encode('Z","accuracy":true,"lon":');
const ACCURACY_FALSE_LON = enc.encode('Z","accuracy":false,"lon":');
const EPFD = enc.encode(',"epfd":');
/** `,"epfd_text":"…","raim":R,"radio":` (index EPFD×2+R), as the generic writer prints them. */
const EPFD_TO_RADIO = Array.from({ length: 32 }, (_, i) =>
  Uint8Array.from(
    Buffer.from(
      `,"epfd_text":${str(epfdText(i >> 1))},"raim":${i & 1 ? 'true' : 'false'},"radio":`,
      'latin1',
    ),
  ),
);

/** `%02d` of 0–99. */
function pad2(out: JsonLineBuffer, n: number): void {
  out.buf[out.pos++] = PAIRS[n * 2];
  out.buf[out.pos++] = PAIRS[n * 2 + 1];
}

/** `%.1f` of a whole number of tenths, from the integer. */
function tenths(out: JsonLineBuffer, raw: number): void {
  const int = Math.floor(raw / 10);
  out.int(int);
  out.buf[out.pos++] = 46;
  out.buf[out.pos++] = 48 + (raw - int * 10);
}

const PAIRS = new Uint8Array(200);
for (let i = 0; i < 100; i++) {
  PAIRS[i * 2] = 48 + Math.floor(i / 10);
  PAIRS[i * 2 + 1] = 48 + (i % 10);
}

/** `%.7f` of raw/600000 degrees, from the integer: raw × 50/3 is never a rounding tie. */
function degrees(out: JsonLineBuffer, raw: number): void {
  let n = Math.round((raw * 50) / 3);
  const buf = out.buf;
  if (n < 0) {
    buf[out.pos++] = 45;
    n = -n;
  }
  const int = Math.floor(n / 1e7);
  out.int(int);
  let p = out.pos;
  buf[p] = 46;
  let frac = n - int * 1e7;
  // seven digits: the last one alone, then three pairs from the right
  const last = frac % 10;
  frac = (frac - last) / 10;
  buf[p + 7] = 48 + last;
  for (let i = p + 5; i >= p + 1; i -= 2) {
    const q = Math.floor(frac / 100);
    const r = (frac - q * 100) * 2;
    buf[i] = PAIRS[r];
    buf[i + 1] = PAIRS[r + 1];
    frac = q;
  }
  p += 8;
  out.pos = p;
}

/** A push-style NMEA → gpsd JSON decoder writing into a {@link JsonLineBuffer}. */
export interface GpsdFastDecoder {
  push(buf: Uint8Array, start: number, end: number): void;
  /**
   * The last line of the input when no line end follows it: gpsd's packet lexer never completes such a
   * sentence, so it is counted as `malformed` and not decoded.
   */
  pushUnterminated(buf: Uint8Array, start: number, end: number): void;
  flush(): void;
  readonly stats: DecodeStats;
}

/**
 * Creates a decoder that appends gpsd JSON lines for every decodable message to `target()` (a function,
 * so that the caller may swap buffers between flushes).
 */
export function createGpsdFastDecoder(
  target: () => JsonLineBuffer,
  options: StreamOptions = {},
): GpsdFastDecoder {
  // gpsd's output follows gpsd's input rules too: only the talkers its packet lexer accepts
  options = { ...options, rules: 'gpsd' };
  const parsed = new ParsedLine();
  parsed.gpsdTalkersOnly = true;
  const bits = new PayloadBits();
  const statics = new GpsdStaticWriter();
  // types written from the payload bits wherever they come from (single sentence or reassembled)
  const direct = new Uint8Array(64);
  direct[5] = 1;
  direct[24] = 1;
  direct[15] = 1;
  direct[20] = 1;
  direct[21] = 1;
  direct[12] = 1;
  direct[14] = 1;
  const slow = createDecoder(options, undefined, {
    types: direct,
    write: (b, type, channel) => {
      statics.write(b, type, target(), channel);
    },
  });
  const writer = createGpsdByteWriter();
  const fast = emptyStats();
  let gatehouseMs: number | null = null;

  function push(buf: Uint8Array, start: number, end: number): void {
    const kind = parseLine(buf, start, end, parsed);
    if (
      kind === LineKind.ais &&
      parsed.fragmentCount === 1 &&
      gatehouseMs === null &&
      parsed.tagBlockError === null &&
      // channels gpsd ignores or refuses go the slow way, which rejects them
      gpsdChannelContext(parsed.channel) >= 0
    ) {
      const first = buf[parsed.payloadStart];
      // '1' '2' '3' → types 1–3, 'B' → 18, '4' → 4, ';' → 11
      const t = first >= 49 && first <= 52 ? first - 48 : first === 66 ? 18 : first === 59 ? 11 : 0;
      if (t !== 0) {
        bits.reset();
        if (bits.append(buf, parsed.payloadStart, parsed.payloadEnd)) {
          bits.finish(parsed.fillBits);
          const len = bits.bitLength;
          if ((t !== 18 && len >= 163 && (len >= 168 || t < 4)) || len >= 168) {
            const out = target();
            if (out.pos + 600 > out.buf.length) out.reserve(600);
            if (t === 4 || t === 11) {
              out.bytes(BASE_HEAD[(t === 11 ? 4 : 0) + bits.u(6, 2)]);
              out.int(bits.u(8, 30));
              out.bytes(TIMESTAMP);
              const year = bits.u(38, 14);
              // gpsd: %04d below 1000
              if (year < 1000) {
                out.buf[out.pos++] = 48;
                if (year < 100) out.buf[out.pos++] = 48;
                if (year < 10) out.buf[out.pos++] = 48;
              }
              out.int(year);
              out.buf[out.pos++] = 45;
              pad2(out, bits.u(52, 4));
              out.buf[out.pos++] = 45;
              pad2(out, bits.u(56, 5));
              out.buf[out.pos++] = 84;
              pad2(out, bits.u(61, 5));
              out.buf[out.pos++] = 58;
              pad2(out, bits.u(66, 6));
              out.buf[out.pos++] = 58;
              pad2(out, bits.u(72, 6));
              out.bytes(bits.u(78, 1) ? ACCURACY_TRUE_LON : ACCURACY_FALSE_LON);
              degrees(out, bits.s(79, 28));
              out.bytes(LAT);
              degrees(out, bits.s(107, 27));
              out.bytes(EPFD);
              const epfd = bits.u(134, 4);
              out.int(epfd);
              out.bytes(EPFD_TO_RADIO[(epfd << 1) | bits.u(148, 1)]);
              out.int(bits.u(149, 19));
            } else if (t === 18) {
              out.bytes(HEAD[12 + bits.u(6, 2)]);
              out.int(bits.u(8, 30));
              out.bytes(RESERVED);
              out.int(bits.u(38, 8));
              out.bytes(SPEED);
              tenths(out, bits.u(46, 10));
              out.bytes(bits.u(56, 1) ? ACC_TRUE_LON : ACC_FALSE_LON);
              degrees(out, bits.s(57, 28));
              out.bytes(LAT);
              degrees(out, bits.s(85, 27));
              out.bytes(COURSE);
              tenths(out, bits.u(112, 12));
              out.bytes(HEADING);
              out.int(bits.u(124, 9));
              out.bytes(SECOND);
              out.int(bits.u(133, 6));
              out.bytes(REGIONAL);
              out.int(bits.u(139, 2));
              out.bytes(FLAGS[bits.u(141, 5)]);
              out.bytes(bits.u(147, 1) ? RAIM_TRUE_RADIO : RAIM_FALSE_RADIO);
              out.int(bits.u(148, 20));
            } else {
              out.bytes(HEAD[(t - 1) * 4 + bits.u(6, 2)]);
              out.int(bits.u(8, 30));
              out.bytes(STATUS_TURN[(bits.u(38, 4) << 8) | ((bits.s(42, 8) + 128) & 255)]);
              const speed = bits.u(50, 10);
              // gpsd: raw 1023 is "n/a", 1022 "fast" (types 1–3 only)
              if (speed >= 1022) out.ascii(speed === 1023 ? '"n/a"' : '"fast"');
              else tenths(out, speed);
              out.bytes(bits.u(60, 1) ? ACC_TRUE_LON : ACC_FALSE_LON);
              degrees(out, bits.s(61, 28));
              out.bytes(LAT);
              degrees(out, bits.s(89, 27));
              out.bytes(COURSE);
              tenths(out, bits.u(116, 12));
              out.bytes(HEADING);
              out.int(bits.u(128, 9));
              out.bytes(SECOND_TO_RADIO[(bits.u(137, 6) << 3) | (bits.u(143, 2) << 1) | bits.u(148, 1)]);
              out.int(len >= 168 ? bits.u(149, 19) : bits.u(149, len - 149));
            }
            out.bytes(END);
            fast.lines++;
            fast.bytes += end - start + 1;
            fast.decodedLines++;
            fast.messages++;
            fast.messagesByType[t]++;
            slow.skip(1, parsed);
            return;
          }
        }
      }
    }
    if (kind === LineKind.gatehouse) gatehouseMs = parsed.gatehouseMs;
    else if (kind === LineKind.ais) gatehouseMs = null;
    const msg = slow.pushParsed(buf, start, end, parsed);
    if (msg !== null) writer.write(msg, target());
  }

  function pushUnterminated(buf: Uint8Array, start: number, end: number): void {
    let s = start;
    while (s < end && buf[s] <= 32) s++;
    fast.lines++;
    fast.bytes += end - start;
    if (s === end) fast.blankLines++;
    else fast.rejected.malformed++;
  }

  return {
    push,
    pushUnterminated,
    flush: () => slow.flush(),
    get stats() {
      return mergeStats(mergeStats(emptyStats(), fast), slow.stats);
    },
  };
}

/**
 * Decodes a byte stream to gpsd JSON (what `gpsdecode` prints, one object per line) and hands the output
 * to `write` in chunks of about `chunkBytes`. The chunk's memory is reused once `write` has returned, or,
 * when it returns a promise, once that promise has resolved: resolve it when the bytes are written
 * (e.g. in the callback of `stream.write`). At most one chunk is in flight, which is the backpressure.
 * Resolves with the counts.
 *
 * @example
 * const stats = await decodeStreamToGpsd(fs.createReadStream('log.nmea'), (bytes) =>
 *   new Promise((done) => process.stdout.write(bytes, () => done())));
 */
export async function decodeStreamToGpsd(
  readable: AsyncIterable<Uint8Array | string>,
  write: (bytes: Uint8Array) => void | Promise<void>,
  options: StreamOptions & { chunkBytes?: number } = {},
): Promise<DecodeStats> {
  const chunkBytes = options.chunkBytes ?? 1 << 19;
  // two buffers in turn: fresh memory for every chunk would cost a page fault per 4 KiB written
  const pool: JsonLineBuffer[] = [];
  let out = new JsonLineBuffer(chunkBytes + 4096);
  let inflight: Promise<void> | undefined;
  const decoder = createGpsdFastDecoder(() => out, options);
  let ended = false;
  const splitter = new LineSplitter((buf, start, end) =>
    ended ? decoder.pushUnterminated(buf, start, end) : decoder.push(buf, start, end),
  );

  async function flush(): Promise<void> {
    const full = out;
    if (inflight !== undefined) await inflight;
    out = pool.pop() ?? new JsonLineBuffer(chunkBytes + 4096);
    const release = () => {
      full.reset();
      pool.push(full);
    };
    const result = write(full.view());
    if (result instanceof Promise) {
      inflight = result.then(release);
      // a failed write is reported where it is awaited, not as an unhandled rejection meanwhile
      inflight.catch(() => {});
    } else {
      release();
      inflight = undefined;
    }
  }

  let bytes = 0;
  for await (const chunk of readable) {
    const data = typeof chunk === 'string' ? enc.encode(chunk) : chunk;
    splitter.push(data);
    bytes += data.length;
    options.onProgress?.(bytes);
    if (out.pos >= chunkBytes) await flush();
  }
  ended = true;
  splitter.end();
  decoder.flush();
  if (out.pos > 0) await flush();
  if (inflight !== undefined) await inflight;
  return decoder.stats;
}
