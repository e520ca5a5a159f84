import type { Locator } from '../zones/locate.ts';
import type { AnalysisResult } from './analyse.ts';
import type { Activity, Band } from './types.ts';
import type { Vessel } from './vessel.ts';
import { addBands } from './volumes.ts';

/** One activity period as written to `events.jsonl` and served by the API. */
export interface DredgingEvent {
  mmsi: number;
  activity: Activity;
  /** ISO 8601 UTC. */
  start: string;
  end: string;
  lon: number;
  lat: number;
  /** ISO alpha-3 of the waters, or null. */
  country: string | null;
  /** How `country` was found: `approximate` (equidistance from Natural Earth land) or `official`. */
  countryMethod: 'approximate' | 'official';
  h3: string;
  areas: string[];
  inProtectedArea: boolean;
  cycleId: string | null;
  /** Dredging periods only: in-situ cubic metres. */
  volumeM3: Band | null;
  tonnes: Band | null;
  volumeMethod: string | null;
}

const round = (b: Band, digits = 0): Band => {
  const k = 10 ** digits;
  return {
    low: Math.round(b.low * k) / k,
    central: Math.round(b.central * k) / k,
    high: Math.round(b.high * k) / k,
  };
};

/** Turns analysed periods into events, attributing each to waters, an H3 cell and user areas. */
export function buildEvents(result: AnalysisResult, locate: Locator): DredgingEvent[] {
  return result.periods.map((p) => {
    const where = locate(p.lon, p.lat);
    return {
      mmsi: p.mmsi,
      activity: p.activity,
      start: new Date(p.startMs).toISOString(),
      end: new Date(p.endMs).toISOString(),
      lon: Math.round(p.lon * 1e5) / 1e5,
      lat: Math.round(p.lat * 1e5) / 1e5,
      country: where.country,
      countryMethod: where.countryMethod,
      h3: where.h3,
      areas: where.areas,
      inProtectedArea: where.inProtectedArea,
      cycleId: p.cycleId,
      volumeM3: p.volume ? round(p.volume.volumeM3) : null,
      tonnes: p.volume ? round(p.volume.tonnes) : null,
      volumeMethod: p.volume?.method ?? null,
    };
  });
}

/** Totals of one country (or all) in one month (or all). */
export interface SummaryRow {
  country: string | null;
  /** `YYYY-MM`, or null for all months. */
  month: string | null;
  dredgingHours: number;
  dredgingPeriods: number;
  vessels: number;
  volumeM3: Band;
  tonnes: Band;
  /** Volume (central) dredged inside protected user areas. */
  protectedVolumeM3: number;
}

export interface Summary {
  note: string;
  countryMethod: 'approximate' | 'official';
  classifier: AnalysisResult['classifier'];
  positions: number;
  vesselsSeen: number;
  dredgers: number;
  cycles: { complete: number; incomplete: number };
  dropped: AnalysisResult['dropped'];
  total: SummaryRow;
  byCountry: SummaryRow[];
  byCountryMonth: SummaryRow[];
}

const ZERO: Band = { low: 0, central: 0, high: 0 };

/** Sums dredging events by country and month, with low / central / high bands. */
export function summariseEvents(events: readonly DredgingEvent[]): {
  total: SummaryRow;
  byCountry: SummaryRow[];
  byCountryMonth: SummaryRow[];
} {
  const rows = new Map<string, SummaryRow & { mmsis: Set<number> }>();
  const row = (country: string | null, month: string | null) => {
    const key = `${country ?? '-'}|${month ?? '*'}`;
    let r = rows.get(key);
    if (!r) {
      r = {
        country,
        month,
        dredgingHours: 0,
        dredgingPeriods: 0,
        vessels: 0,
        volumeM3: { ...ZERO },
        tonnes: { ...ZERO },
        protectedVolumeM3: 0,
        mmsis: new Set(),
      };
      rows.set(key, r);
    }
    return r;
  };
  const total = row('*', null);
  for (const e of events) {
    if (e.activity !== 'dredging') continue;
    const month = e.start.slice(0, 7);
    for (const r of [total, row(e.country, null), row(e.country, month)]) {
      r.dredgingHours += (Date.parse(e.end) - Date.parse(e.start)) / 3_600_000;
      r.dredgingPeriods++;
      r.mmsis.add(e.mmsi);
      if (e.volumeM3) r.volumeM3 = addBands(r.volumeM3, e.volumeM3);
      if (e.tonnes) r.tonnes = addBands(r.tonnes, e.tonnes);
      if (e.inProtectedArea && e.volumeM3) r.protectedVolumeM3 += e.volumeM3.central;
    }
  }
  const finish = (r: SummaryRow & { mmsis: Set<number> }): SummaryRow => ({
    country: r.country === '*' ? null : r.country,
    month: r.month,
    dredgingHours: Math.round(r.dredgingHours * 100) / 100,
    dredgingPeriods: r.dredgingPeriods,
    vessels: r.mmsis.size,
    volumeM3: round(r.volumeM3),
    tonnes: round(r.tonnes),
    protectedVolumeM3: Math.round(r.protectedVolumeM3),
  });
  const all = [...rows.values()].filter((r) => r !== total);
  const byKey = (a: SummaryRow, b: SummaryRow) =>
    (a.country ?? '~').localeCompare(b.country ?? '~') || (a.month ?? '').localeCompare(b.month ?? '');
  return {
    total: finish(total),
    byCountry: all
      .filter((r) => r.month === null)
      .map(finish)
      .sort(byKey),
    byCountryMonth: all
      .filter((r) => r.month !== null)
      .map(finish)
      .sort(byKey),
  };
}

/** The `summary.json` of an analysis. */
export function buildSummary(
  result: AnalysisResult,
  events: readonly DredgingEvent[],
  countryMethod: 'approximate' | 'official',
): Summary {
  return {
    note:
      countryMethod === 'approximate'
        ? 'Country waters are APPROXIMATE: within 200 nm of the nearest Natural Earth coast (equidistance), not official EEZ boundaries.'
        : 'Country waters from the official zones file supplied by the user.',
    countryMethod,
    classifier: result.classifier,
    positions: result.positions,
    vesselsSeen: result.vesselsSeen,
    dredgers: result.dredgers.length,
    cycles: {
      complete: result.cycles.filter((c) => c.complete).length,
      incomplete: result.cycles.filter((c) => !c.complete).length,
    },
    dropped: result.dropped,
    ...summariseEvents(events),
  };
}

/** The `vessels.json` entry of a dredger. */
export function vesselRecord(v: Vessel, events: readonly DredgingEvent[]) {
  let volume = { ...ZERO };
  let hours = 0;
  for (const e of events) {
    if (e.mmsi !== v.mmsi || e.activity !== 'dredging') continue;
    hours += (Date.parse(e.end) - Date.parse(e.start)) / 3_600_000;
    if (e.volumeM3) volume = addBands(volume, e.volumeM3);
  }
  return {
    mmsi: v.mmsi,
    imo: v.imo,
    name: v.name,
    shipType: v.shipType,
    lengthM: v.lengthM,
    beamM: v.beamM,
    dredgerType: v.dredgerType,
    dredgerTypeSource: v.dredgerTypeSource,
    operator: v.operator,
    evidence: v.evidence,
    capacity: v.capacity,
    dredgingHours: Math.round(hours * 100) / 100,
    volumeM3: round(volume),
  };
}
