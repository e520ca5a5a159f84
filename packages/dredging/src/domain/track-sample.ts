import type { Activity, ActivityPeriod } from './types.ts';

/** A thinned track point with the activity of its period. */
export interface TrackSample {
  mmsi: number;
  timestampMs: number;
  lon: number;
  lat: number;
  speedKnots: number | null;
  activity: Activity;
  /** Segment the point belongs to (lines break between segments). */
  segment: number;
}

/**
 * Thins one segment's track to one point per `intervalMs`, each with the activity of its period
 * (the periods tile the track in order, position by position).
 */
export function sampleSegment(
  track: {
    length: number;
    timestampMs: Float64Array;
    lon: Float64Array;
    lat: Float64Array;
    speedKnots: Float32Array;
  },
  periods: readonly ActivityPeriod[],
  mmsi: number,
  segment: number,
  intervalMs: number,
): TrackSample[] {
  const out: TrackSample[] = [];
  let last = Number.NEGATIVE_INFINITY;
  let k = 0;
  for (const p of periods) {
    for (let i = k; i < k + p.positions && i < track.length; i++) {
      const t = track.timestampMs[i];
      const lastOfPeriod = i === k + p.positions - 1;
      if (t - last < intervalMs && !lastOfPeriod) continue;
      last = t;
      const s = track.speedKnots[i];
      out.push({
        mmsi,
        timestampMs: t,
        lon: track.lon[i],
        lat: track.lat[i],
        speedKnots: Number.isNaN(s) ? null : s,
        activity: p.activity,
        segment,
      });
    }
    k += p.positions;
  }
  return out;
}
