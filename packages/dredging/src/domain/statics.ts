/** AIS static reports (types 5, 19, 24) folded into one record per vessel. */
import type { VesselStatic } from './vessel.ts';

/** One static report as decoded (AIS type 5, or type 24 parts): any field may be missing. */
export interface StaticReportInput {
  mmsi: number;
  timestampMs: number | null;
  imo?: number | null;
  name?: string | null;
  callsign?: string | null;
  shipType?: number | null;
  lengthM?: number | null;
  beamM?: number | null;
  draughtM?: number | null;
}

/**
 * Folds static reports (in time order) into one {@link VesselStatic} per MMSI: the latest non-empty
 * value of each field, and the draught history as a list of changes.
 */
export function collectStatics(reports: Iterable<StaticReportInput>): Map<number, VesselStatic> {
  const out = new Map<number, VesselStatic>();
  for (const r of reports) foldStatic(out, r);
  return out;
}

/** Folds one static report into `statics` (see {@link collectStatics}); reports must come in time order. */
export function foldStatic(statics: Map<number, VesselStatic>, r: StaticReportInput): void {
  let s = statics.get(r.mmsi);
  if (!s) {
    s = {
      mmsi: r.mmsi,
      imo: null,
      name: null,
      callsign: null,
      shipType: null,
      lengthM: null,
      beamM: null,
      draughts: [],
    };
    statics.set(r.mmsi, s);
  }
  if (r.imo) s.imo = r.imo;
  if (r.name) s.name = r.name;
  if (r.callsign) s.callsign = r.callsign;
  if (r.shipType) s.shipType = r.shipType;
  if (r.lengthM) s.lengthM = r.lengthM;
  if (r.beamM) s.beamM = r.beamM;
  if (r.draughtM && r.timestampMs !== null) {
    const last = s.draughts[s.draughts.length - 1];
    if (!last || last.draughtM !== r.draughtM)
      s.draughts.push({ timestampMs: r.timestampMs, draughtM: r.draughtM });
  }
}
