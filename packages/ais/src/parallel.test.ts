import assert from 'node:assert/strict';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import {
  decodeFileColumnar,
  decodeFileParallel,
  encodePositionReport,
  encodeStaticVoyage,
  nmeaChecksum,
} from './index.ts';
import { findSplit } from './parallel.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'strata-ais-par-'));
after(() => rmSync(dir, { recursive: true, force: true }));

/** A log of ~3.5 MB where every other message is a two-sentence type 5 and Gatehouse lines time the next sentence. */
function writeLog(): string {
  const lines: string[] = [];
  const pghp = (sec: number) => {
    const body = `PGHP,1,2024,3,1,12,0,${sec % 60},0,244,2,,1,09`;
    return `$${body}*${nmeaChecksum(body)}`;
  };
  for (let i = 0; i < 24_000; i++) {
    const mmsi = 244_000_000 + (i % 500);
    if (i % 2 === 0)
      lines.push(...encodeStaticVoyage({ mmsi, shipname: `SHIP ${i % 500}` }, { sequenceId: i % 10 }));
    else {
      lines.push(pghp(i));
      lines.push(encodePositionReport({ mmsi, lon: 4 + (i % 100) / 1000, lat: 52, speedKnots: 5 }));
    }
  }
  const file = path.join(dir, 'log.nmea');
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

const file = writeLog();

test('split points never fall inside a multi-part message or after a Gatehouse line', () => {
  const text = readFileSync(file, 'utf8');
  const size = Buffer.byteLength(text);
  const fd = openSync(file, 'r');
  try {
    for (let k = 1; k < 200; k++) {
      const split = findSplit(fd, Math.floor((size * k) / 200), size);
      assert.ok(split === 0 || text[split - 1] === '\n', 'at a line start');
      const line = text.slice(split, text.indexOf('\n', split));
      assert.doesNotMatch(line, /^!AIVDM,2,2,/, `not a second fragment: ${line}`);
      const before = text.slice(text.lastIndexOf('\n', split - 2) + 1, split - 1);
      assert.doesNotMatch(before, /^\$PGHP/, 'not right after a Gatehouse line');
    }
  } finally {
    closeSync(fd);
  }
});

test('parallel decoding counts exactly what one thread counts', async () => {
  let single = 0;
  let singleTimed = 0;
  const one = await decodeFileColumnar(file, (b) => {
    single += b.length;
    for (let i = 0; i < b.length; i++) if (!Number.isNaN(b.timeMs[i])) singleTimed++;
  });
  let rows = 0;
  let timed = 0;
  let others = 0;
  const three = await decodeFileParallel(file, {
    workers: 3,
    minBytesPerWorker: 512 * 1024,
    onBatch: (b) => {
      rows += b.length;
      for (let i = 0; i < b.length; i++) if (!Number.isNaN(b.timeMs[i])) timed++;
    },
    onMessage: () => {
      others++;
    },
  });
  assert.deepEqual(three, one);
  assert.equal(rows, single);
  assert.equal(timed, singleTimed, 'every Gatehouse time reaches its sentence');
  assert.equal(others, 12_000, 'every type 5 assembled');
  assert.equal(one.rejected.incomplete_multipart, 0);
});
