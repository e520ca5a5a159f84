import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { PayloadBits } from './bits.ts';
import { JsonLineBuffer } from './gpsd-bytes.ts';
import { createGpsdWriter } from './gpsd-json.ts';
import { GpsdStaticWriter } from './gpsd-static.ts';
import { checkMessage, decodeMessage } from './messages.ts';

/** Armoured payload characters of `bits` (0/1 values), padded with zero fill bits to whole characters. */
function armour(bitValues: number[]): { payload: Uint8Array; fill: number } {
  const fill = (6 - (bitValues.length % 6)) % 6;
  const all = [...bitValues, ...new Array<number>(fill).fill(0)];
  const payload = new Uint8Array(all.length / 6);
  for (let i = 0; i < payload.length; i++) {
    let v = 0;
    for (let j = 0; j < 6; j++) v = (v << 1) | all[i * 6 + j];
    payload[i] = v < 40 ? v + 48 : v + 56;
  }
  return { payload, fill };
}

function setField(bitValues: number[], start: number, len: number, value: number): void {
  for (let i = 0; i < len; i++) bitValues[start + i] = Math.floor(value / 2 ** (len - 1 - i)) % 2;
}

/** MMSIs that exercise the part A / part B matching: 0 (empty slots), auxiliary craft, a few ships. */
const MMSIS = [0, 980123456, 989999999, 990000000, 244123456, 211000001, 1, 2, 3, 4, 5, 6];

const message = fc
  .record({
    part: fc.constantFrom(0, 0, 0, 1, 1, 2),
    type: fc.constantFrom(5, 24, 24, 24, 15, 20, 21, 21, 12, 14),
    repeat: fc.integer({ min: 0, max: 3 }),
    mmsi: fc.constantFrom(...MMSIS),
    length: fc.integer({ min: 150, max: 440 }),
    // text full of the characters that need escaping, spaces and '@'
    rest: fc.array(fc.constantFrom(0, 1), { minLength: 1040, maxLength: 1040 }),
    text: fc.array(fc.constantFrom(0, 2, 32, 34, 60, 1, 63), { minLength: 60, maxLength: 60 }),
  })
  .map(({ type, part, repeat, mmsi, length, rest, text }) => {
    // type 24 part A has 160–168 bits, part B at least 168; type 5 at least 420, 15 88–168, 20 72–186 (a few out of range)
    const bitLength =
      type === 5
        ? Math.max(length, 415)
        : type === 15
          ? 86 + (length % 86)
          : type === 20
            ? 70 + (length % 120)
            : type === 21
              ? 270 + (length % 100)
              : type === 12 || type === 14
                ? 38 + ((length * 7) % 1000)
                : part === 0
                  ? 160 + (length % 9)
                  : 166 + (length % 5);
    const b = rest.slice(0, bitLength);
    // texts of types 12 and 14 stay random bits, so that some run past the decoder's 128 characters
    for (let i = 0; i < (type === 12 || type === 14 ? 0 : text.length); i++) {
      const at =
        (type === 24 || type === 14
          ? 40
          : type === 21
            ? 43 + (i >= 20 ? 229 - 120 : 0)
            : type === 12
              ? 72
              : 70) +
        i * 6;
      if (at + 6 <= b.length && i % 2 === 0) setField(b, at, 6, text[i]);
    }
    setField(b, 0, 6, type);
    setField(b, 6, 2, repeat);
    setField(b, 8, 30, mmsi);
    if (type === 24) setField(b, 38, 2, part);
    return b;
  });

test('types 5, 12, 14, 15, 20, 21 and 24 written from the bits print what the object decoder and gpsd writer print', () => {
  fc.assert(
    fc.property(fc.array(message, { minLength: 1, maxLength: 80 }), (messages) => {
      const strings = createGpsdWriter();
      const statics = new GpsdStaticWriter();
      const bits = new PayloadBits();
      const out = new JsonLineBuffer(256);
      let expected = '';
      for (const bitValues of messages) {
        const { payload, fill } = armour(bitValues);
        bits.reset();
        assert.ok(bits.append(payload, 0, payload.length));
        bits.finish(fill);
        const type = bits.u(0, 6);
        if (checkMessage(bits) !== type) continue;
        const msg = decodeMessage(bits, null, 1);
        assert.notEqual(typeof msg, 'string');
        if (typeof msg === 'string') continue;
        const line = strings.write(msg);
        if (line !== null) expected += `${line}\n`;
        assert.equal(statics.write(bits, type, out), line !== null);
      }
      assert.equal(Buffer.from(out.view()).toString('latin1'), expected);
    }),
    { numRuns: 300 },
  );
});
