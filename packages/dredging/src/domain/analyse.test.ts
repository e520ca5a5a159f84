import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { sharedDataFile } from '@strata/core';
import { analyseTracks } from './analyse.ts';
import { RuleClassifier } from './classify.ts';
import { columnsFromPositions } from './columns.ts';
import { scorePeriods } from './evaluate.ts';
import { parseRegistryCsv } from './registry-csv.ts';
import { generateScenario, scenarioOptions } from './scenario.ts';
import { collectStatics } from './statics.ts';

/** The accuracy targets of issue 4, measured on generated scenarios with all the AIS noise on. */
describe('accuracy on generated scenarios', () => {
  for (const seed of [11, 12]) {
    const scenario = generateScenario(
      scenarioOptions({ seed, days: 10, hoppers: 3, cutters: 1, cargo: 2, fishing: 2 }),
    );
    const result = analyseTracks(
      columnsFromPositions(scenario.positions),
      collectStatics(scenario.statics).values(),
      parseRegistryCsv(scenario.registryCsv).entries,
    );

    it(`seed ${seed}: finds dredging periods with F1 ≥ 0.9 (time-overlap matching)`, () => {
      const score = scorePeriods(scenario.truth.periods, result.periods, 'dredging');
      assert.ok(score.truePeriods > 20);
      assert.ok(score.f1 >= 0.9, `F1 ${score.f1.toFixed(3)}`);
    });

    it(`seed ${seed}: counts hopper cycles within ±10 %`, () => {
      const found = result.cycles.filter((c) => c.complete).length;
      const truth = scenario.truth.cycles.length;
      assert.ok(Math.abs(found - truth) <= 0.1 * truth, `found ${found}, truth ${truth}`);
    });

    it(`seed ${seed}: brackets the true volume between low and high`, () => {
      let low = 0;
      let high = 0;
      for (const p of result.periods) {
        if (!p.volume) continue;
        low += p.volume.volumeM3.low;
        high += p.volume.volumeM3.high;
        assert.ok(
          p.volume.volumeM3.low <= p.volume.volumeM3.central &&
            p.volume.volumeM3.central <= p.volume.volumeM3.high,
        );
        assert.ok(p.volume.method.length > 10, 'each figure records its method');
      }
      assert.ok(
        low <= scenario.truth.volumeM3 && scenario.truth.volumeM3 <= high,
        `${low} ≤ ${scenario.truth.volumeM3} ≤ ${high}`,
      );
    });

    it(`seed ${seed}: identifies every dredger, each with evidence, and no passing vessel`, () => {
      const expected = scenario.vessels
        .filter((v) => v.kind === 'hopper' || v.kind === 'cutter')
        .map((v) => v.mmsi);
      assert.deepEqual(result.dredgers.map((d) => d.mmsi).sort(), expected.sort());
      const wrongType = scenario.vessels.find((v) => v.kind === 'hopper' && v.shipType === 0)!;
      const behaviourOnly = result.dredgers.find((d) => d.mmsi === wrongType.mmsi);
      assert.ok(behaviourOnly, 'the hopper with a wrong ship type is in the scenario');
      assert.deepEqual(
        behaviourOnly.evidence.map((e) => e.kind),
        ['behaviour'],
      );
      assert.equal(behaviourOnly.dredgerType, 'trailing_suction_hopper');
    });

    it(`seed ${seed}: keeps the cargo ship sharing a hopper's MMSI out of the hopper's periods`, () => {
      assert.ok(result.dropped.otherTransmitter > 100, `${result.dropped.otherTransmitter} positions`);
      const shared = scenario.vessels.find((v) => v.kind === 'hopper')!.mmsi;
      const mine = result.periods.filter((p) => p.mmsi === shared);
      for (let k = 1; k < mine.length; k++)
        assert.ok(mine[k].startMs >= mine[k - 1].startMs, 'one track, no overlap');
    });
  }

  it('takes a replacement classifier: one that never sees dredging finds no dredging', () => {
    const scenario = generateScenario(
      scenarioOptions({ seed: 5, days: 2, hoppers: 1, cutters: 0, cargo: 0, fishing: 0 }),
    );
    const idle = {
      name: 'always-idle',
      parameters: {},
      classify: (track: { length: number }) => new Uint8Array(track.length),
    };
    const r = analyseTracks(
      columnsFromPositions(scenario.positions),
      collectStatics(scenario.statics).values(),
      parseRegistryCsv(scenario.registryCsv).entries,
      { classifier: idle },
    );
    assert.equal(r.classifier.name, 'always-idle');
    assert.equal(r.periods.filter((p) => p.activity === 'dredging').length, 0);
    const rules = analyseTracks(
      columnsFromPositions(scenario.positions),
      collectStatics(scenario.statics).values(),
      parseRegistryCsv(scenario.registryCsv).entries,
      { classifier: new RuleClassifier() },
    );
    assert.ok(rules.periods.some((p) => p.activity === 'dredging'));
  });
});

describe('real GFW tracks', () => {
  const files = [263576000, 338013000, 416000000].map((m) => sharedDataFile(`ais/gfw-track-${m}.json`));
  const skip = files.every(Boolean) ? false : 'shared data absent';
  const positions = () =>
    files.flatMap((file) =>
      readFileSync(file!, 'utf8')
        .split('\n')
        .filter((l) => l.trim() !== '')
        .map(
          (l) =>
            JSON.parse(l) as {
              ssvid: number;
              lat: number;
              lon: number;
              timestamp: string;
              speed: number | null;
              course: number | null;
            },
        )
        .map((r) => ({
          mmsi: Number(r.ssvid),
          timestampMs: Date.parse(r.timestamp),
          lon: r.lon,
          lat: r.lat,
          speedKnots: r.speed === null || r.speed >= 102.2 ? null : r.speed,
          courseDeg: r.course,
        })),
    );

  it('takes none of three real non-dredger tracks for a dredger by behaviour', { skip }, () => {
    const r = analyseTracks(columnsFromPositions(positions()), []);
    assert.equal(r.vesselsSeen, 3);
    assert.deepEqual(r.dredgers, []);
  });

  it('classifies a real track said to be a hopper into periods that tile it, without crashing', {
    skip,
  }, () => {
    const all = positions();
    const mmsi = all[0].mmsi;
    const registry = parseRegistryCsv(
      `mmsi,dredger_type,hopper_m3\n${mmsi},trailing suction hopper,5000\n`,
    ).entries;
    const r = analyseTracks(columnsFromPositions(all.filter((p) => p.mmsi === mmsi)), [], registry);
    assert.equal(r.dredgers.length, 1);
    assert.ok(r.periods.length > 0);
    for (let k = 1; k < r.periods.length; k++) {
      const a = r.periods[k - 1];
      const b = r.periods[k];
      assert.ok(b.startMs >= a.startMs && a.endMs >= a.startMs, 'periods in time order');
    }
  });
});
