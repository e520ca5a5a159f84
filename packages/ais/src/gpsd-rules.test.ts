/**
 * gpsd master's output rules, each checked on a message built bit by bit. Expected texts are read from
 * gpsd's source (gpsd/gpsd_json.c `json_aivdm_dump`, gpsd/packet.c, drivers/drivers.c `aivdm_decode`),
 * cited beside each case; none is computed with this package's own tables.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  decodeLines,
  decodeStreamToGpsd,
  encodeFields,
  encodePositionReport,
  nmeaChecksum,
} from './index.ts';

/** Runs lines through `strata ais decode --format gpsd`'s path and returns the JSON objects. */
async function gpsd(lines: string[], terminated = true): Promise<Record<string, unknown>[]> {
  const chunks: Uint8Array[] = [];
  const text = lines.join('\n') + (terminated ? '\n' : '');
  async function* input() {
    yield text;
  }
  await decodeStreamToGpsd(input(), (b) => {
    chunks.push(Uint8Array.from(b));
  });
  return Buffer.concat(chunks)
    .toString('utf8')
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l));
}

function sentence(body: string): string {
  return `!${body}*${nmeaChecksum(body)}`;
}

describe('gpsd special values', () => {
  it('class A speed: raw 1023 is "n/a", raw 1022 "fast" (gpsd_json.c, case 1-3 speedlegend)', async () => {
    const [na, fast, slow] = await gpsd([
      encodePositionReport({ mmsi: 111000001, speedKnots: null, lon: 1, lat: 1 }),
      encodePositionReport({ mmsi: 111000002, speedKnots: 102.2, lon: 1, lat: 1 }),
      encodePositionReport({ mmsi: 111000003, speedKnots: 12.3, lon: 1, lat: 1 }),
    ]);
    assert.equal(na?.speed, 'n/a');
    assert.equal(fast?.speed, 'fast');
    assert.equal(slow?.speed, 12.3);
  });

  it('navigational status 11-14 have the texts ITU-R M.1371-5 added (gpsd_json.c nav_legends)', async () => {
    const out = await gpsd(
      [11, 12, 13, 14].map((status) =>
        encodePositionReport({ mmsi: 111000010 + status, status, lon: 1, lat: 1 }),
      ),
    );
    assert.deepEqual(
      out.map((m) => m.status_text),
      [
        'Power-driven vessel towing astern',
        'Power-driven vessel pushing ahead or towing alongside',
        'Reserved',
        'AIS-SART is active',
      ],
    );
  });

  it('SAR aircraft: altitude 4095 "nan", 4094 "high"; speed 1023 "nan", 1022 "fast" (gpsd_json.c case 9)', async () => {
    // type 9 layout (ITU-R M.1371-5 Table 53): alt at bit 38 (12 bits), speed at 50 (10 bits), 168 bits
    const sar = (mmsi: number, alt: number, speed: number) =>
      encodeFields(168, [
        [0, 6, 9],
        [8, 30, mmsi],
        [38, 12, alt],
        [50, 10, speed],
        [61, 28, 181 * 600000],
        [89, 27, 91 * 600000],
        [116, 12, 3600],
        [128, 6, 60],
      ])[0];
    const out = await gpsd([
      sar(111000101, 4095, 1023),
      sar(111000102, 4094, 1022),
      sar(111000103, 300, 120),
    ]);
    assert.deepEqual(
      out.map((m) => [m.alt, m.speed]),
      [
        ['nan', 'nan'],
        ['high', 'fast'],
        [300, 120],
      ],
    );
  });
});

describe('gpsd input rules', () => {
  const report = (mmsi: number) => encodePositionReport({ mmsi, lon: 1, lat: 1 });

  it('takes only the talkers gpsd lexes (!A[BDINRSTX], !BS, !SA); the standard rules take any', async () => {
    const ai = report(111000201);
    const by = sentence(ai.slice(1, ai.indexOf('*')).replace('AIVDM', 'BYVDM'));
    const bs = sentence(ai.slice(1, ai.indexOf('*')).replace('AIVDM', 'BSVDM'));
    const out = await gpsd([by, bs]);
    assert.equal(out.length, 1, 'the !BS sentence only');
    assert.equal(decodeLines([by, bs]).messages.length, 2);
  });

  it('ignores channel C (secure AIS) as gpsd does (drivers.c: "ignoring AIS channel C")', async () => {
    const a = report(111000301);
    const c = sentence(a.slice(1, a.indexOf('*')).replace(',A,', ',C,'));
    assert.equal((await gpsd([c])).length, 0);
    assert.equal(decodeLines([c]).messages.length, 1);
  });

  it('assembles one message per channel whatever the sequential id, so interleaved messages on a channel are lost', async () => {
    const fields = (mmsi: number): [number, number, number | string][] => [
      [0, 6, 5],
      [8, 30, mmsi],
      [112, 20, 'SYNTHETIC ONE'],
    ];
    const [a1, a2] = encodeFields(424, fields(111000401), { sequenceId: 1 });
    const [b1, b2] = encodeFields(424, fields(111000402), { sequenceId: 2 });
    // a1 b1 a2 b2 on one channel: gpsd restarts at b1 (dropping a1), then a2 is out of order and dropped,
    // b2 completes b1. The standard rules key by sequential id and decode both.
    const out = await gpsd([a1, b1, a2, b2]);
    assert.deepEqual(
      out.map((m) => m.mmsi),
      [111000402],
    );
    assert.equal(decodeLines([a1, b1, a2, b2]).messages.length, 2);
  });

  it('drops a sentence of more than 199 bytes with its line end (drivers.c "overlong AIVDM packet")', async () => {
    const base = report(111000501);
    const pad = (n: number) => `${base},${'x'.repeat(n - base.length - 1)}`;
    // 198 characters + "\n" = 199 bytes: taken; 199 + "\n" = 200: dropped
    assert.equal((await gpsd([pad(198)])).length, 1);
    assert.equal((await gpsd([pad(199)])).length, 0);
  });

  it('does not decode a last line without its line end (gpsd never completes that packet)', async () => {
    assert.equal((await gpsd([report(111000601), report(111000602)], false)).length, 1);
  });
});

describe('gpsd binary applications', () => {
  it('type 6 DAC 200 FID 55: persons on board (drivers/driver_ais.c: crew 88/8, passengers 96/13, personnel 109/8)', async () => {
    const [line] = encodeFields(168, [
      [0, 6, 6],
      [8, 30, 111000701],
      [40, 30, 111000702],
      [72, 10, 200],
      [82, 6, 55],
      [88, 8, 12],
      [96, 13, 345],
      [109, 8, 6],
    ]);
    const [m] = await gpsd([line]);
    assert.deepEqual([m?.crew, m?.passengers, m?.personnel], [12, 345, 6]);
  });

  it('type 8 DAC 200 FID 10: ERI ship types gpsd lists, matched on either column; later codes are "Illegal ship type value."', async () => {
    const inland = (shiptype: number, loaded: number) =>
      encodeFields(168, [
        [0, 6, 8],
        [8, 30, 111000801],
        [40, 10, 200],
        [50, 6, 10],
        [56, 48, 'SYNTH01'],
        [127, 14, shiptype],
        [141, 3, 5],
        [155, 2, loaded],
      ])[0];
    const out = await gpsd([inland(8010, 0), inland(79, 1), inland(8400, 2)]);
    assert.deepEqual(
      out.map((m) => [m.shiptype_text, m.loaded_text]),
      [
        ['Motor freighter', 'N/A (default)'],
        ['Motor freighter', 'Unloaded'],
        ['Illegal ship type value.', 'Loaded'],
      ],
    );
  });
  it('DAC 1 applications outside their RANGE_CHECK are refused whole, not printed as raw data (drivers/driver_ais.c)', async () => {
    const binary = (type: 6 | 8, fid: number, bits: number) =>
      encodeFields(bits, [
        [0, 6, type],
        [8, 30, 111000901],
        ...(type === 6
          ? ([
              [40, 30, 111000902],
              [72, 10, 1],
              [82, 6, fid],
            ] as const)
          : ([
              [40, 10, 1],
              [50, 6, fid],
            ] as const)),
      ])[0] as string;
    // type 8 FID 11 (IMO 236 met/hydro): RANGE_CHECK(346, 352); FID 19: 258+; FID 27: 117+
    // type 6 FID 20: 360+; 25: 100+; 28: 149+; 30: 98+; 32: 97+
    const cases: [6 | 8, number, number, boolean][] = [
      [8, 11, 345, false],
      [8, 11, 346, true],
      [8, 11, 352, true],
      [8, 11, 360, false],
      [8, 19, 252, false],
      [8, 27, 114, false],
      [6, 20, 354, false],
      [6, 25, 96, false],
      [6, 28, 144, false],
      [6, 30, 96, false],
      [6, 30, 102, true],
      [6, 32, 96, false],
    ];
    const out = await gpsd(cases.map(([type, fid, bits]) => binary(type, fid, bits)));
    const kept = out.map((m) => `${m.type}/${m.fid}`);
    assert.deepEqual(
      kept,
      cases.filter((c) => c[3]).map(([type, fid]) => `${type}/${fid}`),
    );
  });
});
