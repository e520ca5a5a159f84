import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { test } from 'node:test';
import { sharedDataFile } from '@strata/core';
import {
  createGpsdByteWriter,
  createGpsdWriter,
  decodeLines,
  decodeStreamToGpsd,
  encodePositionReport,
  JsonLineBuffer,
  toGpsdJson,
} from './index.ts';

const sample = sharedDataFile('ais/gpsd-sample.aivdm');
const expected = sharedDataFile('ais/gpsd-sample.aivdm.js.chk');
const skip = sample === null || expected === null ? 'shared data ais/gpsd-sample.aivdm not present' : false;

test('every message of gpsd-sample.aivdm equals gpsd’s own decode, field by field', { skip }, () => {
  const lines = readFileSync(sample as string, 'utf8').split('\n');
  const chk = readFileSync(expected as string, 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length > 0);
  const { messages, stats } = decodeLines(lines);
  const writer = createGpsdWriter();
  const ours = messages.map((m) => writer.write(m)).filter((l): l is string => l !== null);
  assert.equal(ours.length, chk.length, 'same number of gpsd objects');
  for (let i = 0; i < chk.length; i++) {
    const want = JSON.parse(chk[i]) as Record<string, unknown>;
    const got = JSON.parse(ours[i]) as Record<string, unknown>;
    assert.deepEqual(Object.keys(got), Object.keys(want), `keys of object ${i + 1} (type ${want.type})`);
    for (const key of Object.keys(want)) {
      assert.deepEqual(got[key], want[key], `object ${i + 1} (type ${want.type}) field ${key}`);
    }
    // the same text too, so `diff` against gpsdecode output shows nothing
    assert.equal(ours[i], chk[i], `text of object ${i + 1}`);
  }
  // the file's only undecodable sentence is a fragment 2 without its fragment 1
  assert.equal(stats.rejected.malformed + stats.rejected.incomplete_multipart, 1);
  assert.equal(stats.lines, stats.decodedLines + stats.metadataLines + stats.blankLines + 1);
});

test('types 1–27 are all present in the sample and decoded', { skip }, () => {
  const { stats } = decodeLines(readFileSync(sample as string, 'utf8').split('\n'));
  for (let type = 1; type <= 27; type++) assert.ok(stats.messagesByType[type] > 0, `type ${type} decoded`);
});

test('the byte writer prints exactly what the string writer prints', { skip }, () => {
  const { messages } = decodeLines(readFileSync(sample as string, 'utf8').split('\n'));
  const strings = createGpsdWriter();
  const bytes = createGpsdByteWriter();
  const out = new JsonLineBuffer(64);
  const want: string[] = [];
  for (const m of messages) {
    const line = strings.write(m);
    if (line !== null) want.push(line);
    bytes.write(m, out);
  }
  assert.equal(Buffer.from(out.view()).toString('utf8'), `${want.join('\n')}\n`);
});

test('the byte writer formats extreme numbers like gpsd', () => {
  const lines = [
    encodePositionReport({
      mmsi: 999999999,
      lon: -107_999_999 / 600_000,
      lat: -1 / 600_000,
      speedKnots: 102.2,
      courseDeg: 359.9,
      heading: 359,
      turn: -100,
    }),
    encodePositionReport({ mmsi: 0, lon: 0, lat: 0, speedKnots: 0, courseDeg: 0, turn: 126 }),
    encodePositionReport({ mmsi: 1 }),
  ];
  const { messages } = decodeLines(lines);
  const out = new JsonLineBuffer(16);
  const bytes = createGpsdByteWriter();
  for (const m of messages) bytes.write(m, out);
  const want = messages.map((m) => toGpsdJson(m)).join('\n');
  assert.equal(Buffer.from(out.view()).toString('utf8'), `${want}\n`);
  assert.match(want, /"lon":-179\.9999983/);
  assert.match(want, /"lat":-0\.0000017/);
});

test('the direct NMEA → gpsd JSON path prints what decoding then writing prints, with the same counts', async () => {
  const files = [
    'ais/gpsd-sample.aivdm',
    'ais/pyais-nmea_data_sample.txt',
    'ais/pyais-mixed.txt',
    'ais/pyais-gatehouse.nmea',
  ];
  const extra = [
    encodePositionReport({
      mmsi: 244000001,
      lon: -107_999_999 / 600_000,
      lat: -1 / 600_000,
      turn: -100,
      speedKnots: 102.2,
    }),
    encodePositionReport({ mmsi: 1 }),
    '!AIVDM,1,1,,A,B6CdCm0t3`tba35f@V9faHi7kP06,0*58',
  ];
  for (const f of files) {
    const p = sharedDataFile(f);
    if (p === null) continue;
    const text = `${readFileSync(p, 'utf8')}\n${extra.join('\n')}\n`;
    const lines = text.split('\n');
    const { messages, stats } = decodeLines(lines.slice(0, -1));
    const writer = createGpsdWriter();
    const want = messages.map((m) => writer.write(m)).filter((l) => l !== null);
    const input = Buffer.from(text);
    const pieces: Buffer[] = [];
    for (let i = 0; i < input.length; i += 700) pieces.push(input.subarray(i, i + 700));
    // a synchronous consumer copies before returning; an asynchronous one owns the bytes until it resolves
    const syncChunks: Buffer[] = [];
    const syncStats = await decodeStreamToGpsd(
      Readable.from(pieces),
      (b) => void syncChunks.push(Buffer.from(b)),
      {
        chunkBytes: 256,
      },
    );
    const asyncChunks: Buffer[] = [];
    await decodeStreamToGpsd(
      Readable.from(pieces),
      (b) =>
        new Promise<void>((resolve) =>
          setImmediate(() => {
            asyncChunks.push(Buffer.from(b));
            resolve();
          }),
        ),
      { chunkBytes: 256 },
    );
    if (input.length > 20_000) assert.ok(syncChunks.length > 10, 'many chunks, so buffers are reused');
    assert.equal(Buffer.concat(syncChunks).toString('utf8'), `${want.join('\n')}\n`, f);
    assert.equal(Buffer.concat(asyncChunks).toString('utf8'), `${want.join('\n')}\n`, f);
    assert.deepEqual(syncStats, stats, f);
  }
});
