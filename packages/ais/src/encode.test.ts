import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import {
  decodeLines,
  encodePositionReport,
  encodeStaticVoyage,
  isPositionReport,
  isStaticVoyageData,
} from './index.ts';

test('a position report round-trips through the decoder with its tag-block time', () => {
  const timeMs = Date.UTC(2024, 2, 1, 12, 30, 15);
  const line = encodePositionReport(
    {
      type: 3,
      mmsi: 244123456,
      status: 0,
      lon: 4.123456,
      lat: 51.98765,
      speedKnots: 3.2,
      courseDeg: 87.5,
      heading: 88,
      second: 15,
    },
    { timeMs },
  );
  assert.match(line, /^\\c:1709296215\*[0-9A-F]{2}\\!AIVDM,1,1,,A,[0-9:;<=>?@A-W`a-w]+,0\*[0-9A-F]{2}$/);
  const { messages, stats } = decodeLines([line]);
  assert.equal(stats.messages, 1);
  const m = messages[0];
  assert.equal(m.type, 3);
  assert.equal(m.mmsi, 244123456);
  assert.equal(m.timestampMs, timeMs - 0);
  assert.ok(Math.abs((m.lon as number) - 4.123456) < 1e-6);
  assert.ok(Math.abs((m.lat as number) - 51.98765) < 1e-6);
  assert.equal(m.speed, 3.2);
  assert.equal(m.course, 87.5);
  assert.equal(m.heading, 88);
  assert.equal(m.status, 0);
});

test('omitted position fields encode as "not available"', () => {
  const { messages } = decodeLines([encodePositionReport({ mmsi: 1 })]);
  const m = messages[0];
  assert.equal(m.lon, 181);
  assert.equal(m.lat, 91);
  assert.equal(m.speed, 102.3);
  assert.equal(m.course, 360);
  assert.equal(m.heading, 511);
  assert.equal(m.timestampMs, null);
});

test('static and voyage data round-trips as two sentences', () => {
  const lines = encodeStaticVoyage(
    {
      mmsi: 245678000,
      imo: 9123456,
      callsign: 'PBXY',
      shipname: 'Ham 318',
      shiptype: 33,
      toBow: 100,
      toStern: 37,
      toPort: 14,
      toStarboard: 14,
      epfd: 1,
      eta: { month: 6, day: 3, hour: 8, minute: 15 },
      draughtM: 9.4,
      destination: 'ROTTERDAM',
    },
    { timeMs: 1_700_000_000_000, channel: 'B', sequenceId: 7 },
  );
  assert.equal(lines.length, 2);
  assert.match(lines[1], /^!AIVDM,2,2,7,B,/);
  const { messages, stats } = decodeLines(lines);
  assert.equal(stats.decodedLines, 2);
  const m = messages[0];
  assert.equal(m.type, 5);
  assert.equal(m.mmsi, 245678000);
  assert.equal(m.imo, 9123456);
  assert.equal(m.callsign, 'PBXY');
  assert.equal(m.shipname, 'HAM 318');
  assert.equal(m.shiptype, 33);
  assert.equal(m.to_bow, 100);
  assert.equal(m.to_stern, 37);
  assert.equal(m.draught, 9.4);
  assert.equal(m.destination, 'ROTTERDAM');
  assert.deepEqual([m.month, m.day, m.hour, m.minute], [6, 3, 8, 15]);
  assert.equal(m.timestampMs, 1_700_000_000_000);
});

test('any encodable position report decodes to the same values (property)', () => {
  fc.assert(
    fc.property(
      fc.integer({ min: 0, max: 2 ** 30 - 1 }),
      fc.double({ min: -180, max: 180, noNaN: true }),
      fc.double({ min: -90, max: 90, noNaN: true }),
      fc.integer({ min: 0, max: 1022 }),
      fc.integer({ min: 0, max: 3599 }),
      (mmsi, lon, lat, speed10, course10) => {
        const line = encodePositionReport({
          mmsi,
          lon,
          lat,
          speedKnots: speed10 / 10,
          courseDeg: course10 / 10,
        });
        const m = decodeLines([line]).messages[0];
        assert.equal(m.mmsi, mmsi);
        assert.ok(Math.abs((m.lon as number) - lon) <= 1 / 1_200_000 + 1e-12);
        assert.ok(Math.abs((m.lat as number) - lat) <= 1 / 1_200_000 + 1e-12);
        assert.equal(m.speed, speed10 / 10);
        assert.equal(m.course, course10 / 10);
      },
    ),
    { numRuns: 500 },
  );
});

test('type guards narrow position reports and static data', () => {
  const { messages } = decodeLines([
    encodePositionReport({ mmsi: 5, lon: 3, lat: 50 }),
    ...encodeStaticVoyage({ mmsi: 5, shipname: 'GUARD', draughtM: 4.2 }),
  ]);
  const [pos, stat] = messages;
  assert.ok(isPositionReport(pos) && !isStaticVoyageData(pos));
  assert.ok(isStaticVoyageData(stat) && !isPositionReport(stat));
  if (isPositionReport(pos)) assert.equal(pos.lon.toFixed(1), '3.0');
  if (isStaticVoyageData(stat)) assert.equal(stat.shipname.toLowerCase(), 'guard');
});
