/**
 * A small AIVDM encoder for synthetic logs: class A position reports (types 1–3) and static and voyage
 * data (type 5), with an optional NMEA 4.10 tag block carrying the receive time (`c:`).
 */

const SIXBIT_TEXT = '@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_ !"#$%&\'()*+,-./0123456789:;<=>?';

/** Fields of a class A position report; omitted ones take the ITU "not available" / default value. */
export interface PositionReportFields {
  /** 1, 2 or 3 (default 1). */
  type?: 1 | 2 | 3;
  repeat?: number;
  mmsi: number;
  /** Navigational status 0–15 (default 15, not defined). */
  status?: number;
  /** Raw ROT_AIS −128…127 (default −128, not available). */
  turn?: number;
  /** Knots; null or omitted → not available (102.3). */
  speedKnots?: number | null;
  accuracy?: boolean;
  /** Degrees; null or omitted → 181 (not available). */
  lon?: number | null;
  /** Degrees; null or omitted → 91 (not available). */
  lat?: number | null;
  /** Degrees; null or omitted → 360 (not available). */
  courseDeg?: number | null;
  /** Degrees 0–359; null or omitted → 511 (not available). */
  heading?: number | null;
  /** UTC second of the fix (default 60, not available). */
  second?: number;
  maneuver?: number;
  raim?: boolean;
  radio?: number;
}

/** Fields of a type 5 static and voyage related data message. */
export interface StaticVoyageFields {
  repeat?: number;
  mmsi: number;
  aisVersion?: number;
  imo?: number;
  callsign?: string;
  shipname?: string;
  /** Ship and cargo type (ITU-R M.1371 table 53), e.g. 33 dredging. */
  shiptype?: number;
  toBow?: number;
  toStern?: number;
  toPort?: number;
  toStarboard?: number;
  epfd?: number;
  /** Estimated time of arrival (UTC month 1–12, day, hour, minute); omitted → not available. */
  eta?: { month: number; day: number; hour: number; minute: number };
  /** Maximum present static draught in metres (0.1 m resolution). */
  draughtM?: number;
  destination?: string;
  /** Data terminal ready: false (available) by default. */
  dte?: boolean;
}

/** Options of the encoders. */
export interface EncodeOptions {
  /** Radio channel, `A` (default) or `B`. */
  channel?: 'A' | 'B';
  /** Talker and sentence, default `AIVDM`. */
  sentence?: 'AIVDM' | 'AIVDO';
  /** Adds a tag block with `c:` = this time (Unix seconds, rounded down) before the (first) sentence. */
  timeMs?: number;
  /** Sequential message id for multi-sentence messages (0–9, default 1). */
  sequenceId?: number;
}

class BitWriter {
  readonly bits: Uint8Array;
  constructor(readonly length: number) {
    this.bits = new Uint8Array(length);
  }
  /** Writes `value` (two's complement when negative) on `len` bits from `start`. */
  put(start: number, len: number, value: number): void {
    let v = Math.round(value);
    if (v < 0) v += 2 ** len;
    for (let i = len - 1; i >= 0; i--) {
      this.bits[start + i] = v % 2;
      v = Math.floor(v / 2);
    }
  }
  text(start: number, chars: number, s: string): void {
    const upper = s.toUpperCase();
    for (let i = 0; i < chars; i++) {
      const idx = i < upper.length ? SIXBIT_TEXT.indexOf(upper[i]) : 0;
      this.put(start + 6 * i, 6, idx < 0 ? SIXBIT_TEXT.indexOf('?') : idx);
    }
  }
  /** The armoured payload and its fill bit count. */
  armour(): { payload: string; fill: number } {
    const chars = Math.ceil(this.length / 6);
    let payload = '';
    for (let c = 0; c < chars; c++) {
      let v = 0;
      for (let b = 0; b < 6; b++) {
        const i = c * 6 + b;
        v = v * 2 + (i < this.length ? this.bits[i] : 0);
      }
      payload += String.fromCharCode(v < 40 ? v + 48 : v + 56);
    }
    return { payload, fill: chars * 6 - this.length };
  }
}

/** NMEA checksum: XOR of the characters, as two upper-case hex digits. */
export function nmeaChecksum(body: string): string {
  let sum = 0;
  for (let i = 0; i < body.length; i++) sum ^= body.charCodeAt(i);
  return sum.toString(16).toUpperCase().padStart(2, '0');
}

function tagBlock(timeMs: number | undefined): string {
  if (timeMs === undefined) return '';
  const body = `c:${Math.floor(timeMs / 1000)}`;
  return `\\${body}*${nmeaChecksum(body)}\\`;
}

function sentences(w: BitWriter, options: EncodeOptions): string[] {
  const { payload, fill } = w.armour();
  const channel = options.channel ?? 'A';
  const name = options.sentence ?? 'AIVDM';
  const parts: string[] = [];
  for (let i = 0; i < payload.length; i += 60) parts.push(payload.slice(i, i + 60));
  const seq = parts.length > 1 ? String(options.sequenceId ?? 1) : '';
  return parts.map((part, i) => {
    const body = `${name},${parts.length},${i + 1},${seq},${channel},${part},${i === parts.length - 1 ? fill : 0}`;
    return `${i === 0 ? tagBlock(options.timeMs) : ''}!${body}*${nmeaChecksum(body)}`;
  });
}

function orNa(v: number | null | undefined, scale: number, na: number): number {
  return v === null || v === undefined || Number.isNaN(v) ? na : Math.round(v * scale);
}

/**
 * Encodes a class A position report as one `!AIVDM` sentence (with a tag block when `timeMs` is given).
 *
 * @example
 * encodePositionReport({ mmsi: 244123456, lon: 4.25, lat: 51.9, speedKnots: 3.2, courseDeg: 90, heading: 88 },
 *   { timeMs: Date.UTC(2024, 0, 1) })
 * // → '\\c:1704067200*5A\\!AIVDM,1,1,,A,…,0*hh'
 */
export function encodePositionReport(fields: PositionReportFields, options: EncodeOptions = {}): string {
  const w = new BitWriter(168);
  w.put(0, 6, fields.type ?? 1);
  w.put(6, 2, fields.repeat ?? 0);
  w.put(8, 30, fields.mmsi);
  w.put(38, 4, fields.status ?? 15);
  w.put(42, 8, fields.turn ?? -128);
  w.put(50, 10, Math.min(orNa(fields.speedKnots, 10, 1023), 1023));
  w.put(60, 1, fields.accuracy ? 1 : 0);
  w.put(61, 28, orNa(fields.lon, 600000, 181 * 600000));
  w.put(89, 27, orNa(fields.lat, 600000, 91 * 600000));
  w.put(116, 12, orNa(fields.courseDeg, 10, 3600));
  w.put(128, 9, orNa(fields.heading, 1, 511));
  w.put(137, 6, fields.second ?? 60);
  w.put(143, 2, fields.maneuver ?? 0);
  w.put(148, 1, fields.raim ? 1 : 0);
  w.put(149, 19, fields.radio ?? 0);
  return sentences(w, options)[0];
}

/**
 * Encodes type 5 static and voyage related data (424 bits) as two `!AIVDM` sentences.
 *
 * @example
 * encodeStaticVoyage({ mmsi: 244123456, shipname: 'HAM 318', shiptype: 33, toBow: 60, toStern: 20 })
 */
export function encodeStaticVoyage(fields: StaticVoyageFields, options: EncodeOptions = {}): string[] {
  const w = new BitWriter(424);
  w.put(0, 6, 5);
  w.put(6, 2, fields.repeat ?? 0);
  w.put(8, 30, fields.mmsi);
  w.put(38, 2, fields.aisVersion ?? 0);
  w.put(40, 30, fields.imo ?? 0);
  w.text(70, 7, fields.callsign ?? '');
  w.text(112, 20, fields.shipname ?? '');
  w.put(232, 8, fields.shiptype ?? 0);
  w.put(240, 9, fields.toBow ?? 0);
  w.put(249, 9, fields.toStern ?? 0);
  w.put(258, 6, fields.toPort ?? 0);
  w.put(264, 6, fields.toStarboard ?? 0);
  w.put(270, 4, fields.epfd ?? 0);
  const eta = fields.eta ?? { month: 0, day: 0, hour: 24, minute: 60 };
  w.put(274, 4, eta.month);
  w.put(278, 5, eta.day);
  w.put(283, 5, eta.hour);
  w.put(288, 6, eta.minute);
  w.put(294, 8, Math.min(255, Math.round((fields.draughtM ?? 0) * 10)));
  w.text(302, 20, fields.destination ?? '');
  w.put(422, 1, fields.dte ? 1 : 0);
  return sentences(w, options);
}

/**
 * Encodes any message from its bit fields (`[start, length, value]`, values two's complement when
 * negative; `text` fields as `[start, chars, 'TEXT']`) into `!AIVDM` sentences: for tests and synthetic logs
 * of message types the dedicated encoders do not cover.
 *
 * @example encodeFields(168, [[0, 6, 9], [8, 30, 111232511], [38, 12, 4094]]) // a type 9 at "high" altitude
 */
export function encodeFields(
  bitLength: number,
  fields: readonly (readonly [number, number, number | string])[],
  options: EncodeOptions = {},
): string[] {
  const w = new BitWriter(bitLength);
  for (const [start, len, value] of fields) {
    if (typeof value === 'string') w.text(start, len, value);
    else w.put(start, len, value);
  }
  return sentences(w, options);
}
