/**
 * Splits a byte stream into lines without copying, except for a line that straddles two chunks, which is
 * carried in a fixed buffer. A line longer than {@link MAX_LINE_BYTES} is cut off: its first part is passed
 * on (and will be rejected as malformed) and the rest is skipped, so memory stays bounded on any input.
 */

/** Longest line kept whole; NMEA sentences are at most 82 characters, tag blocks add a few dozen. */
export const MAX_LINE_BYTES = 64 * 1024;

export type LineSink = (buf: Uint8Array, start: number, end: number) => void;

export class LineSplitter {
  // a Buffer like the chunks read from files and streams: the line parser then sees one kind of array
  // (a second one makes V8 throw away and recompile the hot parsing code once the JIT has specialised it)
  private readonly carry: Uint8Array = Buffer.alloc(MAX_LINE_BYTES);
  private carryLength = 0;
  /** True while skipping the rest of an over-long line. */
  private skipping = false;

  constructor(private readonly sink: LineSink) {}

  /** Feeds a chunk; calls the sink for every complete line (without its `\n`). */
  push(chunk: Uint8Array): void {
    let pos = 0;
    const n = chunk.length;
    if (this.carryLength > 0 || this.skipping) {
      const nl = chunk.indexOf(10);
      const end = nl < 0 ? n : nl;
      if (!this.skipping) this.appendCarry(chunk, 0, end);
      if (nl < 0) return;
      if (!this.skipping) this.sink(this.carry, 0, this.carryLength);
      this.skipping = false;
      this.carryLength = 0;
      pos = nl + 1;
    }
    pos = this.lines(chunk, pos);
    if (pos < n) this.appendCarry(chunk, pos, n);
  }

  /**
   * The hot loop, alone in its function: V8 optimises it (with the sink inlined) while the first chunk
   * is read, and code it has not yet run (the carry at the chunk's end, the join at the next chunk's
   * start) would otherwise throw that optimised code away and recompile it once per such path.
   * Returns where the unterminated tail of the chunk starts.
   */
  private lines(chunk: Uint8Array, from: number): number {
    const n = chunk.length;
    const sink = this.sink;
    let pos = from;
    while (pos < n) {
      const nl = chunk.indexOf(10, pos);
      if (nl < 0) return pos;
      sink(chunk, pos, nl);
      pos = nl + 1;
    }
    return pos;
  }

  /** Ends the input: passes on a last line that had no terminator. */
  end(): void {
    if (this.carryLength > 0 && !this.skipping) this.sink(this.carry, 0, this.carryLength);
    this.carryLength = 0;
    this.skipping = false;
  }

  private appendCarry(chunk: Uint8Array, start: number, end: number): void {
    const room = MAX_LINE_BYTES - this.carryLength;
    const take = Math.min(room, end - start);
    this.carry.set(chunk.subarray(start, start + take), this.carryLength);
    this.carryLength += take;
    if (take < end - start) {
      // over-long line: hand on what we have now (it cannot be a valid sentence) and skip the rest
      this.sink(this.carry, 0, this.carryLength);
      this.carryLength = 0;
      this.skipping = true;
    }
  }
}
