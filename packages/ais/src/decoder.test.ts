import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { test } from 'node:test';
import { sharedDataFile } from '@strata/core';
import {
  AisChecksumError,
  type DecodedMessage,
  decodeLines,
  decodeStream,
  decodeStreamColumnar,
  encodePositionReport,
  encodeStaticVoyage,
  nmeaChecksum,
  type PositionBatch,
  type Rejection,
} from './index.ts';

const TYPE1 = '!AIVDM,1,1,,A,15RTgt0PAso;90TKcjM8h6g208CQ,0*4A';

function withChecksum(body: string): string {
  return `!${body}*${nmeaChecksum(body)}`;
}

function balanced(stats: ReturnType<typeof decodeLines>['stats']): boolean {
  const rejected = Object.values(stats.rejected).reduce((a, b) => a + b, 0);
  return stats.lines === stats.decodedLines + stats.metadataLines + stats.blankLines + rejected;
}

test('the tag block c: gives the time; a broken tag block is ignored and counted, as gpsd does', () => {
  const tag = 'g:1-1-42,s:r003669945,c:1428621738';
  const good = `\\${tag}*${nmeaChecksum(tag)}\\${TYPE1}`;
  const bad = `\\${tag}*00\\${TYPE1}`;
  const { messages, stats } = decodeLines([good, bad]);
  assert.equal(messages.length, 2);
  assert.equal(messages[0].timestampMs, 1428621738000);
  assert.equal(messages[1].timestampMs, null, 'no time from a tag block whose checksum is wrong');
  assert.equal(stats.badTagBlocks, 1);
  assert.throws(() => decodeLines([bad], { checksum: 'fatal' }), AisChecksumError);
});

test('the provider suffix after the checksum gives the time', () => {
  const line = `${TYPE1},d-109,S2105,t050056.00,T56.137,r003669946,1325394060`;
  const { messages } = decodeLines([line]);
  assert.equal(messages[0].timestampMs, 1325394060000);
  assert.equal(messages[0].mmsi, 371798000);
});

test('no time in the input means no time in the message', () => {
  assert.equal(decodeLines([TYPE1]).messages[0].timestampMs, null);
});

test('a Gatehouse $PGHP line times the next sentence only', {
  skip: sharedDataFile('ais/pyais-gatehouse.nmea') === null ? 'no shared data' : false,
}, () => {
  const text = readFileSync(sharedDataFile('ais/pyais-gatehouse.nmea') as string, 'utf8');
  const { messages, stats } = decodeLines(text.split('\n'));
  assert.equal(messages[0].timestampMs, Date.UTC(2008, 4, 9, 0, 0, 0, 10));
  assert.equal(messages[1].timestampMs, null, 'the second sentence has no $PGHP before it');
  // the $PGHP line with year 2009 was edited without fixing its checksum
  assert.equal(stats.rejected.bad_checksum, 1);
  assert.equal(stats.metadataLines, 3);
  assert.ok(balanced(stats));
});

test('interleaved multi-part messages are kept apart by channel, message id and tag-block group', () => {
  const a = encodeStaticVoyage({ mmsi: 111111111, shipname: 'ALPHA' }, { sequenceId: 1, channel: 'A' });
  const b = encodeStaticVoyage({ mmsi: 222222222, shipname: 'BRAVO' }, { sequenceId: 1, channel: 'B' });
  const c = encodeStaticVoyage({ mmsi: 333333333, shipname: 'CHARLIE' }, { sequenceId: 2, channel: 'A' });
  const lines = [a[0], b[0], c[0], TYPE1, c[1], a[1], b[1]];
  const { messages, stats } = decodeLines(lines);
  assert.deepEqual(
    messages.map((m) => [m.type, m.shipname ?? m.mmsi]),
    [
      [1, 371798000],
      [5, 'CHARLIE'],
      [5, 'ALPHA'],
      [5, 'BRAVO'],
    ],
  );
  assert.equal(stats.decodedLines, 7);
});

test('tag-block groups: the !SAVDM two-part message takes the c: time of its first part', {
  skip: sharedDataFile('ais/pyais-mixed.txt') === null ? 'no shared data' : false,
}, () => {
  const text = readFileSync(sharedDataFile('ais/pyais-mixed.txt') as string, 'utf8');
  const { messages, stats } = decodeLines(text.split('\n'));
  const five = messages.find((m) => m.type === 5 && m.timestampMs !== null);
  assert.ok(five, 'the !SAVDM two-part type 5 is assembled');
  assert.equal(five.timestampMs, 1428621738000);
  // "*A" is not a two-digit tag-block checksum: those tag blocks are ignored (two sentences decode;
  // a third has no sentence checksum at all and is malformed, like "foobar" and "IamNotAnAisMessage1111")
  assert.equal(stats.badTagBlocks, 2);
  assert.equal(stats.rejected.malformed, 3);
  assert.ok(balanced(stats));
});

test('a tag block on the first sentence only still joins its fragments', () => {
  const [first, second] = encodeStaticVoyage({ mmsi: 244000123, shipname: 'HALF TAGGED' }, { sequenceId: 3 });
  const tag = 'g:1-2-77,c:1700000000';
  const lines = [`\\${tag}*${nmeaChecksum(tag)}\\${first}`, second];
  const { messages, stats } = decodeLines(lines);
  assert.equal(messages.length, 1);
  assert.equal(messages[0].shipname, 'HALF TAGGED');
  assert.equal(messages[0].timestampMs, 1_700_000_000_000);
  assert.equal(stats.decodedLines, 2);
});

test('every rejected line is counted under its reason with its line number', () => {
  const rejections: Rejection[] = [];
  const lines = [
    TYPE1,
    TYPE1.replace('*4A', '*4B'), // bad checksum
    TYPE1.slice(0, 30), // truncated
    '!AIVDM', // truncated after the sentence name
    withChecksum('AIVDM,1,1,,A,15RTgt0PAso;90TKcjM8h6g208CQ,7'), // fill bits out of range
    withChecksum('AIVDM,1,1,,A,w5RTgt0PAso;90TKcjM8h6g208CQ,0'), // type 63
    withChecksum('AIVDM,1,1,,A,15RTgt0PAso;90TKcjM8h6,0'), // too short for type 1
    withChecksum('AIVDM,2,2,3,A,15RTgt0PAso,0'), // part 2 without part 1
    '$GPGGA,184353.07,1929.045,S,02410.506,E,1,04,2.6,100.00,M,-33.9,M,,0000*6D',
    '\u0000\u00ff\u0001garbage',
    '',
    '# comment',
    withChecksum('AIVDM,2,1,4,B,55?MbV02;H;s<HtKR20EHE:0@T4@Dn2222222216L961O5Gf0NSQEp6ClRp8,0'), // never completed
  ];
  const { stats } = decodeLines(lines, { onReject: (r) => rejections.push(r) });
  assert.equal(stats.messages, 1);
  assert.equal(stats.blankLines, 2);
  assert.deepEqual(stats.rejected, {
    bad_checksum: 1,
    malformed: 4,
    unsupported_type: 1,
    incomplete_multipart: 2,
    wrong_bit_length: 1,
    non_ais_sentence: 1,
  });
  assert.ok(balanced(stats));
  assert.deepEqual(
    rejections.map((r) => [r.line, r.reason]),
    [
      [2, 'bad_checksum'],
      [3, 'malformed'],
      [4, 'malformed'],
      [5, 'malformed'],
      [6, 'unsupported_type'],
      [7, 'wrong_bit_length'],
      [8, 'incomplete_multipart'],
      [9, 'non_ais_sentence'],
      [10, 'malformed'],
      [13, 'incomplete_multipart'],
    ],
  );
});

test('checksum: fatal throws on the first bad checksum, with its line', () => {
  assert.throws(
    () => decodeLines([TYPE1, TYPE1.replace('*4A', '*00')], { checksum: 'fatal' }),
    (e: unknown) => e instanceof AisChecksumError && e.line === 2,
  );
});

test('other NMEA sentences mixed in are counted as non-AIS', {
  skip: sharedDataFile('ais/pyais-mixed.txt') === null ? 'no shared data' : false,
}, () => {
  const text = readFileSync(sharedDataFile('ais/pyais-mixed.txt') as string, 'utf8');
  const { messages, stats } = decodeLines(text.split('\n'));
  assert.equal(stats.rejected.non_ais_sentence, 4);
  assert.ok(
    messages.some((m) => m.type === 5),
    'the two-part type 5 is decoded',
  );
  assert.ok(balanced(stats));
});

test('decodeStream gives the same messages whatever the chunking, and handles a huge line', async () => {
  const lines = [
    TYPE1,
    ...encodeStaticVoyage({ mmsi: 244000001, shipname: 'STREAM' }, { timeMs: 1_600_000_000_000 }),
    'x'.repeat(200_000),
    encodePositionReport({ mmsi: 244000002, lon: 4, lat: 52 }),
  ];
  const text = `${lines.join('\r\n')}\r\n`;
  const expected = decodeLines(lines).messages.map((m) => ({ ...m }));
  for (const size of [1, 7, 64, 1000, 1 << 20]) {
    const chunks: Buffer[] = [];
    const bytes = Buffer.from(text);
    for (let i = 0; i < bytes.length; i += size) chunks.push(bytes.subarray(i, i + size));
    const stream = decodeStream(Readable.from(chunks));
    const got: DecodedMessage[] = [];
    for await (const m of stream) got.push(m);
    assert.deepEqual(got, expected, `chunk size ${size}`);
    assert.equal(stream.stats.rejected.malformed, 1, 'the huge line is one malformed line');
    assert.equal(stream.stats.lines, 5);
  }
});

test('the columnar fast path gives the same positions as the full decoder', {
  skip: sharedDataFile('ais/pyais-nmea_data_sample.txt') === null ? 'no shared data' : false,
}, async () => {
  const text = readFileSync(sharedDataFile('ais/pyais-nmea_data_sample.txt') as string, 'utf8');
  const full = decodeLines(text.split('\n'));
  const positions = full.messages.filter((m) => [1, 2, 3, 18, 19, 27].includes(m.type));
  const rows: { mmsi: number; lon: number; lat: number; speed: number; course: number; heading: number }[] =
    [];
  const others: DecodedMessage[] = [];
  const stats = await decodeStreamColumnar(
    Readable.from([Buffer.from(text)]),
    (b: PositionBatch) => {
      for (let i = 0; i < b.length; i++) {
        rows.push({
          mmsi: b.mmsi[i],
          lon: b.lon[i],
          lat: b.lat[i],
          speed: b.speedKnots[i],
          course: b.courseDeg[i],
          heading: b.heading[i],
        });
      }
    },
    { batchRows: 100, onMessage: (m) => others.push(m) },
  );
  assert.equal(rows.length, positions.length);
  assert.ok(rows.length > 700);
  for (let i = 0; i < rows.length; i++) {
    const m = positions[i];
    assert.equal(rows[i].mmsi, m.mmsi);
    assert.equal(rows[i].lon, m.lon === 181 ? Number.NaN : m.lon);
    assert.equal(rows[i].lat, m.lat === 91 ? Number.NaN : m.lat);
    assert.equal(rows[i].heading, m.heading ?? 511);
    assert.ok(Object.is(rows[i].speed, Math.fround(m.speed === 102.3 ? Number.NaN : (m.speed as number))));
  }
  assert.equal(others.length, full.messages.length - positions.length);
  assert.deepEqual(stats, full.stats);
});

test('decodeStream pulls the next chunk only when the consumer asks (backpressure)', async () => {
  let pulled = 0;
  const line = `${encodePositionReport({ mmsi: 244000009, lon: 4, lat: 52 })}\n`;
  async function* source() {
    for (let i = 0; i < 1000; i++) {
      pulled++;
      yield Buffer.from(line.repeat(10));
    }
  }
  const stream = decodeStream(source());
  let seen = 0;
  for await (const _ of stream) {
    seen++;
    // ten messages per chunk: the source is never more than one chunk ahead of the consumer
    assert.ok(pulled <= Math.ceil(seen / 10), `read ${pulled} chunks for ${seen} messages`);
    if (seen === 95) break;
  }
  assert.equal(pulled, 10);
});
