import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  detectAisFormat,
  type MarineCadastreColumns,
  marineCadastreColumns,
  parseGfwLine,
  parseMarineCadastreRow,
} from './ais-formats.ts';

const HEADER =
  'MMSI,BaseDateTime,LAT,LON,SOG,COG,Heading,VesselName,IMO,CallSign,VesselType,Status,Length,Width,Draft,Cargo,TransceiverClass';

describe('detectAisFormat', () => {
  it('tells the three formats apart from their first line, and refuses anything else', () => {
    assert.equal(detectAisFormat(`${HEADER}\n1,2`), 'marinecadastre-csv');
    assert.equal(detectAisFormat('\uFEFF{"ssvid": 1, "lat": 0}\n'), 'gfw-jsonl');
    assert.equal(detectAisFormat('!AIVDM,1,1,,A,15M67FC000G?ufbE`FepT@3n00Sa,0*5C\n'), 'nmea');
    assert.equal(detectAisFormat('\\s:2573135,c:1671620143*0B\\!AIVDM,1,1,,A,x,0*00\n'), 'nmea');
    assert.equal(detectAisFormat('hello\nworld'), null);
    assert.equal(detectAisFormat('{"name": "not AIS"}'), null);
  });
});

describe('parseMarineCadastreRow', () => {
  const cols = marineCadastreColumns(HEADER.split(',')) as MarineCadastreColumns;

  it('reads the second row of the shared sample: position, UTC time, and the static fields', () => {
    // 367379190,2022-01-03T00:00:00,30.3706,-88.56408,0.0,336.2,511,EAGLE,IMO8207721,WTD4583,31,0,28,11,3.3,52,A
    const r = parseMarineCadastreRow(
      cols,
      '367379190,2022-01-03T00:00:00,30.3706,-88.56408,0.0,336.2,511,EAGLE,IMO8207721,WTD4583,31,0,28,11,3.3,52,A'.split(
        ',',
      ),
    );
    assert.ok(r.ok);
    assert.deepEqual(r.position, {
      mmsi: 367379190,
      timestampMs: Date.UTC(2022, 0, 3),
      lat: 30.3706,
      lon: -88.56408,
      speedKnots: 0,
      courseDeg: 336.2,
    });
    assert.deepEqual(r.statics, {
      mmsi: 367379190,
      timestampMs: Date.UTC(2022, 0, 3),
      imo: 8207721,
      name: 'EAGLE',
      callsign: 'WTD4583',
      shipType: 31,
      lengthM: 28,
      beamM: 11,
      draughtM: 3.3,
    });
  });

  it('maps "not available" speed (102.3) and course (360) to NaN, and rejects bad rows with a reason', () => {
    const r = parseMarineCadastreRow(
      cols,
      '338148873,2022-01-03T00:00:00,33.6,-117.9,102.3,360.0,511,,,,,,,,,,B'.split(','),
    );
    assert.ok(r.ok);
    assert.ok(Number.isNaN(r.position.speedKnots) && Number.isNaN(r.position.courseDeg));
    assert.equal(r.statics, null, 'no static field given');
    const bad = (line: string) => {
      const p = parseMarineCadastreRow(cols, line.split(','));
      return p.ok ? null : p.reason;
    };
    assert.match(bad('abc,2022-01-03T00:00:00,33,-117,1,1') ?? '', /MMSI/);
    assert.match(bad('338148873,yesterday,33,-117,1,1') ?? '', /time/);
    assert.match(bad('338148873,2022-01-03T00:00:00,91,-117,1,1') ?? '', /latitude/);
    assert.match(bad('338148873,2022-01-03T00:00:00,33,181,1,1') ?? '', /longitude/);
  });

  it('names the missing required columns of a header', () => {
    assert.equal(marineCadastreColumns(['MMSI', 'LAT']), 'the header lacks BaseDateTime, LON');
  });
});

describe('parseGfwLine', () => {
  it('reads the first line of a shared GFW track, and rejects what is not a position', () => {
    const r = parseGfwLine(
      '{"ssvid": 263576000, "lat": -23.2656002045, "lon": 97.1636123657, "timestamp": "2015-10-15T02:39:55.000000Z", "speed": 2.2999999523, "course": 267.0, "implied_speed": null}',
    );
    assert.ok(r.ok);
    assert.equal(r.position.mmsi, 263576000);
    assert.equal(r.position.timestampMs, Date.UTC(2015, 9, 15, 2, 39, 55));
    assert.equal(r.position.courseDeg, 267);
    assert.equal(parseGfwLine('[1,2]').ok, false);
    assert.equal(parseGfwLine('{"ssvid": 1').ok, false);
    const noTime = parseGfwLine('{"mmsi": 263576000, "lat": 1, "lon": 2}');
    assert.ok(!noTime.ok && /time/.test(noTime.reason));
  });
});
