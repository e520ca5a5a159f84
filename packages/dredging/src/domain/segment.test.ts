import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { sharedDataFile } from '@strata/core';
import { columnsFromPositions, groupByVessel } from './columns.ts';
import { distanceM, METRES_PER_NAUTICAL_MILE } from './geo.ts';
import { DEFAULT_SEGMENT_PARAMETERS, segmentTrack } from './segment.ts';
import type { Position, PositionColumns } from './types.ts';

const HOUR = 3_600_000;

function line(
  mmsi: number,
  t0: number,
  n: number,
  stepMs: number,
  lon0: number,
  lat0: number,
  dLon: number,
): Position[] {
  return Array.from({ length: n }, (_, k) => ({
    mmsi,
    timestampMs: t0 + k * stepMs,
    lon: lon0 + k * dLon,
    lat: lat0,
    speedKnots: 10,
    courseDeg: 90,
  }));
}

function maxImpliedKnots(cols: PositionColumns, indices: Uint32Array): number {
  let max = 0;
  for (let k = 1; k < indices.length; k++) {
    const a = indices[k - 1];
    const b = indices[k];
    const d = distanceM(cols.lon[a], cols.lat[a], cols.lon[b], cols.lat[b]);
    if (d <= DEFAULT_SEGMENT_PARAMETERS.noiseDistanceM) continue;
    const h = Math.max(cols.timestampMs[b] - cols.timestampMs[a], 60_000) / HOUR;
    max = Math.max(max, d / METRES_PER_NAUTICAL_MILE / h);
  }
  return max;
}

describe('segmentTrack', () => {
  it('splits at a gap of 6 hours and not at a shorter one', () => {
    const a = line(1, 0, 20, 60_000, 0, 50, 0.003);
    const b = line(1, a[19].timestampMs + 6 * HOUR, 20, 60_000, a[19].lon, 50, 0.003);
    const c = line(1, b[19].timestampMs + 5.9 * HOUR, 20, 60_000, b[19].lon, 50, 0.003);
    const cols = columnsFromPositions([...a, ...b, ...c]);
    const { segments } = segmentTrack(cols, 1, groupByVessel(cols)[0].indices);
    assert.deepEqual(
      segments.map((s) => s.indices.length),
      [20, 40],
    );
  });

  it('drops a lone jump, not-available speeds and duplicates, and counts each', () => {
    const ps = line(7, 0, 30, 60_000, 4, 52, 0.005);
    ps[10] = { ...ps[10], lon: 9, lat: 55 };
    ps[12] = { ...ps[12], speedKnots: null };
    ps.splice(15, 0, { ...ps[15] });
    ps.push({ ...ps[29], timestampMs: ps[29].timestampMs + 60_000, lon: 181, lat: 91 });
    const cols = columnsFromPositions(ps);
    const { segments, dropped } = segmentTrack(cols, 7, groupByVessel(cols)[0].indices);
    assert.equal(segments.length, 1);
    assert.equal(segments[0].indices.length, 28);
    assert.deepEqual(dropped, {
      positionNotAvailable: 1,
      speedNotAvailable: 1,
      duplicate: 1,
      otherTransmitter: 0,
      implausible: 1,
    });
  });

  it('keeps two transmitters sharing one MMSI apart', () => {
    const a = line(9, 0, 60, 60_000, 3.0, 52.0, 0.004);
    const b = line(9, 30_000, 60, 60_000, 5.0, 53.5, -0.004);
    const cols = columnsFromPositions([...a, ...b].sort((x, y) => x.timestampMs - y.timestampMs));
    const { segments } = segmentTrack(cols, 9, groupByVessel(cols)[0].indices);
    assert.equal(segments.length, 2);
    for (const s of segments) {
      const lons = [...s.indices].map((i) => cols.lat[i]);
      assert.ok(
        lons.every((l) => l === lons[0]),
        'each segment holds one transmitter only',
      );
      assert.ok(maxImpliedKnots(cols, s.indices) <= 30);
    }
  });

  for (const mmsi of [263576000, 338013000, 416000000]) {
    const file = sharedDataFile(`ais/gfw-track-${mmsi}.json`);
    it(`segments the real GFW track ${mmsi} into plausible segments`, {
      skip: file ? false : 'shared data absent',
    }, () => {
      const positions: Position[] = readFileSync(file!, 'utf8')
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
        }));
      const cols = columnsFromPositions(positions);
      const [group] = groupByVessel(cols);
      const { segments, dropped } = segmentTrack(cols, mmsi, group.indices);
      assert.ok(segments.length >= 1);
      let kept = 0;
      for (const s of segments) {
        kept += s.indices.length;
        assert.ok(maxImpliedKnots(cols, s.indices) <= 30, `segment ${s.id} has an implausible jump`);
        for (let k = 1; k < s.indices.length; k++) {
          assert.ok(cols.timestampMs[s.indices[k]] - cols.timestampMs[s.indices[k - 1]] < 6 * HOUR);
        }
      }
      const drops =
        dropped.duplicate + dropped.implausible + dropped.positionNotAvailable + dropped.speedNotAvailable;
      assert.equal(kept + drops, positions.length, 'every position is kept or counted as dropped');
      assert.ok(kept / positions.length > 0.7, 'most of a real track is kept (duplicates aside)');
    });
  }
});
