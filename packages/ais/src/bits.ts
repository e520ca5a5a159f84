/**
 * The de-armoured AIS payload: six-bit ASCII characters (ITU-R M.1371-5, section 8.2.3 of IEC 61162-1)
 * packed into a reusable byte array, and read back as unsigned/signed integers, six-bit text or hex.
 * One instance is reused for every message, so decoding allocates nothing here.
 */

/** Largest payload we accept: 5 sentences × 82 characters is far beyond any real message (ITU max 1008 bits). */
export const MAX_PAYLOAD_CHARS = 1024;

const SIXBIT_TEXT = '@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_ !"#$%&\'()*+,-./0123456789:;<=>?';
const POW2: number[] = [];
for (let i = 0; i <= 53; i++) POW2.push(2 ** i);
const HEX = '0123456789abcdef';

/** Six-bit value of every byte, -1 for bytes that are not payload characters. */
const ARMOUR = new Int8Array(256).fill(-1);
for (let c = 48; c <= 119; c++) if (c <= 87 || c >= 96) ARMOUR[c] = c - 48 > 40 ? c - 56 : c - 48;

/** Six-bit value of an armoured payload byte, or -1 when the byte is not a valid payload character. */
export function armourValue(c: number): number {
  if (c < 48 || c > 119 || (c > 87 && c < 96)) return -1;
  const v = c - 48;
  return v > 40 ? v - 8 : v;
}

export class PayloadBits {
  /** Packed bits, MSB first, with zero padding past the end so reads never go out of range. */
  readonly bytes = new Uint8Array(Math.ceil((MAX_PAYLOAD_CHARS * 6) / 8) + 16);
  /** Number of meaningful bits (6 × characters − fill bits). */
  bitLength = 0;
  /** Number of packed bits including fill bits. */
  private packedBits = 0;
  private readonly chars: number[] = new Array(128).fill(0);

  /** Empties the payload. */
  reset(): void {
    this.bitLength = 0;
    this.packedBits = 0;
  }

  /**
   * Appends armoured characters `buf[start..end)`. Returns false (and leaves the payload unusable)
   * when a byte is not a payload character or the payload grows too long.
   */
  append(buf: Uint8Array, start: number, end: number): boolean {
    const n = end - start;
    if ((this.packedBits + n * 6) / 6 > MAX_PAYLOAD_CHARS) return false;
    const bytes = this.bytes;
    let byte = this.packedBits >>> 3;
    let held = this.packedBits & 7;
    // bits not yet written out as a whole byte (the partial last byte of a previous fragment)
    let acc = held === 0 ? 0 : bytes[byte] >>> (8 - held);
    for (let i = start; i < end; i++) {
      const v = ARMOUR[buf[i]];
      if (v < 0) return false;
      acc = (acc << 6) | v;
      held += 6;
      if (held >= 8) {
        held -= 8;
        bytes[byte++] = acc >>> held;
        acc &= (1 << held) - 1;
      }
    }
    if (held > 0) bytes[byte] = acc << (8 - held);
    this.packedBits += n * 6;
    this.bitLength = this.packedBits;
    return true;
  }

  /** Ends the payload: clears the padding and subtracts the fill bits of the last sentence. */
  finish(fillBits: number): void {
    const end = (this.packedBits + 7) >>> 3;
    const bytes = this.bytes;
    // partial last byte: zero the bits past the packed data
    if ((this.packedBits & 7) !== 0) bytes[end - 1] &= (0xff << (8 - (this.packedBits & 7))) & 0xff;
    for (let i = end; i < end + 8; i++) bytes[i] = 0;
    this.bitLength = this.packedBits - fillBits;
  }

  /** Unsigned integer of `len` bits (1–48) from bit `start`; bits past the payload read as zero. */
  u(start: number, len: number): number {
    // gpsd reads bits past the payload as zero; the padding only covers reads that start inside it
    if (start >= this.packedBits) return 0;
    const b = this.bytes;
    const byte = start >>> 3;
    const off = start & 7;
    if (off + len <= 32) {
      const w = (b[byte] << 24) | (b[byte + 1] << 16) | (b[byte + 2] << 8) | b[byte + 3];
      return ((w << off) >>> 0) >>> (32 - len);
    }
    if (len > 32) return this.u(start, len - 24) * 16777216 + this.u(start + len - 24, 24);
    const hi = b[byte] & (0xff >>> off);
    const lo = ((b[byte + 1] << 24) | (b[byte + 2] << 16) | (b[byte + 3] << 8) | b[byte + 4]) >>> 0;
    return Math.floor((hi * 4294967296 + lo) / POW2[40 - off - len]);
  }

  /** Two's-complement signed integer of `len` bits from bit `start`. */
  s(start: number, len: number): number {
    const v = this.u(start, len);
    return v >= POW2[len - 1] ? v - POW2[len] : v;
  }

  /** The raw six-bit characters from `start`, stopping at the first `@`, not trimmed (gpsd's from_sixbit_untrimmed). */
  textUntrimmed(start: number, count: number): string {
    const chars = this.chars;
    if (count > chars.length) count = chars.length;
    let n = 0;
    for (let i = 0; i < count; i++) {
      const v = this.u(start + 6 * i, 6);
      if (v === 0) break;
      chars[n++] = SIXBIT_TEXT.charCodeAt(v);
    }
    if (n === 0) return '';
    return n === chars.length ? String.fromCharCode(...chars) : String.fromCharCode(...chars.slice(0, n));
  }

  /** Six-bit text from `start`, stopped at the first `@` and with trailing spaces and `@` removed (gpsd's from_sixbit). */
  text(start: number, count: number): string {
    return trimAisText(this.textUntrimmed(start, count));
  }

  /** Text running from `start` to the end of the payload (gpsd's ENDCHARS). */
  textToEnd(start: number): string {
    const count = Math.floor((this.bitLength - start) / 6);
    return count > 0 ? this.text(start, count) : '';
  }

  /**
   * Hex dump of `byteCount` bytes starting at byte `startByte`, as gpsd prints variable-length binary data.
   * With `shiftBits`, the bytes are read `shiftBits` further on (gpsd's shiftleft after copying
   * `copiedBytes` bytes: bits past the copy read as zero). `maskLastBits` keeps only that many high bits
   * of the last byte (gpsd masks type 8 data).
   */
  hex(
    startByte: number,
    byteCount: number,
    shiftBits = 0,
    copiedBytes = byteCount,
    maskLastBits = 0,
  ): string {
    let out = '';
    const limit = (startByte + copiedBytes) * 8;
    for (let i = 0; i < byteCount; i++) {
      let v: number;
      if (shiftBits === 0) {
        v = this.bytes[startByte + i];
      } else {
        const p = (startByte + i) * 8 + shiftBits;
        if (p >= limit) v = 0;
        else {
          v = this.u(p, 8);
          if (p + 8 > limit) v &= (0xff << (p + 8 - limit)) & 0xff;
        }
      }
      if (maskLastBits > 0 && i === byteCount - 1) v &= (0xff << (8 - maskLastBits)) & 0xff;
      out += HEX[v >>> 4] + HEX[v & 15];
    }
    return out;
  }
}

/** Removes trailing spaces and `@` from six-bit text. */
export function trimAisText(s: string): string {
  let end = s.length;
  while (end > 0) {
    const c = s.charCodeAt(end - 1);
    if (c !== 32 && c !== 64) break;
    end--;
  }
  return end === s.length ? s : s.slice(0, end);
}
