/**
 * The dredging watch's published views, as pure functions over stored events, vessels, cycles and
 * track points: the H3 intensity map, totals by country, the country panel, the vessel list and page,
 * the monthly series. The service reads the records and hands them here; nothing here touches a database.
 */
import { findCountry } from '@strata/core';
import { cellToParent, getResolution } from 'h3-js';
import {
  type Dataset,
  datasetRef,
  type StoredCycle,
  type StoredEvent,
  type StoredVessel,
} from './dataset.ts';
import type { TrackSample } from './track-sample.ts';
import type { Band } from './types.ts';
import { DEFAULT_VOLUME_PARAMETERS } from './volumes.ts';

/** Density band that turns in-situ m³ into (wet, saturated) tonnes in the views: the volume estimate's own. */
export const VIEW_DENSITY: Band = DEFAULT_VOLUME_PARAMETERS.insituDensityTPerM3;

const zero = (): Band => ({ low: 0, central: 0, high: 0 });
const addVolume = (b: Band, e: { volumeM3: Band | null }) => {
  b.low += e.volumeM3?.low ?? 0;
  b.central += e.volumeM3?.central ?? 0;
  b.high += e.volumeM3?.high ?? 0;
};
const roundBand = (b: Band): Band => ({
  low: Math.round(b.low),
  central: Math.round(b.central),
  high: Math.round(b.high),
});
const tonnesOf = (m3: Band): Band =>
  roundBand({
    low: m3.low * VIEW_DENSITY.low,
    central: m3.central * VIEW_DENSITY.central,
    high: m3.high * VIEW_DENSITY.high,
  });
const hoursOf = (e: { start: string; end: string }) => (Date.parse(e.end) - Date.parse(e.start)) / 3_600_000;
const tenth = (x: number) => Math.round(x * 10) / 10;
const share = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 1000) / 1000 : 0);
const iso = (ms: number) => new Date(ms).toISOString();

/**
 * Dredging intensity per H3 cell at `resolution`: finer cells are folded into their parent.
 *
 * @example hexagonView(dataset, dredgingEvents, 6).cells[0] // { h3, volumeM3, dredgingHours, … }
 */
export function hexagonView(dataset: Dataset, events: readonly StoredEvent[], resolution: number) {
  const cells = new Map<
    string,
    { volumeM3: Band; hours: number; periods: number; vessels: Set<number>; protectedPeriods: number }
  >();
  for (const e of events) {
    const h = getResolution(e.h3) > resolution ? cellToParent(e.h3, resolution) : e.h3;
    let c = cells.get(h);
    if (!c) {
      c = { volumeM3: zero(), hours: 0, periods: 0, vessels: new Set(), protectedPeriods: 0 };
      cells.set(h, c);
    }
    addVolume(c.volumeM3, e);
    c.hours += hoursOf(e);
    c.periods++;
    c.vessels.add(e.mmsi);
    if (e.inProtectedArea) c.protectedPeriods++;
  }
  return {
    dataset: datasetRef(dataset),
    resolution,
    cells: [...cells].map(([h3, c]) => ({
      h3,
      volumeM3: roundBand(c.volumeM3),
      dredgingHours: tenth(c.hours),
      periods: c.periods,
      vessels: c.vessels.size,
      protectedPeriods: c.protectedPeriods,
    })),
  };
}

/** Totals by country waters (largest central volume first); events outside any waters under null. */
export function countryTotals(dataset: Dataset, events: readonly StoredEvent[]) {
  const by = new Map<string, { volumeM3: Band; hours: number; vessels: Set<number>; protectedM3: number }>();
  for (const e of events) {
    const key = e.country ?? '';
    let c = by.get(key);
    if (!c) {
      c = { volumeM3: zero(), hours: 0, vessels: new Set(), protectedM3: 0 };
      by.set(key, c);
    }
    addVolume(c.volumeM3, e);
    c.hours += hoursOf(e);
    c.vessels.add(e.mmsi);
    if (e.inProtectedArea) c.protectedM3 += e.volumeM3?.central ?? 0;
  }
  return {
    dataset: datasetRef(dataset),
    items: [...by]
      .map(([iso3, c]) => ({
        country: iso3 || null,
        name: iso3 ? (findCountry(iso3)?.name.en ?? iso3) : 'Outside any country’s waters',
        volumeM3: roundBand(c.volumeM3),
        tonnes: tonnesOf(c.volumeM3),
        dredgingHours: tenth(c.hours),
        vessels: c.vessels.size,
        protectedShare: share(c.protectedM3, c.volumeM3.central),
      }))
      .sort((a, b) => b.volumeM3.central - a.volumeM3.central),
  };
}

/** The country panel: volume band per year, vessels, operators, share inside protected areas. */
export function countryPanelView(
  dataset: Dataset,
  country: { iso3: string; name: Record<string, string> },
  events: readonly StoredEvent[],
  vessels: readonly StoredVessel[],
) {
  const known = new Map(vessels.map((v) => [v.mmsi, v]));
  const years = new Map<number, { volumeM3: Band; hours: number; vessels: Set<number> }>();
  const perVessel = new Map<number, { volumeM3: Band; hours: number }>();
  const sum = zero();
  let protectedM3 = 0;
  for (const e of events) {
    const y = Number(e.start.slice(0, 4));
    const yr = years.get(y) ?? { volumeM3: zero(), hours: 0, vessels: new Set<number>() };
    addVolume(yr.volumeM3, e);
    yr.hours += hoursOf(e);
    yr.vessels.add(e.mmsi);
    years.set(y, yr);
    const pv = perVessel.get(e.mmsi) ?? { volumeM3: zero(), hours: 0 };
    addVolume(pv.volumeM3, e);
    pv.hours += hoursOf(e);
    perVessel.set(e.mmsi, pv);
    addVolume(sum, e);
    if (e.inProtectedArea) protectedM3 += e.volumeM3?.central ?? 0;
  }
  const total = roundBand(sum);
  const vesselItems = [...perVessel].map(([mmsi, v]) => {
    const row = known.get(mmsi);
    return {
      mmsi,
      name: row?.name ?? null,
      operator: row?.operator ?? null,
      dredgerType: row?.dredgerType ?? null,
      volumeM3: roundBand(v.volumeM3),
      dredgingHours: tenth(v.hours),
    };
  });
  const operators = new Map<string, { vessels: number; volumeM3: Band }>();
  for (const v of vesselItems) {
    const key = v.operator ?? 'Unknown operator';
    const o = operators.get(key) ?? { vessels: 0, volumeM3: zero() };
    o.vessels++;
    addVolume(o.volumeM3, v);
    operators.set(key, o);
  }
  return {
    dataset: datasetRef(dataset),
    country: { iso3: country.iso3, name: country.name },
    countryMethod: dataset.countryMethod,
    total: { volumeM3: total, dredgingPeriods: events.length },
    byYear: [...years]
      .sort((a, b) => a[0] - b[0])
      .map(([year, y]) => ({
        year,
        volumeM3: roundBand(y.volumeM3),
        tonnes: tonnesOf(y.volumeM3),
        dredgingHours: tenth(y.hours),
        vessels: y.vessels.size,
      })),
    vessels: vesselItems.sort((a, b) => b.volumeM3.central - a.volumeM3.central),
    operators: [...operators].map(([name, o]) => ({ name, vessels: o.vessels, volumeM3: o.volumeM3 })),
    protectedAreas: { volumeM3Central: Math.round(protectedM3), share: share(protectedM3, total.central) },
  };
}

/** One dredger: identity and evidence, cycles, thinned track, totals over its dredging periods. */
export function vesselPageView(
  dataset: Dataset,
  vessel: StoredVessel,
  cycles: readonly StoredCycle[],
  track: readonly TrackSample[],
  events: readonly StoredEvent[],
) {
  const volume = zero();
  let hours = 0;
  for (const e of events) {
    if (e.activity !== 'dredging') continue;
    addVolume(volume, e);
    hours += hoursOf(e);
  }
  return {
    dataset: datasetRef(dataset),
    vessel,
    totals: {
      volumeM3: roundBand(volume),
      dredgingHours: tenth(hours),
      cycles: cycles.filter((c) => c.complete).length,
    },
    cycles: cycles.map((c) => ({
      id: c.id,
      start: iso(c.startMs),
      end: iso(c.endMs),
      dredgingMinutes: Math.round(c.dredgingMinutes),
      complete: c.complete,
      dredgeLon: c.dredgeLon,
      dredgeLat: c.dredgeLat,
      dischargeLon: c.dischargeLon,
      dischargeLat: c.dischargeLat,
      country: c.country,
      volumeM3: roundBand(c.volumeM3),
      volumeMethod: c.volumeMethod,
    })),
    track: track.map((p) => ({
      t: iso(p.timestampMs),
      lon: p.lon,
      lat: p.lat,
      speedKnots: p.speedKnots,
      activity: p.activity,
      segment: p.segment,
    })),
  };
}

/** The dredgers of a dataset with their evidence kinds and totals over the given dredging events. */
export function vesselListView(
  dataset: Dataset,
  vessels: readonly StoredVessel[],
  events: readonly StoredEvent[],
) {
  const per = new Map<number, { volumeM3: Band; hours: number }>();
  for (const e of events) {
    const p = per.get(e.mmsi) ?? { volumeM3: zero(), hours: 0 };
    addVolume(p.volumeM3, e);
    p.hours += hoursOf(e);
    per.set(e.mmsi, p);
  }
  return {
    dataset: datasetRef(dataset),
    items: vessels.map((v) => ({
      mmsi: v.mmsi,
      imo: v.imo,
      name: v.name,
      dredgerType: v.dredgerType,
      operator: v.operator,
      evidence: v.evidence.map((e) => e.kind),
      volumeM3: roundBand(per.get(v.mmsi)?.volumeM3 ?? zero()),
      dredgingHours: tenth(per.get(v.mmsi)?.hours ?? 0),
    })),
  };
}

/** Monthly series (by the month a period starts, UTC) of dredged volume, hours and active dredgers. */
export function monthlySeries(dataset: Dataset, events: readonly StoredEvent[]) {
  const by = new Map<string, { volumeM3: Band; hours: number; vessels: Set<number> }>();
  for (const e of events) {
    const m = e.start.slice(0, 7);
    const s = by.get(m) ?? { volumeM3: zero(), hours: 0, vessels: new Set<number>() };
    addVolume(s.volumeM3, e);
    s.hours += hoursOf(e);
    s.vessels.add(e.mmsi);
    by.set(m, s);
  }
  return {
    dataset: datasetRef(dataset),
    items: [...by]
      .sort((a, b) => a[0].localeCompare(b[0]))
      .map(([month, s]) => ({
        month,
        volumeM3: roundBand(s.volumeM3),
        dredgingHours: tenth(s.hours),
        vessels: s.vessels.size,
      })),
  };
}
