import { groupByVessel } from './columns.ts';
import type { Activity, ActivityPeriod, PositionColumns } from './types.ts';

/** A thinned track point with the activity of its period. */
export interface TrackSample {
  mmsi: number;
  timestampMs: number;
  lon: number;
  lat: number;
  speedKnots: number | null;
  activity: Activity;
}

/**
 * Thins the tracks of the given vessels to one point every `intervalMs` (default 5 minutes), each
 * labelled with the activity of the period it falls in (points outside every period are left out).
 */
export function sampleTracks(
  cols: PositionColumns,
  periods: readonly ActivityPeriod[],
  mmsis: Iterable<number>,
  intervalMs = 300_000,
): TrackSample[] {
  const wanted = new Set(mmsis);
  const byVessel = new Map<number, ActivityPeriod[]>();
  for (const p of periods) {
    if (!wanted.has(p.mmsi)) continue;
    const list = byVessel.get(p.mmsi) ?? [];
    list.push(p);
    byVessel.set(p.mmsi, list);
  }
  const out: TrackSample[] = [];
  for (const group of groupByVessel(cols)) {
    const list = byVessel.get(group.mmsi);
    if (!list) continue;
    list.sort((a, b) => a.startMs - b.startMs);
    let k = 0;
    let last = Number.NEGATIVE_INFINITY;
    for (const i of group.indices) {
      const t = cols.timestampMs[i];
      if (t - last < intervalMs) continue;
      while (k < list.length && list[k].endMs < t) k++;
      const p = list[k];
      if (!p || p.startMs > t) continue;
      const x = cols.lon[i];
      const y = cols.lat[i];
      if (!(x >= -180 && x <= 180 && y >= -90 && y <= 90)) continue;
      last = t;
      const s = cols.speedKnots[i];
      out.push({
        mmsi: group.mmsi,
        timestampMs: t,
        lon: x,
        lat: y,
        speedKnots: Number.isNaN(s) ? null : s,
        activity: p.activity,
      });
    }
  }
  return out;
}
