/**
 * NMEA 0183 line framing for AIS: NMEA 4.10 tag blocks, `!xxVDM`/`!xxVDO` sentences, checksums,
 * Gatehouse `$PGHP` lines and provider suffixes after the checksum. Works on bytes (no strings, no regex).
 */
import type { RejectReason } from './types.ts';

/** What kind of line {@link parseLine} found. */
export const LineKind = {
  /** An AIS sentence (fields in the {@link ParsedLine}). */
  ais: 0,
  /** Empty line or `#` comment. */
  blank: 1,
  /** Gatehouse `$PGHP` timestamp line (time in `gatehouseMs`). */
  gatehouse: 2,
  /** Rejected (reason in `reason`). */
  rejected: 3,
} as const;

/** The parsed fields of one line; one instance is reused for every line. */
export class ParsedLine {
  kind = 0;
  reason: RejectReason = 'malformed';
  fragmentCount = 0;
  fragmentNumber = 0;
  /** Sequential message id, -1 when empty. */
  sequenceId = -1;
  /** Channel byte (`A`, `B`, `1`, `2`…), 0 when empty. */
  channel = 0;
  payloadStart = 0;
  payloadEnd = 0;
  fillBits = 0;
  /** Time from the tag block `c:` or the provider suffix (ms), null when absent. */
  timeMs: number | null = null;
  /** Tag block group id (`g:` third number), -1 when absent. */
  groupId = -1;
  /** Time carried by a `$PGHP` line (ms). */
  gatehouseMs = 0;
  /** Set when a tag block was present but broken (and therefore ignored). */
  tagBlockError: 'bad_checksum' | 'malformed' | null = null;
  /**
   * Accept only the talkers gpsd's packet lexer accepts (gpsd/packet.c, AIS states): `!A` followed by one of
   * B D I N R S T X, `!BS` and `!SA`. Other talkers (e.g. `!BY`) are valid NMEA, but gpsd drops them.
   */
  gpsdTalkersOnly = false;

  reset(): void {
    this.tagBlockError = null;
    this.sequenceId = -1;
    this.channel = 0;
    this.timeMs = null;
    this.groupId = -1;
  }
}

function hexValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 65 && c <= 70) return c - 55;
  if (c >= 97 && c <= 102) return c - 87;
  return -1;
}

/** Parses an unsigned decimal in `buf[start..end)`; -1 when empty or not all digits. */
function parseUint(buf: Uint8Array, start: number, end: number): number {
  if (end <= start || end - start > 15) return -1;
  let v = 0;
  for (let i = start; i < end; i++) {
    const d = buf[i] - 48;
    if (d < 0 || d > 9) return -1;
    v = v * 10 + d;
  }
  return v;
}

/** Unix time (seconds, or milliseconds when 13+ digits) → ms. */
function unixToMs(v: number): number {
  return v >= 1e12 ? v : v * 1000;
}

const REJECT = LineKind.rejected;
/** Positions of the first commas of the sentence being parsed (reused). */
const COMMAS = new Int32Array(8);

function reject(out: ParsedLine, reason: RejectReason): number {
  out.kind = REJECT;
  out.reason = reason;
  return REJECT;
}

/**
 * Parses the tag block `\…*hh\` starting at `start` (the first backslash). Returns the index just past
 * the closing backslash, or -1 when there is none. A tag block whose checksum is wrong or missing is
 * skipped (no time, no group) and flagged in `out.tagBlockError`, as gpsd ignores it and decodes the sentence.
 */
function parseTagBlock(buf: Uint8Array, start: number, end: number, out: ParsedLine): number {
  let close = -1;
  for (let i = start + 1; i < end; i++) {
    if (buf[i] === 92) {
      close = i;
      break;
    }
  }
  if (close < 0) return -1;
  let sum = 0;
  let star = -1;
  for (let i = start + 1; i < close; i++) {
    const c = buf[i];
    if (c === 42) {
      star = i;
      break;
    }
    sum ^= c;
  }
  const h1 = star < 0 || star + 3 !== close ? -1 : hexValue(buf[star + 1]);
  const h2 = h1 < 0 ? -1 : hexValue(buf[star + 2]);
  if (h2 < 0) {
    out.tagBlockError = 'malformed';
    return close + 1;
  }
  if (((h1 << 4) | h2) !== sum) {
    out.tagBlockError = 'bad_checksum';
    return close + 1;
  }
  // fields: key:value separated by commas
  let f = start + 1;
  while (f < star) {
    let e = f;
    while (e < star && buf[e] !== 44) e++;
    if (e - f >= 3 && buf[f + 1] === 58) {
      const key = buf[f];
      if (key === 99) {
        // c: unix time, possibly with a fraction
        let dot = f + 2;
        while (dot < e && buf[dot] !== 46) dot++;
        const v = parseUint(buf, f + 2, dot);
        if (v >= 0) out.timeMs = unixToMs(v);
      } else if (key === 103) {
        // g: sentence-group-id
        let last = e - 1;
        while (last > f + 2 && buf[last] !== 45) last--;
        const id = parseUint(buf, last + 1, e);
        if (id >= 0) out.groupId = id;
      }
    }
    f = e + 1;
  }
  return close + 1;
}

/** Parses a Gatehouse `$PGHP,1,yyyy,mm,dd,hh,mm,ss,ms,…` line; returns ms or -1. */
function parseGatehouse(buf: Uint8Array, start: number, star: number): number {
  const values = [0, 0, 0, 0, 0, 0, 0, 0];
  let f = start + 6; // past "$PGHP,"
  for (let k = 0; k < 8; k++) {
    let e = f;
    while (e < star && buf[e] !== 44) e++;
    const v = parseUint(buf, f, e);
    if (v < 0 || e >= star) return -1;
    values[k] = v;
    f = e + 1;
  }
  if (values[0] !== 1) return -1;
  const [, year, month, day, hour, minute, second, ms] = values;
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 60) return -1;
  return Date.UTC(year, month - 1, day, hour, minute, second, ms);
}

/** The longest AIS sentence gpsd takes, line end included (its field copy buffer holds 199 bytes). */
const GPSD_MAX_SENTENCE_BYTES = 199;

/** gpsd's AIS talkers: !AB !AD !AI !AN !AR !AS !AT !AX, !BS, !SA (gpsd/packet.c). */
function isGpsdTalker(c1: number, c2: number): boolean {
  if (c1 === 65)
    return (
      c2 === 66 || c2 === 68 || c2 === 73 || c2 === 78 || c2 === 82 || c2 === 83 || c2 === 84 || c2 === 88
    );
  return (c1 === 66 && c2 === 83) || (c1 === 83 && c2 === 65);
}

/**
 * Parses one line `buf[start..end)` (no line terminator needed; trailing whitespace is ignored).
 * Fills `out` and returns its kind ({@link LineKind}).
 */
export function parseLine(buf: Uint8Array, start: number, end: number, out: ParsedLine): number {
  out.reset();
  const rawEnd = end;
  while (end > start && buf[end - 1] <= 32) end--;
  while (start < end && buf[start] <= 32) start++;
  if (start === end || buf[start] === 35) {
    out.kind = LineKind.blank;
    return LineKind.blank;
  }
  let s = start;
  if (buf[s] === 92) {
    const after = parseTagBlock(buf, s, end, out);
    if (after < 0) return reject(out, 'malformed');
    s = after;
    if (s >= end) return reject(out, 'malformed');
  }
  const lead = buf[s];
  if (lead !== 33 && lead !== 36) return reject(out, 'malformed');
  // find the checksum star and compute the XOR of the bytes between the lead character and it
  // (and note where the first commas are, so the fields need no second pass)
  let sum = 0;
  let star = -1;
  let commas = 0;
  for (let i = s + 1; i < end; i++) {
    const c = buf[i];
    if (c === 42) {
      star = i;
      break;
    }
    if (c === 44 && commas < 8) COMMAS[commas++] = i;
    sum ^= c;
  }
  if (lead === 36) {
    // $PGHP Gatehouse wrapper; any other $ sentence is not AIS
    if (
      end - s > 6 &&
      buf[s + 1] === 80 &&
      buf[s + 2] === 71 &&
      buf[s + 3] === 72 &&
      buf[s + 4] === 80 &&
      buf[s + 5] === 44
    ) {
      if (star < 0 || star + 2 >= end) return reject(out, 'malformed');
      const h1 = hexValue(buf[star + 1]);
      const h2 = hexValue(buf[star + 2]);
      if (h1 < 0 || h2 < 0) return reject(out, 'malformed');
      if (((h1 << 4) | h2) !== sum) return reject(out, 'bad_checksum');
      const ms = parseGatehouse(buf, s, star);
      if (ms < 0) return reject(out, 'malformed');
      out.gatehouseMs = ms;
      out.kind = LineKind.gatehouse;
      return LineKind.gatehouse;
    }
    return reject(out, 'non_ais_sentence');
  }
  // !ccVDM / !ccVDO
  if (end - s < 6 || buf[s + 3] !== 86 || buf[s + 4] !== 68 || (buf[s + 5] !== 77 && buf[s + 5] !== 79)) {
    return reject(out, 'non_ais_sentence');
  }
  if (out.gpsdTalkersOnly) {
    if (!isGpsdTalker(buf[s + 1], buf[s + 2])) return reject(out, 'non_ais_sentence');
    // gpsd discards a sentence of more than 199 bytes with its line end (drivers/drivers.c, "overlong
    // AIVDM packet"); provider suffixes after the checksum count too
    if (rawEnd - s + 1 > GPSD_MAX_SENTENCE_BYTES) return reject(out, 'malformed');
  }
  // an AIS sentence cut right after its name
  if (end - s < 7 || buf[s + 6] !== 44) return reject(out, 'malformed');
  if (star < 0 || star + 2 >= end) return reject(out, 'malformed');
  const h1 = hexValue(buf[star + 1]);
  const h2 = hexValue(buf[star + 2]);
  if (h1 < 0 || h2 < 0) return reject(out, 'malformed');
  const checksumOk = ((h1 << 4) | h2) === sum;

  // fields after "!AIVDM,": count, number, sequence id, channel, payload, fill bits (six commas in all)
  if (commas !== 6) return reject(out, 'malformed');
  const c1 = COMMAS[1];
  const c2 = COMMAS[2];
  const c3 = COMMAS[3];
  const c4 = COMMAS[4];
  const c5 = COMMAS[5];
  if (c1 - s !== 8 || c2 - c1 !== 2) return reject(out, 'malformed');
  const count = buf[s + 7] - 48;
  const num = buf[c1 + 1] - 48;
  if (count < 1 || count > 9 || num < 1 || num > count) return reject(out, 'malformed');
  if (c3 > c2 + 1) {
    const id = parseUint(buf, c2 + 1, c3);
    if (id < 0 || id > 9) return reject(out, 'malformed');
    out.sequenceId = id;
  }
  if (c4 - c3 > 2) return reject(out, 'malformed');
  out.channel = c4 > c3 + 1 ? buf[c3 + 1] : 0;
  out.payloadStart = c4 + 1;
  out.payloadEnd = c5;
  if (star - c5 !== 2) return reject(out, 'malformed');
  const fill = buf[c5 + 1] - 48;
  if (fill < 0 || fill > 5) return reject(out, 'malformed');
  if (!checksumOk) return reject(out, 'bad_checksum');
  out.fillBits = fill;
  out.fragmentCount = count;
  out.fragmentNumber = num;
  // provider suffix after the checksum: ",d-109,S2105,t050056.00,T56.137,r003669946,1325394060"
  if (out.timeMs === null && star + 3 < end && buf[star + 3] === 44) {
    let i = end - 1;
    while (i > star + 3 && buf[i] !== 44) i--;
    const v = parseUint(buf, i + 1, end);
    // a Unix time in seconds (≥ 1973) or milliseconds; shorter numbers are other provider fields
    if (v >= 1e8) out.timeMs = unixToMs(v);
  }
  out.kind = LineKind.ais;
  return LineKind.ais;
}
