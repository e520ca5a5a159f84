/**
 * gpsd JSON of some non-position messages written straight from the payload bits, with no message object:
 * type 5 (static and voyage data), 24 (class B static data, with gpsd's part A / part B merging), 15
 * (interrogation), 20 (data link management), 21 (aid-to-navigation report) and the safety texts 12 and
 * 14. Same
 * text as decoding the message and printing it with {@link createGpsdWriter}; used by the fast gpsd path
 * (`gpsd-fast.ts`), for single- and multi-sentence messages alike.
 */
import type { PayloadBits } from './bits.ts';
import type { JsonLineBuffer } from './gpsd-bytes.ts';
import { str } from './gpsd-json.ts';
import { epfdText, navaidTypeText, shipTypeText } from './legends.ts';

const enc = new TextEncoder();
/** ASCII/latin1 text as a plain Uint8Array (one array kind for every constant handed to `bytes`). */
function latin1(s: string): Uint8Array {
  return Uint8Array.from(Buffer.from(s, 'latin1'));
}

/** `{…"type":T,"repeat":R,"mmsi":` for type 5 (index R), 24 (4+R), 15 (8+R), 20 (12+R), 21 (16+R), 12 (20+R), 14 (24+R). */
const HEAD = [5, 24, 15, 20, 21, 12, 14].flatMap((t) =>
  [0, 1, 2, 3].map((r) => enc.encode(`{"class":"AIS","device":"stdin","type":${t},"repeat":${r},"mmsi":`)),
);
const IMO = enc.encode(',"scaled":true,"imo":');
const AIS_VERSION = enc.encode(',"ais_version":');
const CALLSIGN = enc.encode(',"callsign":');
const SHIPNAME = enc.encode(',"shipname":');
const SCALED_SHIPNAME = enc.encode(',"scaled":true,"shipname":');
const SHIPTYPE = enc.encode(',"shiptype":');
/** `,"shiptype_text":"…"` of every ship type code (8 bits), as the generic writer prints it. */
const SHIPTYPE_TEXT = Array.from({ length: 256 }, (_, i) =>
  latin1(`,"shiptype_text":${str(shipTypeText(i))}`),
);
const TO_BOW = enc.encode(',"to_bow":');
const TO_STERN = enc.encode(',"to_stern":');
const TO_PORT = enc.encode(',"to_port":');
const TO_STARBOARD = enc.encode(',"to_starboard":');
const EPFD = enc.encode(',"epfd":');
/** `,"epfd_text":"…"` of every EPFD code (4 bits). */
const EPFD_TEXT = Array.from({ length: 16 }, (_, i) => latin1(`,"epfd_text":${str(epfdText(i))}`));
const ETA = enc.encode(',"eta":"');
const DRAUGHT = enc.encode('Z","draught":');
const DESTINATION = enc.encode(',"destination":');
const DTE = enc.encode(',"dte":');
const VENDORID = enc.encode(',"vendorid":');
const MODEL = enc.encode(',"model":');
const SERIAL = enc.encode(',"serial":');
const MOTHERSHIP = enc.encode(',"mothership_mmsi":');
const END = enc.encode('}\n');
/** `,"scaled":true,"mmsi1":` then `,"key":` of the other type 15 fields. */
const KEYS_15 = [
  'mmsi1',
  'type1_1',
  'offset1_1',
  'type1_2',
  'offset1_2',
  'mmsi2',
  'type2_1',
  'offset2_1',
].map((k, i) => enc.encode(i === 0 ? `,"scaled":true,"${k}":` : `,"${k}":`));
const SEQNO = enc.encode(',"scaled":true,"seqno":');
const DEST_MMSI = enc.encode(',"dest_mmsi":');
const RETRANSMIT_TRUE_TEXT = enc.encode(',"retransmit":true,"text":');
const RETRANSMIT_FALSE_TEXT = enc.encode(',"retransmit":false,"text":');
const SCALED_TEXT = enc.encode(',"scaled":true,"text":');
/** Characters of six-bit text the object decoder reads at most (its character buffer). */
const MAX_TEXT_CHARS = 128;
const AID_TYPE = enc.encode(',"scaled":true,"aid_type":');
/** `,"aid_type_text":"…","name":` of every aid type (5 bits). */
const AID_TYPE_TEXT_NAME = Array.from({ length: 32 }, (_, i) =>
  latin1(`,"aid_type_text":${str(navaidTypeText(i))},"name":`),
);
const LON = enc.encode(',"lon":');
const LAT = enc.encode(',"lat":');
const ACCURACY_TRUE_TO_BOW = enc.encode(',"accuracy":true,"to_bow":');
const ACCURACY_FALSE_TO_BOW = enc.encode(',"accuracy":false,"to_bow":');
const SECOND = enc.encode(',"second":');
const REGIONAL = enc.encode(',"regional":');
/** `,"off_position":O,"raim":R,"virtual_aid":V` (index O×4+R×2+V). */
const FLAGS_21 = Array.from({ length: 8 }, (_, i) => {
  const b = (bit: number) => ((i >> bit) & 1 ? 'true' : 'false');
  return enc.encode(`,"off_position":${b(2)},"raim":${b(1)},"virtual_aid":${b(0)}`);
});
/** `,"key":` of the 16 type 20 fields (the first with `,"scaled":true`). */
const KEYS_20 = [1, 2, 3, 4]
  .flatMap((k) => [`offset${k}`, `number${k}`, `timeout${k}`, `increment${k}`])
  .map((k, i) => enc.encode(i === 0 ? `,"scaled":true,"${k}":` : `,"${k}":`));

/** Six-bit character codes (gpsd's table). */
const SIXBIT = Uint8Array.from(
  Buffer.from('@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_ !"#$%&\'()*+,-./0123456789:;<=>?', 'latin1'),
);

const PAIRS = new Uint8Array(200);
for (let i = 0; i < 100; i++) {
  PAIRS[i * 2] = 48 + Math.floor(i / 10);
  PAIRS[i * 2 + 1] = 48 + (i % 10);
}

/** `%02d` of 0–99. */
function pad2(out: JsonLineBuffer, n: number): void {
  out.buf[out.pos++] = PAIRS[n * 2];
  out.buf[out.pos++] = PAIRS[n * 2 + 1];
}

/**
 * Six-bit text of `count` characters from bit `start` as a JSON string, into `buf` at `p`: stopped at the
 * first `@`, trailing spaces removed, `"` and `\` escaped (what `str(bits.text(start, count))` prints).
 * Returns the position after the closing quote. Needs room for 2 × count + 2 bytes.
 */
function sixbitString(buf: Uint8Array, p: number, bits: PayloadBits, start: number, count: number): number {
  buf[p++] = 34;
  let end = p;
  for (let i = 0; i < count; i++) {
    const v = bits.u(start + 6 * i, 6);
    if (v === 0) break;
    const c = SIXBIT[v];
    if (c === 34 || c === 92) buf[p++] = 92;
    buf[p++] = c;
    if (c !== 32) end = p;
  }
  buf[end] = 34;
  return end + 1;
}

/** `%.1f` of a whole number of tenths, from the integer. */
function tenths(out: JsonLineBuffer, raw: number): void {
  const int = Math.floor(raw / 10);
  out.int(int);
  out.buf[out.pos++] = 46;
  out.buf[out.pos++] = 48 + (raw - int * 10);
}

/** Room one line needs at most (type 5: some 200 bytes of keys, 94 characters of text, legends). */
const MAX_LINE = 1024;

/**
 * Writes type 5 and 24 messages from their payload bits as gpsd JSON lines, keeping gpsd's type 24
 * state: the names of the last 8 part A messages; a part B prints merged with a matching part A's name,
 * an unmatched part B and any part A print nothing (as {@link createGpsdWriter}).
 */
export class GpsdStaticWriter {
  // gpsd keeps one queue of 8 part A names per channel context (A, B): slots 0–7 and 8–15 here
  private readonly mmsis = new Array<number>(16).fill(0);
  /** Part A names as JSON string bytes (quotes included), 16 slots of at most 42 bytes. */
  private readonly names = new Uint8Array(16 * 48);
  private readonly nameLengths = new Uint8Array(16);
  private readonly index = [0, 0];

  constructor() {
    // an empty slot holds mmsi 0 and the name "" (a part B of MMSI 0 matches it, as with gpsd)
    for (let i = 0; i < 16; i++) {
      this.names[i * 48] = 34;
      this.names[i * 48 + 1] = 34;
      this.nameLengths[i] = 2;
    }
  }

  /**
   * Writes the message in `bits`, of type 5, 12, 14, 15, 20, 21 or 24, already checked to decode (type, part and length as
   * the decoder checks them). Returns false when nothing was printed (a type 24 part A or unmatched part B).
   */
  write(bits: PayloadBits, type: number, out: JsonLineBuffer, channel = 0): boolean {
    if (type === 5) {
      writeType5(bits, out);
      return true;
    }
    if (type === 15) {
      writeType15(bits, out);
      return true;
    }
    if (type === 20) {
      writeType20(bits, out);
      return true;
    }
    if (type === 21) {
      writeType21(bits, out);
      return true;
    }
    if (type === 12 || type === 14) {
      writeText(bits, type, out);
      return true;
    }
    const mmsi = bits.u(8, 30);
    const base = channel === 1 ? 8 : 0;
    if (bits.u(38, 2) === 0) {
      const slot = base + this.index[base >> 3];
      this.mmsis[slot] = mmsi;
      this.nameLengths[slot] = sixbitString(this.names, slot * 48, bits, 40, 20) - slot * 48;
      this.index[base >> 3] = (slot + 1) & 7;
      return false;
    }
    for (let i = base; i < base + 8; i++) {
      if (this.mmsis[i] === mmsi) {
        this.mmsis[i] = 0;
        writeType24B(bits, mmsi, this.names, i * 48, this.nameLengths[i], out);
        return true;
      }
    }
    return false;
  }
}

function writeType5(bits: PayloadBits, out: JsonLineBuffer): void {
  out.reserve(MAX_LINE);
  out.bytes(HEAD[bits.u(6, 2)]);
  out.int(bits.u(8, 30));
  out.bytes(IMO);
  out.int(bits.u(40, 30));
  out.bytes(AIS_VERSION);
  out.int(bits.u(38, 2));
  out.bytes(CALLSIGN);
  out.pos = sixbitString(out.buf, out.pos, bits, 70, 7);
  out.bytes(SHIPNAME);
  out.pos = sixbitString(out.buf, out.pos, bits, 112, 20);
  out.bytes(SHIPTYPE);
  const shiptype = bits.u(232, 8);
  out.int(shiptype);
  out.bytes(SHIPTYPE_TEXT[shiptype]);
  out.bytes(TO_BOW);
  out.int(bits.u(240, 9));
  out.bytes(TO_STERN);
  out.int(bits.u(249, 9));
  out.bytes(TO_PORT);
  out.int(bits.u(258, 6));
  out.bytes(TO_STARBOARD);
  out.int(bits.u(264, 6));
  out.bytes(EPFD);
  const epfd = bits.u(270, 4);
  out.int(epfd);
  out.bytes(EPFD_TEXT[epfd]);
  out.bytes(ETA);
  pad2(out, bits.u(274, 4));
  out.buf[out.pos++] = 45;
  pad2(out, bits.u(278, 5));
  out.buf[out.pos++] = 84;
  pad2(out, bits.u(283, 5));
  out.buf[out.pos++] = 58;
  pad2(out, bits.u(288, 6));
  out.bytes(DRAUGHT);
  tenths(out, bits.u(294, 8));
  out.bytes(DESTINATION);
  out.pos = sixbitString(out.buf, out.pos, bits, 302, 20);
  out.bytes(DTE);
  out.int(bits.bitLength >= 423 ? bits.u(422, 1) : 0);
  out.bytes(END);
}

/** A type 24 part B merged with the name of its part A (`names[from..from+length)`, JSON string bytes). */
function writeType24B(
  bits: PayloadBits,
  mmsi: number,
  names: Uint8Array,
  from: number,
  length: number,
  out: JsonLineBuffer,
): void {
  out.reserve(MAX_LINE);
  out.bytes(HEAD[4 + bits.u(6, 2)]);
  out.int(mmsi);
  out.bytes(SCALED_SHIPNAME);
  const buf = out.buf;
  let p = out.pos;
  for (let i = from; i < from + length; i++) buf[p++] = names[i];
  out.pos = p;
  out.bytes(SHIPTYPE);
  const shiptype = bits.u(40, 8);
  out.int(shiptype);
  out.bytes(SHIPTYPE_TEXT[shiptype]);
  out.bytes(VENDORID);
  out.pos = sixbitString(out.buf, out.pos, bits, 48, 7);
  out.bytes(MODEL);
  out.int(bits.u(66, 4));
  out.bytes(SERIAL);
  out.int(bits.u(70, 20));
  out.bytes(CALLSIGN);
  out.pos = sixbitString(out.buf, out.pos, bits, 90, 7);
  // auxiliary craft (MMSI 98XXXYYYY) carry their mothership's MMSI instead of dimensions
  if (mmsi >= 980000000 && mmsi < 990000000) {
    out.bytes(MOTHERSHIP);
    out.int(bits.u(132, 30));
  } else {
    out.bytes(TO_BOW);
    out.int(bits.u(132, 9));
    out.bytes(TO_STERN);
    out.int(bits.u(141, 9));
    out.bytes(TO_PORT);
    out.int(bits.u(150, 6));
    out.bytes(TO_STARBOARD);
    out.int(bits.u(156, 6));
  }
  out.bytes(END);
}

/** Type 15 (interrogation): the second and third requests read as 0 when the message is too short for them. */
function writeType15(bits: PayloadBits, out: JsonLineBuffer): void {
  out.reserve(MAX_LINE);
  const len = bits.bitLength;
  out.bytes(HEAD[8 + bits.u(6, 2)]);
  out.int(bits.u(8, 30));
  out.bytes(KEYS_15[0]);
  out.int(bits.u(40, 30));
  out.bytes(KEYS_15[1]);
  out.int(bits.u(70, 6));
  out.bytes(KEYS_15[2]);
  out.int(bits.u(76, 12));
  out.bytes(KEYS_15[3]);
  out.int(len > 90 ? bits.u(90, 6) : 0);
  out.bytes(KEYS_15[4]);
  out.int(len > 90 ? bits.u(96, 12) : 0);
  out.bytes(KEYS_15[5]);
  out.int(len > 110 ? bits.u(110, 30) : 0);
  out.bytes(KEYS_15[6]);
  out.int(len > 110 ? bits.u(140, 6) : 0);
  out.bytes(KEYS_15[7]);
  out.int(len > 110 ? bits.u(146, 12) : 0);
  out.bytes(END);
}

/** Type 20 (data link management): four slot reservations of 30 bits each. */
function writeType20(bits: PayloadBits, out: JsonLineBuffer): void {
  out.reserve(MAX_LINE);
  out.bytes(HEAD[12 + bits.u(6, 2)]);
  out.int(bits.u(8, 30));
  for (let k = 0; k < 4; k++) {
    const a = 40 + 30 * k;
    out.bytes(KEYS_20[k * 4]);
    out.int(bits.u(a, 12));
    out.bytes(KEYS_20[k * 4 + 1]);
    out.int(bits.u(a + 12, 4));
    out.bytes(KEYS_20[k * 4 + 2]);
    out.int(bits.u(a + 16, 3));
    out.bytes(KEYS_20[k * 4 + 3]);
    out.int(bits.u(a + 19, 11));
  }
  out.bytes(END);
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
  const p = out.pos;
  buf[p] = 46;
  let frac = n - int * 1e7;
  for (let i = p + 7; i > p; i--) {
    const q = Math.floor(frac / 10);
    buf[i] = 48 + (frac - q * 10);
    frac = q;
  }
  out.pos = p + 8;
}

/**
 * Type 21 (aid-to-navigation report). The name: 20 characters stopped at `@`; when all 20 are there,
 * the extension (from bit 272 to the end, in whole characters, stopped at `@`) follows; then trailing
 * spaces are removed (what the object decoder does).
 */
function writeType21(bits: PayloadBits, out: JsonLineBuffer): void {
  out.reserve(MAX_LINE);
  const len = bits.bitLength;
  out.bytes(HEAD[16 + bits.u(6, 2)]);
  out.int(bits.u(8, 30));
  out.bytes(AID_TYPE);
  const aidType = bits.u(38, 5);
  out.int(aidType);
  out.bytes(AID_TYPE_TEXT_NAME[aidType]);
  const buf = out.buf;
  let p = out.pos;
  buf[p++] = 34;
  let end = p;
  let n = 0;
  for (; n < 20; n++) {
    const v = bits.u(43 + 6 * n, 6);
    if (v === 0) break;
    const c = SIXBIT[v];
    if (c === 34 || c === 92) buf[p++] = 92;
    buf[p++] = c;
    if (c !== 32) end = p;
  }
  if (n === 20 && len > 272) {
    const more = Math.floor((len - 272) / 6);
    for (let i = 0; i < more; i++) {
      const v = bits.u(272 + 6 * i, 6);
      if (v === 0) break;
      const c = SIXBIT[v];
      if (c === 34 || c === 92) buf[p++] = 92;
      buf[p++] = c;
      if (c !== 32) end = p;
    }
  }
  buf[end] = 34;
  out.pos = end + 1;
  out.bytes(LON);
  degrees(out, bits.s(164, 28));
  out.bytes(LAT);
  degrees(out, bits.s(192, 27));
  out.bytes(bits.u(163, 1) ? ACCURACY_TRUE_TO_BOW : ACCURACY_FALSE_TO_BOW);
  out.int(bits.u(219, 9));
  out.bytes(TO_STERN);
  out.int(bits.u(228, 9));
  out.bytes(TO_PORT);
  out.int(bits.u(237, 6));
  out.bytes(TO_STARBOARD);
  out.int(bits.u(243, 6));
  out.bytes(EPFD);
  const epfd = bits.u(249, 4);
  out.int(epfd);
  out.bytes(EPFD_TEXT[epfd]);
  out.bytes(SECOND);
  out.int(bits.u(253, 6));
  out.bytes(REGIONAL);
  out.int(bits.u(260, 8));
  out.bytes(FLAGS_21[(bits.u(259, 1) << 2) | (bits.u(268, 1) << 1) | bits.u(269, 1)]);
  out.bytes(END);
}

/** Types 12 (addressed safety text) and 14 (broadcast safety text): the text runs to the end of the payload. */
function writeText(bits: PayloadBits, type: number, out: JsonLineBuffer): void {
  out.reserve(MAX_LINE);
  out.bytes(HEAD[(type === 12 ? 20 : 24) + bits.u(6, 2)]);
  out.int(bits.u(8, 30));
  const start = type === 12 ? 72 : 40;
  if (type === 12) {
    out.bytes(SEQNO);
    out.int(bits.u(38, 2));
    out.bytes(DEST_MMSI);
    out.int(bits.u(40, 30));
    out.bytes(bits.u(70, 1) ? RETRANSMIT_TRUE_TEXT : RETRANSMIT_FALSE_TEXT);
  } else {
    out.bytes(SCALED_TEXT);
  }
  const count = Math.floor((bits.bitLength - start) / 6);
  out.pos = sixbitString(out.buf, out.pos, bits, start, Math.min(count, MAX_TEXT_CHARS));
  out.bytes(END);
}
