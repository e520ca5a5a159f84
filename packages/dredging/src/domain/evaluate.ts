import type { Activity, ActivityPeriod } from './types.ts';

/** A period with a vessel, activity and time span (truth or found). */
export interface TimedPeriod {
  mmsi: number;
  activity: Activity;
  startMs: number;
  endMs: number;
}

export interface MatchScore {
  truePeriods: number;
  foundPeriods: number;
  /** Found periods at least half covered by true periods of the same vessel and activity. */
  precision: number;
  /** True periods at least half covered by found periods. */
  recall: number;
  f1: number;
  /** Same, weighted by time: overlap / found time, overlap / true time. */
  timePrecision: number;
  timeRecall: number;
}

function coveredMs(p: TimedPeriod, others: TimedPeriod[]): number {
  let ms = 0;
  for (const o of others) {
    const a = Math.max(p.startMs, o.startMs);
    const b = Math.min(p.endMs, o.endMs);
    if (b > a) ms += b - a;
  }
  return ms;
}

/**
 * Scores found periods of one activity against the truth by time overlap: a period counts as matched
 * when at least `minCover` (default half) of its duration is covered by periods of the other side.
 */
export function scorePeriods(
  truth: readonly TimedPeriod[],
  found: readonly (TimedPeriod | ActivityPeriod)[],
  activity: Activity,
  minCover = 0.5,
): MatchScore {
  const byVessel = (list: readonly TimedPeriod[]) => {
    const m = new Map<number, TimedPeriod[]>();
    for (const p of list) {
      if (p.activity !== activity || p.endMs <= p.startMs) continue;
      const l = m.get(p.mmsi) ?? [];
      l.push(p);
      m.set(p.mmsi, l);
    }
    return m;
  };
  const t = byVessel(truth);
  const f = byVessel(found);
  let tp = 0;
  let nf = 0;
  let foundMs = 0;
  let foundOverlap = 0;
  for (const [mmsi, list] of f) {
    for (const p of list) {
      nf++;
      const c = coveredMs(p, t.get(mmsi) ?? []);
      foundMs += p.endMs - p.startMs;
      foundOverlap += c;
      if (c >= minCover * (p.endMs - p.startMs)) tp++;
    }
  }
  let recalled = 0;
  let nt = 0;
  let trueMs = 0;
  let trueOverlap = 0;
  for (const [mmsi, list] of t) {
    for (const p of list) {
      nt++;
      const c = coveredMs(p, f.get(mmsi) ?? []);
      trueMs += p.endMs - p.startMs;
      trueOverlap += c;
      if (c >= minCover * (p.endMs - p.startMs)) recalled++;
    }
  }
  const precision = nf === 0 ? 0 : tp / nf;
  const recall = nt === 0 ? 0 : recalled / nt;
  return {
    truePeriods: nt,
    foundPeriods: nf,
    precision,
    recall,
    f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
    timePrecision: foundMs === 0 ? 0 : foundOverlap / foundMs,
    timeRecall: trueMs === 0 ? 0 : trueOverlap / trueMs,
  };
}
