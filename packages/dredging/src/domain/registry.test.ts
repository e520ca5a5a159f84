import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { defaultCapacity } from './capacity.ts';
import { identifyVessels } from './identify.ts';
import { parseDredgerType, parseRegistryCsv } from './registry-csv.ts';
import { collectStatics } from './statics.ts';

describe('registry', () => {
  it('parses a registry CSV and reports each bad row with its line', () => {
    const csv = [
      'mmsi,imo,name,dredger_type,hopper_m3,source',
      '244123456,9123456,"HAM 318, THE",trailing suction hopper,37293,operator website',
      '24412,,SHORT,cutter_suction,,',
      '244000001,,X,floating crane,,',
      '244000002,,Y,grab/clamshell,-5,',
      '',
    ].join('\n');
    const { entries, errors } = parseRegistryCsv(csv);
    assert.equal(entries.length, 2);
    assert.equal(entries[0].name, 'HAM 318, THE');
    assert.equal(entries[0].hopperM3, 37293);
    assert.equal(entries[1].dredgerType, 'cutter_suction');
    assert.deepEqual(
      errors.map((e) => e.line),
      [4, 5],
    );
    assert.match(errors[0].message, /floating crane/);
  });

  it('refuses a CSV without the required columns', () => {
    const { errors } = parseRegistryCsv('mmsi,name\n1,a\n');
    assert.equal(errors[0].line, 1);
    assert.match(errors[0].message, /dredger_type/);
  });

  it('reads dredger types as people write them', () => {
    assert.equal(parseDredgerType('Trailing Suction Hopper'), 'trailing_suction_hopper');
    assert.equal(parseDredgerType('TSHD'), 'trailing_suction_hopper');
    assert.equal(parseDredgerType('grab/clamshell'), 'grab');
    assert.equal(parseDredgerType('bucket ladder'), 'bucket_ladder');
    assert.equal(parseDredgerType('tug'), null);
  });

  it('identifies dredgers from ship type 33, names and the registry, with evidence', () => {
    const statics = collectStatics([
      { mmsi: 1, timestampMs: 0, shipType: 33, name: 'SOME SHIP' },
      { mmsi: 2, timestampMs: 0, shipType: 70, name: 'DREDGER SEVEN' },
      { mmsi: 3, timestampMs: 0, shipType: 70, name: 'CARGO ONE' },
      { mmsi: 4, timestampMs: 0, shipType: 52, name: 'CUTTER DREDGE 4' },
    ]);
    const registry = parseRegistryCsv(
      'mmsi,dredger_type,hopper_m3\n3,trailing suction hopper,4000\n',
    ).entries;
    const v = identifyVessels(statics.values(), registry, [5]);
    assert.deepEqual(
      v.get(1)!.evidence.map((e) => e.kind),
      ['ais_ship_type'],
    );
    assert.deepEqual(
      v.get(2)!.evidence.map((e) => e.kind),
      ['ais_name'],
    );
    assert.deepEqual(
      v.get(3)!.evidence.map((e) => e.kind),
      ['registry'],
    );
    assert.equal(v.get(3)!.capacity!.band.central, 4000);
    assert.equal(v.get(4)!.dredgerType, 'cutter_suction');
    assert.equal(v.get(5)!.isDredger, false);
  });

  it('gives a default capacity band by type and length, growing with length', () => {
    const small = defaultCapacity('trailing_suction_hopper', 70).band;
    const big = defaultCapacity('trailing_suction_hopper', 200).band;
    assert.ok(small.high < big.low);
    assert.equal(defaultCapacity('cutter_suction', null).unit, 'm3_per_hour');
    assert.match(defaultCapacity('grab', null).source, /docs\/dredging.md/);
  });

  it('keeps the draught history as a list of changes', () => {
    const s = collectStatics([
      { mmsi: 1, timestampMs: 0, draughtM: 5 },
      { mmsi: 1, timestampMs: 10, draughtM: 5 },
      { mmsi: 1, timestampMs: 20, draughtM: 8.2 },
    ]).get(1)!;
    assert.deepEqual(s.draughts, [
      { timestampMs: 0, draughtM: 5 },
      { timestampMs: 20, draughtM: 8.2 },
    ]);
  });
});
