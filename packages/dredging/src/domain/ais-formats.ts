/**
 * The AIS file formats a researcher may bring, told apart from their first bytes, and the row parsers of
 * the two tabular ones (NMEA goes through `@strata/ais`): MarineCadastre's daily CSV and Global Fishing
 * Watch style JSON lines. Pure: one line in, one position (and static report) or one reason out.
 */
import type { StaticReportInput } from './statics.ts';

/** The formats an upload may be in. */
export const AIS_UPLOAD_FORMATS = ['nmea', 'marinecadastre-csv', 'gfw-jsonl'] as const;
export type AisUploadFormat = (typeof AIS_UPLOAD_FORMATS)[number];

/** One position read from a tabular row; speed and course NaN when not given. */
export interface RowPosition {
  mmsi: number;
  timestampMs: number;
  lon: number;
  lat: number;
  speedKnots: number;
  courseDeg: number;
}

export type RowParse =
  | { ok: true; position: RowPosition; statics: StaticReportInput | null }
  | { ok: false; reason: string };

/**
 * The format of a file from its first line(s), or null when it is none of them.
 *
 * @example detectAisFormat('MMSI,BaseDateTime,LAT,LON,SOG') // 'marinecadastre-csv'
 */
export function detectAisFormat(head: string): AisUploadFormat | null {
  const first =
    head
      .replace(/^\uFEFF/, '')
      .split(/\r?\n/)
      .find((l) => l.trim() !== '')
      ?.trim() ?? '';
  if (/^MMSI,BaseDateTime,/i.test(first)) return 'marinecadastre-csv';
  if (first.startsWith('{') && /"ssvid"|"mmsi"/.test(first)) return 'gfw-jsonl';
  // NMEA 0183 sentences, alone or after a tag block (\…\) or a receiver's time prefix.
  if (/[!$][A-Z]{2}VD[MO],/.test(head)) return 'nmea';
  return null;
}

/** Column positions of a MarineCadastre header. */
export interface MarineCadastreColumns {
  mmsi: number;
  time: number;
  lat: number;
  lon: number;
  sog: number;
  cog: number;
  name: number;
  imo: number;
  callsign: number;
  vesselType: number;
  length: number;
  width: number;
  draft: number;
}

/**
 * Finds the columns of a MarineCadastre AIS CSV header (MMSI, BaseDateTime, LAT, LON required), or
 * names the missing ones.
 */
export function marineCadastreColumns(header: readonly string[]): MarineCadastreColumns | string {
  const at = (name: string) => header.findIndex((h) => h.trim().toLowerCase() === name.toLowerCase());
  const cols = {
    mmsi: at('MMSI'),
    time: at('BaseDateTime'),
    lat: at('LAT'),
    lon: at('LON'),
    sog: at('SOG'),
    cog: at('COG'),
    name: at('VesselName'),
    imo: at('IMO'),
    callsign: at('CallSign'),
    vesselType: at('VesselType'),
    length: at('Length'),
    width: at('Width'),
    draft: at('Draft'),
  };
  const missing = (['mmsi', 'time', 'lat', 'lon'] as const).filter((k) => cols[k] < 0);
  if (missing.length > 0) {
    return `the header lacks ${missing.map((k) => ({ mmsi: 'MMSI', time: 'BaseDateTime', lat: 'LAT', lon: 'LON' })[k]).join(', ')}`;
  }
  return cols;
}

const numberOr = (raw: string | undefined, fallback: number): number => {
  if (raw === undefined || raw.trim() === '') return fallback;
  const v = Number(raw);
  return Number.isFinite(v) ? v : fallback;
};
const positiveOrNull = (raw: string | undefined): number | null => {
  const v = numberOr(raw, Number.NaN);
  return v > 0 ? v : null;
};
const textOrNull = (raw: string | undefined) => (raw && raw.trim() !== '' ? raw.trim() : null);

/**
 * A time with its zone, or without one (MarineCadastre writes `2022-01-03T00:00:00`), then read as UTC:
 * an assumption, not checked against MarineCadastre's data dictionary (docs/dredging.md says so).
 */
function utcMs(raw: string): number {
  const t = raw.trim();
  return Date.parse(/[zZ]|[+-]\d\d:?\d\d$/.test(t) ? t : `${t}Z`);
}

function checkedPosition(p: RowPosition): string | null {
  if (!Number.isInteger(p.mmsi) || p.mmsi <= 0 || p.mmsi > 999_999_999) return 'MMSI is not a 9-digit number';
  if (!Number.isFinite(p.timestampMs)) return 'the time is not an ISO 8601 date-time';
  if (!(p.lat >= -90 && p.lat <= 90)) return 'latitude is not within −90…90';
  if (!(p.lon >= -180 && p.lon <= 180)) return 'longitude is not within −180…180';
  return null;
}

/**
 * One MarineCadastre row. SOG 102.3 and COG 360 are AIS's "not available" values (as `@strata/ais`
 * decodes them, `columnar.ts`); an IMO arrives as `IMO8207721` in the sample; VesselType is read as the
 * AIS ship type code, Length/Width/Draft as metres.
 */
export function parseMarineCadastreRow(cols: MarineCadastreColumns, fields: readonly string[]): RowParse {
  const sog = numberOr(fields[cols.sog], Number.NaN);
  const cog = numberOr(fields[cols.cog], Number.NaN);
  const position: RowPosition = {
    mmsi: numberOr(fields[cols.mmsi], Number.NaN),
    timestampMs: utcMs(fields[cols.time] ?? ''),
    lat: numberOr(fields[cols.lat], Number.NaN),
    lon: numberOr(fields[cols.lon], Number.NaN),
    speedKnots: sog >= 102.2 ? Number.NaN : sog,
    courseDeg: cog >= 360 ? Number.NaN : cog,
  };
  const reason = checkedPosition(position);
  if (reason) return { ok: false, reason };
  const imoDigits = (fields[cols.imo] ?? '').replace(/^IMO/i, '');
  const s: StaticReportInput = {
    mmsi: position.mmsi,
    timestampMs: position.timestampMs,
    imo: positiveOrNull(imoDigits),
    name: textOrNull(fields[cols.name]),
    callsign: textOrNull(fields[cols.callsign]),
    shipType: positiveOrNull(fields[cols.vesselType]),
    lengthM: positiveOrNull(fields[cols.length]),
    beamM: positiveOrNull(fields[cols.width]),
    draughtM: positiveOrNull(fields[cols.draft]),
  };
  const hasStatic = s.imo || s.name || s.callsign || s.shipType || s.lengthM || s.beamM || s.draughtM;
  return { ok: true, position, statics: hasStatic ? s : null };
}

const jsonNumber = (v: unknown): number =>
  typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : Number.NaN;

/**
 * One JSON line of a Global Fishing Watch style track: `ssvid` (or `mmsi`), `timestamp`, `lat`, `lon`,
 * `speed` (knots) and `course` (degrees).
 */
export function parseGfwLine(line: string): RowParse {
  let row: unknown;
  try {
    row = JSON.parse(line);
  } catch {
    return { ok: false, reason: 'not a JSON object' };
  }
  if (!row || typeof row !== 'object' || Array.isArray(row))
    return { ok: false, reason: 'not a JSON object' };
  const r = row as Record<string, unknown>;
  const speed = jsonNumber(r.speed);
  const course = jsonNumber(r.course);
  const position: RowPosition = {
    mmsi: jsonNumber(r.ssvid ?? r.mmsi),
    timestampMs: typeof r.timestamp === 'string' ? utcMs(r.timestamp) : Number.NaN,
    lat: jsonNumber(r.lat),
    lon: jsonNumber(r.lon),
    speedKnots: speed >= 102.2 ? Number.NaN : speed,
    courseDeg: course >= 360 ? Number.NaN : course,
  };
  const reason = checkedPosition(position);
  return reason ? { ok: false, reason } : { ok: true, position, statics: null };
}
