/**
 * gpsd JSON written straight into bytes. Building each line as a JS string makes a rope of some forty
 * pieces that the garbage collector then has to flatten and free; writing ASCII into one reusable buffer
 * is several times faster for the position reports that make up most of a log.
 */
import { monthDayTime } from './binary-apps.ts';
import {
  APP_DECIMALS,
  appValue,
  classASpeedText,
  createGpsdWriter,
  gpsdAppField,
  gpsdTurn,
  pad2,
  SPECS,
  str,
} from './gpsd-json.ts';
import { navStatusText } from './legends.ts';
import type { DecodedMessage } from './types.ts';

const enc = new TextEncoder();
const NAV_BYTES = Array.from({ length: 16 }, (_, i) =>
  enc.encode(`,"status_text":"${navStatusText(i)}","turn":`),
);

function turnLegend(turn: number): string {
  if (turn === -128) return '"n/a"';
  if (turn === -127) return '"fastleft"';
  if (turn === 127) return '"fastright"';
  const r = turn / 4.733;
  return `"${(turn < 0 ? -r * r : r * r).toFixed(2)}"`;
}
const TURN_BYTES = Array.from({ length: 256 }, (_, i) => enc.encode(turnLegend(i - 128)));

const POW10 = Array.from({ length: 17 }, (_, i) => 10 ** i);
const DIGIT_PAIRS = new Uint8Array(200);
for (let i = 0; i < 100; i++) {
  DIGIT_PAIRS[i * 2] = 48 + Math.floor(i / 10);
  DIGIT_PAIRS[i * 2 + 1] = 48 + (i % 10);
}

/** A growable byte buffer holding ASCII JSON lines. */
export class JsonLineBuffer {
  buf: Uint8Array;
  pos = 0;

  constructor(capacity = 1 << 20) {
    // not zero-filled: every byte handed out has been written first
    this.buf = Buffer.allocUnsafe(capacity);
  }

  /** Bytes written so far (a view, valid until the next write or reset). */
  view(): Uint8Array {
    return this.buf.subarray(0, this.pos);
  }

  reset(): void {
    this.pos = 0;
  }

  /** Makes room for `n` more bytes. */
  reserve(n: number): void {
    if (this.pos + n <= this.buf.length) return;
    const next = Buffer.allocUnsafe(Math.max(this.buf.length * 2, this.pos + n));
    next.set(this.buf.subarray(0, this.pos));
    this.buf = next;
  }

  bytes(b: Uint8Array): void {
    if (b.length > 16) {
      // native copy pays off past a dozen bytes
      this.buf.set(b, this.pos);
      this.pos += b.length;
      return;
    }
    const buf = this.buf;
    let p = this.pos;
    for (let i = 0; i < b.length; i++) buf[p++] = b[i];
    this.pos = p;
  }

  /** An ASCII string (callers guarantee ASCII; other text goes through {@link JsonLineBuffer.text}). */
  ascii(s: string): void {
    const buf = this.buf;
    let p = this.pos;
    for (let i = 0; i < s.length; i++) buf[p++] = s.charCodeAt(i);
    this.pos = p;
  }

  /** An ASCII string of any length (reserves room itself). */
  asciiLong(s: string): void {
    this.reserve(s.length);
    const buf = this.buf;
    if (s.length > 32 && buf instanceof Buffer) {
      this.pos += buf.write(s, this.pos, 'latin1');
      return;
    }
    let p = this.pos;
    for (let i = 0; i < s.length; i++) buf[p++] = s.charCodeAt(i);
    this.pos = p;
  }

  /** Any string, UTF-8 encoded (reserves room itself). */
  text(s: string): void {
    this.reserve(s.length * 3);
    const { written } = enc.encodeInto(s, this.buf.subarray(this.pos));
    this.pos += written;
  }

  /** A whole number in decimal (two digits at a time from a table). */
  int(value: number): void {
    const buf = this.buf;
    let n = value;
    if (n < 0) {
      buf[this.pos++] = 45;
      n = -n;
    }
    if (n < 10) {
      buf[this.pos++] = 48 + n;
      return;
    }
    // count digits, then fill from the right
    let digits = 2;
    while (digits < 16 && n >= POW10[digits]) digits++;
    let p = this.pos + digits;
    this.pos = p;
    while (n >= 100) {
      const q = Math.floor(n / 100);
      const r = (n - q * 100) * 2;
      buf[--p] = DIGIT_PAIRS[r + 1];
      buf[--p] = DIGIT_PAIRS[r];
      n = q;
    }
    if (n >= 10) {
      buf[--p] = DIGIT_PAIRS[n * 2 + 1];
      buf[--p] = DIGIT_PAIRS[n * 2];
    } else {
      buf[--p] = 48 + n;
    }
  }

  /** `%.Nf` of a value known to be a whole number of 10^-N units away from rounding ties (positions, tenths). */
  fixed(v: number, decimals: number, scale: number): void {
    let n = Math.round(v * scale);
    if (n < 0) {
      this.buf[this.pos++] = 45;
      n = -n;
    }
    const int = Math.floor(n / scale);
    this.int(int);
    this.buf[this.pos++] = 46;
    let frac = n - int * scale;
    const buf = this.buf;
    for (let i = this.pos + decimals - 1; i >= this.pos; i--) {
      const q = Math.floor(frac / 10);
      buf[i] = 48 + (frac - q * 10);
      frac = q;
    }
    this.pos += decimals;
  }

  bool(b: boolean): void {
    this.ascii(b ? 'true' : 'false');
  }
}

const A_HEAD = enc.encode('{"class":"AIS","device":"stdin","type":');
const REPEAT = enc.encode(',"repeat":');
const MMSI = enc.encode(',"mmsi":');
const STATUS = enc.encode(',"scaled":true,"status":');
const SPEED = enc.encode(',"speed":');
const ACCURACY = enc.encode(',"accuracy":');
const LON = enc.encode(',"lon":');
const LAT = enc.encode(',"lat":');
const COURSE = enc.encode(',"course":');
const HEADING = enc.encode(',"heading":');
const SECOND = enc.encode(',"second":');
const MANEUVER = enc.encode(',"maneuver":');
const RAIM = enc.encode(',"raim":');
const RADIO = enc.encode(',"radio":');
const B_HEAD = enc.encode('{"class":"AIS","device":"stdin","type":18,"repeat":');
const RESERVED = enc.encode(',"scaled":true,"reserved":');
const REGIONAL = enc.encode(',"regional":');
const CS = enc.encode(',"cs":');
const DISPLAY = enc.encode(',"display":');
const DSC = enc.encode(',"dsc":');
const BAND = enc.encode(',"band":');
const MSG22 = enc.encode(',"msg22":');

/** `,"key":` and `,"key_text":` of every spec entry, pre-encoded. */
const SPEC_KEYS = SPECS.map((spec) => spec.map(([key]) => enc.encode(`,"${key}":`)));
const SPEC_TEXT_KEYS = SPECS.map((spec) => spec.map(([key]) => enc.encode(`,"${key}_text":`)));
/**
 * `,"key_text":"legend"` of every spec entry with a legend, by value, encoded on first use (legends are
 * small codes: status, EPFD, ship type, aid type…), so that no string is built per message.
 */
const SPEC_LEGENDS: Array<Array<Array<Uint8Array | undefined>>> = SPECS.map((spec) => spec.map(() => []));
const LEGEND_CACHE_LIMIT = 1024;
/**
 * ASCII/latin1 text as a plain Uint8Array (not a Buffer: every constant handed to `bytes` must be one
 * kind of array, or V8 deoptimises it).
 */
function latin1(s: string): Uint8Array {
  return Uint8Array.from(Buffer.from(s, 'latin1'));
}

/** `,"key":` of application fields of binary messages, encoded on first use. */
const APP_KEYS = new Map<string, Uint8Array>();
const TRUE = enc.encode('true');
const FALSE = enc.encode('false');

/** A JSON string value (as {@link str} prints it) straight into bytes. */
function stringBytes(out: JsonLineBuffer, v: string): void {
  const n = v.length;
  out.reserve(n + 2);
  const buf = out.buf;
  let p = out.pos;
  buf[p++] = 34;
  for (let i = 0; i < n; i++) {
    const c = v.charCodeAt(i);
    if (c === 34 || c === 92 || c < 32 || c > 126) {
      // rare: escapes or non-ASCII text, by the string route
      out.asciiLong(str(v));
      return;
    }
    buf[p++] = c;
  }
  buf[p++] = 34;
  out.pos = p;
}

const GENERIC_HEAD = enc.encode('{"class":"AIS","device":"stdin","type":');
const SCALED = enc.encode(',"scaled":true');

/** Any message type by its spec, into bytes (same text as {@link toGpsdJson}). */
function genericBytes(msg: DecodedMessage, out: JsonLineBuffer): void {
  const type = msg.type;
  out.reserve(256);
  out.bytes(GENERIC_HEAD);
  out.int(type);
  out.bytes(REPEAT);
  out.int(msg.repeat);
  out.bytes(MMSI);
  out.int(msg.mmsi);
  out.bytes(SCALED);
  const spec = SPECS[type];
  if (spec !== undefined) {
    const keys = SPEC_KEYS[type];
    for (let i = 0; i < spec.length; i++) {
      const entry = spec[i];
      const v = msg[entry[0]];
      if (v === undefined) continue;
      const f = entry[1];
      out.reserve(64);
      if (f === 'i') {
        out.bytes(keys[i]);
        const n = v as number;
        out.int(n);
        const legend = entry[2];
        if (legend !== undefined) {
          if (n >= 0 && n < LEGEND_CACHE_LIMIT && Number.isInteger(n)) {
            const cache = SPEC_LEGENDS[type][i];
            let b = cache[n];
            if (b === undefined) {
              // latin1, as asciiLong writes the same text
              b = latin1(`,"${entry[0]}_text":${str(legend(n))}`);
              cache[n] = b;
            }
            out.reserve(b.length);
            out.bytes(b);
          } else {
            out.bytes(SPEC_TEXT_KEYS[type][i]);
            out.asciiLong(str(legend(n)));
          }
        }
      } else if (f === 'b') {
        out.bytes(keys[i]);
        out.bytes(v ? TRUE : FALSE);
      } else if (f === 's') {
        out.bytes(keys[i]);
        stringBytes(out, v as string);
      } else if (f === 7) {
        out.bytes(keys[i]);
        out.fixed(v as number, 7, 1e7);
      } else if (typeof f === 'number') {
        out.bytes(keys[i]);
        out.ascii((v as number).toFixed(f));
      } else if (f === 'q6') {
        out.bytes(keys[i]);
        out.asciiLong(`"${(v as number).toFixed(6)}"`);
      } else if (f === 'turn') {
        out.bytes(keys[i]);
        out.ascii(gpsdTurn(v as number));
      } else if (f === 'legend') {
        out.bytes(keys[i]);
        out.ascii((entry[2] as (v: number) => string)(v as number));
      } else if (f === 'ts4') {
        const y = v as number;
        out.asciiLong(
          `,"timestamp":"${y < 1000 ? String(y).padStart(4, '0') : y}-${pad2(msg.month as number)}-${pad2(msg.day as number)}T${pad2(msg.hour as number)}:${pad2(msg.minute as number)}:${pad2(msg.second as number)}Z"`,
        );
      } else if (f === 'eta') {
        out.asciiLong(
          `,"eta":"${monthDayTime(v as number, msg.day as number, msg.hour as number, msg.minute as number)}"`,
        );
      } else if (f === 'app') {
        out.bytes(keys[i]);
        out.int(v as number);
        let after = false;
        for (const k in msg) {
          if (after) {
            let key = APP_KEYS.get(k);
            if (key === undefined) {
              key = latin1(`,"${k}":`);
              APP_KEYS.set(k, key);
            }
            out.reserve(key.length + 24);
            out.bytes(key);
            const val = gpsdAppField(msg, k);
            // whole numbers without a fixed format print as String(v) does
            if (typeof val === 'number' && Number.isSafeInteger(val) && APP_DECIMALS[k] === undefined)
              out.int(val);
            else if (typeof val === 'string') stringBytes(out, val);
            else out.asciiLong(appValue(k, val));
          } else if (k === 'fid') after = true;
        }
      }
    }
  }
  out.reserve(2);
  out.ascii('}\n');
}

/** Room one position report needs at most. */
const MAX_POSITION_LINE = 512;

/**
 * A gpsd JSON writer into bytes, with gpsd's type 24 merging; one line per call, each ended by `\n`.
 * Same output as {@link createGpsdWriter} (device "stdin").
 *
 * @example
 * const w = createGpsdByteWriter(); const out = new JsonLineBuffer();
 * for (const m of messages) w.write(m, out);
 * process.stdout.write(out.view());
 */
export function createGpsdByteWriter(): { write(msg: DecodedMessage, out: JsonLineBuffer): boolean } {
  const strings = createGpsdWriter();
  return {
    write(m, out) {
      const t = m.type;
      if (t >= 1 && t <= 3) {
        out.reserve(MAX_POSITION_LINE);
        out.bytes(A_HEAD);
        out.int(t);
        out.bytes(REPEAT);
        out.int(m.repeat);
        out.bytes(MMSI);
        out.int(m.mmsi);
        out.bytes(STATUS);
        const status = m.status as number;
        out.int(status);
        out.bytes(NAV_BYTES[status & 15]);
        out.bytes(TURN_BYTES[((m.turn as number) + 128) & 255]);
        out.bytes(SPEED);
        const speed = m.speed as number;
        if (speed >= 102.2) out.ascii(classASpeedText(speed));
        else out.fixed(speed, 1, 10);
        out.bytes(ACCURACY);
        out.bool(m.accuracy as boolean);
        out.bytes(LON);
        out.fixed(m.lon as number, 7, 1e7);
        out.bytes(LAT);
        out.fixed(m.lat as number, 7, 1e7);
        out.bytes(COURSE);
        out.fixed(m.course as number, 1, 10);
        out.bytes(HEADING);
        out.int(m.heading as number);
        out.bytes(SECOND);
        out.int(m.second as number);
        out.bytes(MANEUVER);
        out.int(m.maneuver as number);
        out.bytes(RAIM);
        out.bool(m.raim as boolean);
        out.bytes(RADIO);
        out.int(m.radio as number);
        out.ascii('}\n');
        return true;
      }
      if (t === 18) {
        out.reserve(MAX_POSITION_LINE);
        out.bytes(B_HEAD);
        out.int(m.repeat);
        out.bytes(MMSI);
        out.int(m.mmsi);
        out.bytes(RESERVED);
        out.int(m.reserved as number);
        out.bytes(SPEED);
        out.fixed(m.speed as number, 1, 10);
        out.bytes(ACCURACY);
        out.bool(m.accuracy as boolean);
        out.bytes(LON);
        out.fixed(m.lon as number, 7, 1e7);
        out.bytes(LAT);
        out.fixed(m.lat as number, 7, 1e7);
        out.bytes(COURSE);
        out.fixed(m.course as number, 1, 10);
        out.bytes(HEADING);
        out.int(m.heading as number);
        out.bytes(SECOND);
        out.int(m.second as number);
        out.bytes(REGIONAL);
        out.int(m.regional as number);
        out.bytes(CS);
        out.bool(m.cs as boolean);
        out.bytes(DISPLAY);
        out.bool(m.display as boolean);
        out.bytes(DSC);
        out.bool(m.dsc as boolean);
        out.bytes(BAND);
        out.bool(m.band as boolean);
        out.bytes(MSG22);
        out.bool(m.msg22 as boolean);
        out.bytes(RAIM);
        out.bool(m.raim as boolean);
        out.bytes(RADIO);
        out.int(m.radio as number);
        out.ascii('}\n');
        return true;
      }
      if (t === 24) {
        // gpsd's part A / part B merging lives in the string writer
        const line = strings.write(m);
        if (line === null) return false;
        out.asciiLong(line);
        out.reserve(1);
        out.buf[out.pos++] = 10;
        return true;
      }
      genericBytes(m, out);
      return true;
    },
  };
}
