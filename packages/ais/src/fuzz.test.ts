import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { SeededRandom, sharedDataFile } from '@strata/core';
import fc from 'fast-check';
import { PayloadBits } from './bits.ts';
import {
  createColumnarDecoder,
  createDecoder,
  createGpsdWriter,
  type DecodeStats,
  encodePositionReport,
  encodeStaticVoyage,
  LineSplitter,
  REJECT_REASONS,
  toCsvRow,
  toTidyJson,
} from './index.ts';
import { CHECK_UNSUPPORTED_TYPE, CHECK_WRONG_BIT_LENGTH, checkMessage, decodeMessage } from './messages.ts';

function corpus(): Buffer[] {
  const lines: string[] = [];
  for (const f of [
    'ais/gpsd-sample.aivdm',
    'ais/pyais-nmea_data_sample.txt',
    'ais/pyais-mixed.txt',
    'ais/pyais-gatehouse.nmea',
  ]) {
    const p = sharedDataFile(f);
    if (p !== null)
      lines.push(
        ...readFileSync(p, 'utf8')
          .split('\n')
          .filter((l) => l.length > 0 && !l.startsWith('#')),
      );
  }
  if (lines.length === 0) {
    // A fresh clone without ../shared: build a corpus of valid single-part reports instead, so that the
    // mix of intact and mutated lines stays close to the recorded logs' (most of them decode).
    console.log('# AIS fuzz corpus: ../shared/data/ais is absent, fuzzing 40 built position reports instead');
    for (let i = 0; i < 40; i++)
      lines.push(
        encodePositionReport(
          { mmsi: 244000001 + i, lon: -10 + i, lat: 30 + i / 2 },
          { timeMs: 1e12 + i * 1000 },
        ),
      );
  }
  lines.push(encodePositionReport({ mmsi: 244000000, lon: 4, lat: 52 }, { timeMs: 1e12 }));
  lines.push(...encodeStaticVoyage({ mmsi: 244000000, shipname: 'FUZZ' }, { timeMs: 1e12 }));
  lines.push(
    `\\c:1700000000,g:1-2-9*00\\!AIVDM,2,1,3,A,55?MbV02;H;s<HtKR20EHE:0@T4@Dn2222222216L961O5Gf0NSQEp6ClRp8,0*1C`,
  );
  return lines.map((l) => Buffer.from(l));
}

function mutate(line: Buffer, rnd: () => number, out: Buffer, at: number): number {
  const kind = Math.floor(rnd() * 8);
  let n = line.length;
  line.copy(out, at);
  switch (kind) {
    case 0: // unchanged (keeps multi-part state and decoding paths busy)
      break;
    case 1: {
      // bit flips
      const flips = 1 + Math.floor(rnd() * 3);
      for (let i = 0; i < flips; i++) out[at + Math.floor(rnd() * n)] ^= 1 << Math.floor(rnd() * 8);
      break;
    }
    case 2: // truncation
      n = Math.floor(rnd() * n);
      break;
    case 3: {
      // random bytes overwritten
      const k = 1 + Math.floor(rnd() * 10);
      for (let i = 0; i < k; i++) out[at + Math.floor(rnd() * n)] = Math.floor(rnd() * 256);
      break;
    }
    case 4: {
      // pure binary garbage
      n = Math.floor(rnd() * 120);
      for (let i = 0; i < n; i++) out[at + i] = Math.floor(rnd() * 256);
      break;
    }
    case 5: {
      // fragment fields shuffled: count, number, fill bits
      const s = line.toString('latin1');
      const swapped = s
        .replace(/,(\d),(\d),/, () => `,${Math.floor(rnd() * 10)},${Math.floor(rnd() * 10)},`)
        .replace(/,(\d)\*/, () => `,${Math.floor(rnd() * 10)}*`);
      n = out.write(swapped, at, 'latin1');
      break;
    }
    case 6: {
      // a valid line cut and glued to another piece of itself
      const cut = Math.floor(rnd() * n);
      n = line.copy(out, at, cut) + line.copy(out, at + (n - cut), 0, cut);
      break;
    }
    default: {
      // payload characters replaced by any printable character
      const k = 1 + Math.floor(rnd() * 5);
      for (let i = 0; i < k; i++) out[at + Math.floor(rnd() * n)] = 32 + Math.floor(rnd() * 95);
      // and the checksum made right again, so the damage reaches the payload decoder
      const bang = out.indexOf(33, at);
      const star = bang < 0 ? -1 : out.indexOf(42, bang);
      if (bang >= 0 && star >= 0 && star + 2 < at + n) {
        let sum = 0;
        for (let i = bang + 1; i < star; i++) sum ^= out[i];
        out.write(sum.toString(16).toUpperCase().padStart(2, '0'), star + 1, 'latin1');
      }
    }
  }
  // replace embedded newlines so that one mutated line stays one line
  for (let i = at; i < at + n; i++) if (out[i] === 10) out[i] = 13;
  return n;
}

function rejectedTotal(s: DecodeStats): number {
  return REJECT_REASONS.reduce((a, r) => a + s.rejected[r], 0);
}

test('a million mutated lines: no exception escapes, every line is counted, memory stays flat', () => {
  const lines = corpus();
  // Deterministic, so that a failure can be replayed.
  const rng = new SeededRandom(20260511);
  const rnd = () => rng.next();
  const total = 1_000_000;
  const chunkLines = 20_000;
  const chunk = Buffer.alloc(chunkLines * 400 + 300_000);
  const decoder = createDecoder();
  const gpsd = createGpsdWriter();
  let columnarRows = 0;
  const columnar = createColumnarDecoder(
    (b) => {
      columnarRows += b.length;
    },
    { onMessage: (m) => toTidyJson(m) },
  );
  // without onMessage the other types are only validated and counted: the counts must not change
  let countingRows = 0;
  const counting = createColumnarDecoder((b) => {
    countingRows += b.length;
  });
  let messages = 0;
  let fed = 0;
  let heapAfterWarmup = 0;
  const splitter = new LineSplitter((buf, start, end) => {
    const msg = decoder.push(buf, start, end);
    if (msg !== null) {
      messages++;
      gpsd.write(msg);
      if ((messages & 7) === 0) toCsvRow(msg);
    }
    columnar.push(buf, start, end);
    counting.push(buf, start, end);
  });
  while (fed < total) {
    let at = 0;
    for (let i = 0; i < chunkLines && fed < total; i++, fed++) {
      if (fed % 100_000 === 99_999) {
        // a huge line (256 KiB) now and then
        at += chunk.fill(0x41, at, at + 256 * 1024).length > 0 ? 256 * 1024 : 0;
      } else {
        at += mutate(lines[Math.floor(rnd() * lines.length)], rnd, chunk, at);
      }
      chunk[at++] = 10;
    }
    splitter.push(chunk.subarray(0, at));
    if (fed === 200_000) heapAfterWarmup = process.memoryUsage().heapUsed;
  }
  splitter.end();
  decoder.flush();
  columnar.flush();
  counting.flush();
  const heapEnd = process.memoryUsage().heapUsed;

  const s = decoder.stats;
  if (process.env.AIS_FUZZ_VERBOSE) console.log(JSON.stringify(s), (heapEnd - heapAfterWarmup) / 1048576);
  assert.equal(s.lines, total);
  assert.equal(
    s.lines,
    s.decodedLines + s.metadataLines + s.blankLines + rejectedTotal(s),
    'no line uncounted',
  );
  assert.ok(s.messages > 100_000, `many mutated lines still decode (${s.messages})`);
  for (const reason of REJECT_REASONS) assert.ok(s.rejected[reason] > 0, `some lines rejected as ${reason}`);
  const c = columnar.stats;
  assert.equal(c.lines, total);
  assert.deepEqual(c.rejected, s.rejected, 'the columnar path counts the same rejections');
  assert.equal(c.messages, s.messages);
  assert.ok(columnarRows > 0);
  const k = counting.stats;
  assert.deepEqual(k.rejected, s.rejected, 'counting without decoding rejects the same lines');
  assert.deepEqual(k.messagesByType, s.messagesByType, 'counting without decoding counts the same types');
  assert.equal(k.decodedLines, s.decodedLines);
  assert.equal(countingRows, columnarRows);
  // flat memory: the decoders keep no per-line state (tolerance for GC timing)
  assert.ok(
    heapEnd - heapAfterWarmup < 40 * 1024 * 1024,
    `heap grew by ${((heapEnd - heapAfterWarmup) / 1048576).toFixed(1)} MiB`,
  );
});

test('any byte string fed as a line never throws (property)', () => {
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 300 }), fc.boolean(), (bytes, prefix) => {
      const decoder = createDecoder();
      const line = prefix ? Buffer.concat([Buffer.from('!AIVDM,1,1,,A,'), bytes]) : Buffer.from(bytes);
      const msg = decoder.push(line, 0, line.length);
      if (msg !== null) {
        createGpsdWriter().write(msg);
        toCsvRow(msg);
      }
      decoder.flush();
      const st = decoder.stats;
      assert.equal(st.lines, st.decodedLines + st.metadataLines + st.blankLines + rejectedTotal(st));
    }),
    { numRuns: 3000 },
  );
});

test('any valid sentence with any payload characters decodes or is counted, never throws (property)', () => {
  const chars = '0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVW`abcdefghijklmnopqrstuvw';
  fc.assert(
    fc.property(
      fc.array(fc.constantFrom(...chars), { maxLength: 200 }),
      fc.integer({ min: 0, max: 5 }),
      (payload, fill) => {
        const body = `AIVDM,1,1,,B,${payload.join('')},${fill}`;
        let sum = 0;
        for (const ch of body) sum ^= ch.charCodeAt(0);
        const line = `!${body}*${sum.toString(16).toUpperCase().padStart(2, '0')}`;
        const decoder = createDecoder();
        const msg = decoder.pushLine(line);
        if (msg !== null) {
          const json = createGpsdWriter().write(msg);
          if (json !== null) JSON.parse(json);
          JSON.stringify(toTidyJson(msg));
        }
        assert.equal(decoder.stats.lines, 1);
      },
    ),
    { numRuns: 5000 },
  );
});

test('checkMessage gives the verdict of decodeMessage for any payload (property)', () => {
  const bits = new PayloadBits();
  fc.assert(
    fc.property(
      fc.integer({ min: 0, max: 63 }),
      fc.uint8Array({ minLength: 0, maxLength: 180 }),
      fc.integer({ min: 0, max: 5 }),
      (type, body, fill) => {
        // first character fixes the type; the rest are any payload characters
        const chars = [type, ...Array.from(body, (b) => b & 63)].map((v) => (v < 40 ? v + 48 : v + 56));
        bits.reset();
        assert.ok(bits.append(Uint8Array.from(chars), 0, chars.length));
        bits.finish(fill);
        const full = decodeMessage(bits, null, 1);
        const verdict = checkMessage(bits);
        const expected =
          typeof full !== 'string'
            ? full.type
            : full === 'wrong_bit_length'
              ? CHECK_WRONG_BIT_LENGTH
              : CHECK_UNSUPPORTED_TYPE;
        assert.equal(verdict, expected);
      },
    ),
    { numRuns: 20000 },
  );
});
