/**
 * Strata's tidy forms of a decoded message: JSON lines and CSV with ISO 8601 times and `null` (empty in CSV)
 * for every "not available" code, so that analyses never mistake lon 181 or speed 102.3 for data.
 */
import { csvCell } from '@strata/core/browser';
import { monthDayTime } from './binary-apps.ts';
import { epfdText, navaidTypeText, navStatusText, shipTypeText, stationTypeText } from './legends.ts';
import type { DecodedMessage, FieldValue } from './types.ts';

type Tidy = Record<string, FieldValue>;

const CLASS_A_B = new Set([1, 2, 3, 18, 19]);

/** The "not available" rules (ITU-R M.1371-5) for one field of one message type; true when `v` means n/a. */
function notAvailable(type: number, key: string, v: FieldValue): boolean {
  if (typeof v !== 'number') return false;
  switch (key) {
    case 'lon':
      return v === 181;
    case 'lat':
      return v === 91;
    case 'speed':
      if (type === 27) return v === 63;
      if (type === 9) return v === 1023;
      return CLASS_A_B.has(type) && v === 102.3;
    case 'course':
      return type === 27 ? v === 511 : v === 360;
    case 'heading':
      return v === 511;
    case 'turn':
      return v === -128;
    case 'second':
      // 60 = not available; 61–63 flag manual input, dead reckoning or an inoperative system
      return type === 4 || type === 11 ? v === 60 : v >= 60;
    case 'alt':
      return v === 4095;
    case 'draught':
      return type === 5 && v === 0;
    case 'imo':
      return v === 0;
    default:
      return false;
  }
}

/** Rate of turn in degrees per minute from ROT_AIS (sign kept); ±127 (more than 5°/30 s) gives ±720. */
function rateOfTurn(turn: number): number {
  const r = turn / 4.733;
  return Math.round((turn < 0 ? -r * r : r * r) * 100) / 100;
}

/**
 * The tidy object of a message: `time` (ISO 8601 or null), the gpsd field names with null for
 * "not available", code legends (`status_text`, `shiptype_text`, …), type 4/11 `timestamp` and type 5 `eta`.
 *
 * @example
 * toTidyJson(msg) // → { time: '2015-04-09T23:22:18.000Z', type: 1, mmsi: 244…, lon: 4.2, speed: null, … }
 */
export function toTidyJson(msg: DecodedMessage): Tidy {
  const type = msg.type;
  const out: Tidy = {
    time: msg.timestampMs === null ? null : new Date(msg.timestampMs).toISOString(),
    line: msg.line,
    type,
    repeat: msg.repeat,
    mmsi: msg.mmsi,
  };
  for (const key in msg) {
    if (key === 'type' || key === 'repeat' || key === 'mmsi' || key === 'timestampMs' || key === 'line')
      continue;
    const v = msg[key];
    if (notAvailable(type, key, v)) {
      out[key] = null;
      continue;
    }
    out[key] = key === 'turn' && typeof v === 'number' ? rateOfTurn(v) : v;
    if (typeof v !== 'number') continue;
    if (key === 'status' && (type <= 3 || type === 27)) out.status_text = navStatusText(v);
    else if (key === 'shiptype' && type !== 8) out.shiptype_text = shipTypeText(v);
    else if (key === 'epfd') out.epfd_text = epfdText(v);
    else if (key === 'aid_type') out.aid_type_text = navaidTypeText(v);
    else if (key === 'stationtype') out.stationtype_text = stationTypeText(v);
  }
  if (type === 4 || type === 11) {
    const { year, month, day, hour, minute, second } = msg as Record<string, number>;
    const ms = Date.UTC(year, month - 1, day, hour, minute, second);
    const valid =
      year > 0 && month >= 1 && month <= 12 && day >= 1 && hour < 24 && minute < 60 && second < 60;
    out.timestamp = valid && !Number.isNaN(ms) ? new Date(ms).toISOString() : null;
  }
  if (type === 5) {
    const { month, day, hour, minute } = msg as Record<string, number>;
    out.eta = month === 0 || day === 0 ? null : monthDayTime(month, day, hour, minute);
  }
  return out;
}

/** Columns of the CSV form: the fields most analyses need; the JSON lines form carries every field. */
export const CSV_COLUMNS = [
  'time',
  'line',
  'type',
  'mmsi',
  'lon',
  'lat',
  'speed',
  'course',
  'heading',
  'status',
  'turn',
  'accuracy',
  'imo',
  'callsign',
  'shipname',
  'shiptype',
  'to_bow',
  'to_stern',
  'to_port',
  'to_starboard',
  'draught',
  'destination',
  'eta',
] as const;

// Through the platform's one CSV writer, which neutralises formula cells: ship names, call signs and
// destinations are typed in by crews and broadcast to anyone.
function tidyCell(v: FieldValue | undefined): string {
  if (v === undefined || v === null) return '';
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return csvCell(typeof v === 'string' ? v : JSON.stringify(v));
}

/** The CSV header line (no newline). */
export function csvHeader(): string {
  return CSV_COLUMNS.join(',');
}

/** One CSV row (no newline) for a message, in {@link CSV_COLUMNS} order. */
export function toCsvRow(msg: DecodedMessage): string {
  const tidy = toTidyJson(msg);
  return CSV_COLUMNS.map((c) => tidyCell(tidy[c])).join(',');
}
