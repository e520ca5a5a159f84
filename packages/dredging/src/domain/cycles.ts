import type { TrackView } from './classify.ts';
import { ACTIVITIES, type ActivityPeriod } from './types.ts';

/**
 * Turns per-position labels into activity periods. A period ends where the next one starts (or at its
 * last position), so that periods tile the segment in time.
 */
export function periodsFromLabels(track: TrackView, labels: Uint8Array, mmsi: number): ActivityPeriod[] {
  const out: ActivityPeriod[] = [];
  let from = 0;
  for (let i = 1; i <= track.length; i++) {
    if (i < track.length && labels[i] === labels[from]) continue;
    let sx = 0;
    let sy = 0;
    for (let k = from; k < i; k++) {
      sx += track.lon[k];
      sy += track.lat[k];
    }
    out.push({
      mmsi,
      activity: ACTIVITIES[labels[from]],
      startMs: track.timestampMs[from],
      endMs: i < track.length ? track.timestampMs[i] : track.timestampMs[i - 1],
      lon: sx / (i - from),
      lat: sy / (i - from),
      positions: i - from,
      cycleId: null,
      volume: null,
    });
    from = i;
  }
  return out;
}

/** A cycle before its volume is estimated. */
export interface CycleDraft {
  id: string;
  mmsi: number;
  startMs: number;
  endMs: number;
  dredgingMinutes: number;
  complete: boolean;
  dredgeLon: number;
  dredgeLat: number;
  dischargeLon: number | null;
  dischargeLat: number | null;
  dischargeStartMs: number | null;
  /** The dredging periods of the cycle. */
  dredgingPeriods: ActivityPeriod[];
}

/**
 * Assembles a hopper dredger's periods (time order) into cycles: dredge → sail loaded → discharge →
 * sail empty. A cycle opens with a dredging period (later dredging periods before a discharge join it)
 * and closes at the next dredging after its discharge, or at the first idle period after the empty
 * leg. Periods inside a cycle get its id. A cycle without an observed discharge is incomplete.
 */
export function assembleCycles(periods: ActivityPeriod[], mmsi: number, firstNumber = 1): CycleDraft[] {
  const cycles: CycleDraft[] = [];
  let current: CycleDraft | null = null;
  let dredgeWeight = 0;
  let sailedEmpty = false;
  const close = () => {
    current = null;
  };
  for (const p of periods) {
    const c = current as CycleDraft | null;
    if (p.activity === 'dredging') {
      if (!c || c.complete) {
        const next: CycleDraft = {
          id: `${mmsi}-c${cycles.length + firstNumber}`,
          mmsi,
          startMs: p.startMs,
          endMs: p.endMs,
          dredgingMinutes: 0,
          complete: false,
          dredgeLon: 0,
          dredgeLat: 0,
          dischargeLon: null,
          dischargeLat: null,
          dischargeStartMs: null,
          dredgingPeriods: [],
        };
        cycles.push(next);
        current = next;
        dredgeWeight = 0;
        sailedEmpty = false;
      }
      const cur = current as unknown as CycleDraft;
      const minutes = (p.endMs - p.startMs) / 60_000;
      const w = Math.max(minutes, 1e-6);
      cur.dredgeLon = (cur.dredgeLon * dredgeWeight + p.lon * w) / (dredgeWeight + w);
      cur.dredgeLat = (cur.dredgeLat * dredgeWeight + p.lat * w) / (dredgeWeight + w);
      dredgeWeight += w;
      cur.dredgingMinutes += minutes;
      cur.dredgingPeriods.push(p);
      cur.endMs = p.endMs;
      p.cycleId = cur.id;
      continue;
    }
    if (!c) continue;
    if (p.activity === 'discharging') {
      if (!c.complete) {
        c.complete = true;
        c.dischargeLon = p.lon;
        c.dischargeLat = p.lat;
        c.dischargeStartMs = p.startMs;
      }
    } else if (p.activity === 'sailing_empty') {
      sailedEmpty = true;
    } else if (p.activity === 'idle' && c.complete && sailedEmpty) {
      close();
      continue;
    }
    c.endMs = p.endMs;
    p.cycleId = c.id;
  }
  return cycles;
}
