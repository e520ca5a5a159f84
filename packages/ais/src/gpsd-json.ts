/**
 * gpsd's JSON form of a decoded message: the same keys, values and number formats as `gpsdecode`
 * (gpsd master, 3.27.x, `json_aivdm_dump` in `gpsd/gpsd_json.c`, scaled), so that the two outputs compare line
 * by line.
 */
import { monthDayTime } from './binary-apps.ts';
import { epfdText, navaidTypeText, navStatusText, shipTypeText, stationTypeText } from './legends.ts';
import type { DecodedMessage, FieldValue } from './types.ts';

/** How one key is printed: integer/as-is, boolean, string, fixed decimals, quoted fixed decimals, or special. */
export type Format = 'i' | 'b' | 's' | number | 'q6' | 'turn' | 'ts4' | 'eta' | 'app' | 'legend';
export type Spec = ReadonlyArray<readonly [string, Format, ((v: number) => string)?]>;

/**
 * Class A speed over ground (types 1–3) as gpsd writes it: raw 1023 "n/a" (not available), raw 1022 "fast"
 * (102.2 knots or more), else knots to one decimal (gpsd_json.c, case 1–3, `speedlegend`).
 */
export function classASpeedText(speedKnots: number): string {
  if (speedKnots === 102.3) return '"n/a"';
  if (speedKnots === 102.2) return '"fast"';
  return fixed1(speedKnots);
}

/** SAR aircraft altitude (type 9): 4095 "nan" (not available), 4094 "high" (4094 m or more), else metres. */
function sarAltitudeText(altitudeM: number): string {
  if (altitudeM === 4095) return '"nan"';
  if (altitudeM === 4094) return '"high"';
  return String(altitudeM);
}

/** SAR aircraft speed (type 9): 1023 "nan" (not available), 1022 "fast" (1022 knots or more), else knots. */
function sarSpeedText(speedKnots: number): string {
  if (speedKnots === 1023) return '"nan"';
  if (speedKnots === 1022) return '"fast"';
  return String(speedKnots);
}

const POSITION: Spec = [
  ['status', 'i', navStatusText],
  ['turn', 'turn'],
  ['speed', 'legend', classASpeedText],
  ['accuracy', 'b'],
  ['lon', 7],
  ['lat', 7],
  ['course', 1],
  ['heading', 'i'],
  ['second', 'i'],
  ['maneuver', 'i'],
  ['raim', 'b'],
  ['radio', 'i'],
];
const BASE_STATION: Spec = [
  ['year', 'ts4'],
  ['accuracy', 'b'],
  ['lon', 7],
  ['lat', 7],
  ['epfd', 'i', epfdText],
  ['raim', 'b'],
  ['radio', 'i'],
];
const DIMENSIONS: Spec = [
  ['to_bow', 'i'],
  ['to_stern', 'i'],
  ['to_port', 'i'],
  ['to_starboard', 'i'],
];

/** Key order and number format of each message type, as gpsd prints them. */
export const SPECS: Spec[] = [];
SPECS[1] = SPECS[2] = SPECS[3] = POSITION;
SPECS[4] = SPECS[11] = BASE_STATION;
SPECS[5] = [
  ['imo', 'i'],
  ['ais_version', 'i'],
  ['callsign', 's'],
  ['shipname', 's'],
  ['shiptype', 'i', shipTypeText],
  ...DIMENSIONS,
  ['epfd', 'i', epfdText],
  ['month', 'eta'],
  ['draught', 1],
  ['destination', 's'],
  ['dte', 'i'],
];
SPECS[6] = [
  ['seqno', 'i'],
  ['dest_mmsi', 'i'],
  ['retransmit', 'b'],
  ['dac', 'i'],
  ['fid', 'app'],
];
SPECS[7] = SPECS[13] = [
  ['mmsi1', 'i'],
  ['mmsi2', 'i'],
  ['mmsi3', 'i'],
  ['mmsi4', 'i'],
];
SPECS[8] = [
  ['dac', 'i'],
  ['fid', 'app'],
];
SPECS[9] = [
  ['alt', 'legend', sarAltitudeText],
  ['speed', 'legend', sarSpeedText],
  ['accuracy', 'b'],
  ['lon', 7],
  ['lat', 7],
  ['course', 1],
  ['second', 'i'],
  ['regional', 'i'],
  ['dte', 'i'],
  ['raim', 'b'],
  ['radio', 'i'],
];
SPECS[10] = [['dest_mmsi', 'i']];
SPECS[12] = [
  ['seqno', 'i'],
  ['dest_mmsi', 'i'],
  ['retransmit', 'b'],
  ['text', 's'],
];
SPECS[14] = [['text', 's']];
SPECS[15] = ['mmsi1', 'type1_1', 'offset1_1', 'type1_2', 'offset1_2', 'mmsi2', 'type2_1', 'offset2_1'].map(
  (k) => [k, 'i'] as const,
);
SPECS[16] = ['mmsi1', 'offset1', 'increment1', 'mmsi2', 'offset2', 'increment2'].map(
  (k) => [k, 'i'] as const,
);
SPECS[17] = [
  ['lon', 1],
  ['lat', 1],
  ['data', 's'],
];
SPECS[18] = [
  ['reserved', 'i'],
  ['speed', 1],
  ['accuracy', 'b'],
  ['lon', 7],
  ['lat', 7],
  ['course', 1],
  ['heading', 'i'],
  ['second', 'i'],
  ['regional', 'i'],
  ['cs', 'b'],
  ['display', 'b'],
  ['dsc', 'b'],
  ['band', 'b'],
  ['msg22', 'b'],
  ['raim', 'b'],
  ['radio', 'i'],
];
SPECS[19] = [
  ['reserved', 'i'],
  ['speed', 1],
  ['accuracy', 'b'],
  ['lon', 7],
  ['lat', 7],
  ['course', 1],
  ['heading', 'i'],
  ['second', 'i'],
  ['regional', 'i'],
  ['shipname', 's'],
  ['shiptype', 'i', shipTypeText],
  ...DIMENSIONS,
  ['epfd', 'i', epfdText],
  ['raim', 'b'],
  ['dte', 'i'],
  ['assigned', 'b'],
];
SPECS[20] = [1, 2, 3, 4].flatMap((k) =>
  [`offset${k}`, `number${k}`, `timeout${k}`, `increment${k}`].map((key) => [key, 'i'] as const),
);
SPECS[21] = [
  ['aid_type', 'i', navaidTypeText],
  ['name', 's'],
  ['lon', 7],
  ['lat', 7],
  ['accuracy', 'b'],
  ...DIMENSIONS,
  ['epfd', 'i', epfdText],
  ['second', 'i'],
  ['regional', 'i'],
  ['off_position', 'b'],
  ['raim', 'b'],
  ['virtual_aid', 'b'],
];
SPECS[22] = [
  ['channel_a', 'i'],
  ['channel_b', 'i'],
  ['txrx', 'i'],
  ['power', 'b'],
  ['ne_lon', 'q6'],
  ['ne_lat', 'q6'],
  ['sw_lon', 'q6'],
  ['sw_lat', 'q6'],
  ['dest1', 'i'],
  ['dest2', 'i'],
  ['addressed', 'b'],
  ['band_a', 'b'],
  ['band_b', 'b'],
  ['zonesize', 'i'],
];
SPECS[23] = [
  ['ne_lon', 'q6'],
  ['ne_lat', 'q6'],
  ['sw_lon', 'q6'],
  ['sw_lat', 'q6'],
  ['stationtype', 'i', stationTypeText],
  ['shiptype', 'i', shipTypeText],
  ['interval', 'i'],
  ['quiet', 'i'],
];
SPECS[24] = [
  ['shipname', 's'],
  ['shiptype', 'i', shipTypeText],
  ['vendorid', 's'],
  ['model', 'i'],
  ['serial', 'i'],
  ['callsign', 's'],
  ['mothership_mmsi', 'i'],
  ...DIMENSIONS,
];
SPECS[25] = [
  ['addressed', 'b'],
  ['structured', 'b'],
  ['dest_mmsi', 'i'],
  ['app_id', 'i'],
  ['data', 's'],
];
SPECS[26] = [...SPECS[25], ['radio', 'i']];
SPECS[27] = [
  ['status', 'i', navStatusText],
  ['accuracy', 'b'],
  ['lon', 4],
  ['lat', 4],
  ['speed', 'i'],
  ['course', 'i'],
  ['raim', 'b'],
  ['gnss', 'b'],
];

/** Decimals of application fields of binary messages (types 6 and 8) that gpsd prints with a fixed format. */
export const APP_DECIMALS: Record<string, number> = {
  lat: 6,
  lon: 6,
  ana_int: 2,
  ana_ext1: 2,
  ana_ext2: 2,
  airtemp: 1,
  dewpoint: 1,
  visibility: 1,
  waterlevel: 1,
  cspeed: 1,
  cspeed2: 1,
  cspeed3: 1,
  waveheight: 1,
  swellheight: 1,
  watertemp: 1,
  salinity: 1,
};

/** A JSON string the way gpsd escapes it. */
export function str(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 34 || c === 92 || c < 32 || c > 126) return JSON.stringify(s);
  }
  return `"${s}"`;
}

export function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** gpsd's rate-of-turn legend: "n/a", "fastleft"/"fastright", else the signed (ROT/4.733)² as "%.2f". */
export function gpsdTurn(turn: number): string {
  return TURN_TEXT[(turn + 128) & 255];
}

function turnText(turn: number): string {
  if (turn === -128) return '"n/a"';
  if (turn === -127) return '"fastleft"';
  if (turn === 127) return '"fastright"';
  const r = turn / 4.733;
  return `"${(turn < 0 ? -r * r : r * r).toFixed(2)}"`;
}

/** The 256 possible turn legends, computed once. */
const TURN_TEXT: string[] = Array.from({ length: 256 }, (_, i) => turnText(i - 128));

/**
 * An application field's value as gpsd holds it. One quirk is kept on purpose: gpsd computes the water level
 * of IMO 289 meteorological and hydrographic data (type 8, DAC 1, FID 31) in unsigned arithmetic
 * (gpsd_json.c: `(unsigned int)waterlevel - DAC1FID31_WATERLEVEL_OFFSET`), so a level below 0 m wraps to
 * about 42949672 m. The decoded message holds the true level; only the gpsd output wraps it.
 */
export function gpsdAppField(msg: DecodedMessage, key: string): FieldValue {
  const v = msg[key];
  if (key === 'waterlevel' && msg.type === 8 && msg.dac === 1 && msg.fid === 31 && typeof v === 'number') {
    const raw = Math.round((v + 10) * 100);
    if (raw < 1000) return (2 ** 32 + raw - 1000) / 100;
  }
  return v;
}

/** gpsd's JSON text of an application field of a binary message. */
export function appValue(key: string, v: FieldValue): string {
  if (typeof v === 'number') {
    // GLA AtoN voltages print "%.2f" only when not zero, else the raw "%u" (gpsd_json.c, DAC 235/250 FID 10)
    if (v === 0 && (key === 'ana_int' || key === 'ana_ext1' || key === 'ana_ext2')) return '0';
    const d = APP_DECIMALS[key];
    return d === undefined ? String(v) : v.toFixed(d);
  }
  if (typeof v === 'string') return str(v);
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (Array.isArray(v)) return `[${v.map((e) => appValue(key, e)).join(',')}]`;
  if (v === null) return 'null';
  let out = '{';
  for (const k in v) {
    if (out.length > 1) out += ',';
    out += `"${k}":${appValue(k, v[k])}`;
  }
  return `${out}}`;
}

const PAD = ['', '0', '00', '000', '0000', '00000', '000000', '0000000'];

/**
 * `%.7f` of a position. Positions are n/600000 degrees, so `v × 10⁷` is within 1/6 of an integer and
 * rounding it gives exactly C's correctly rounded digits, much faster than `toFixed`.
 */
function fixed7(v: number): string {
  let n = Math.round(v * 1e7);
  let sign = '';
  if (n < 0) {
    sign = '-';
    n = -n;
  }
  const int = Math.floor(n / 1e7);
  const frac = String(n - int * 1e7);
  return `${sign}${int}.${PAD[7 - frac.length]}${frac}`;
}

/** `%.1f` of a value that is a whole number of tenths (speed, course). */
function fixed1(v: number): string {
  const n = Math.round(v * 10);
  if (n >= 0) return `${Math.floor(n / 10)}.${n % 10}`;
  return `-${Math.floor(-n / 10)}.${-n % 10}`;
}

/** Hand-written emitter for types 1–3, the bulk of every log (same output as the generic one). */
function classAJson(m: DecodedMessage, device: string): string {
  const status = m.status as number;
  const turn = m.turn as number;
  return `{"class":"AIS","device":"${device}","type":${m.type},"repeat":${m.repeat},"mmsi":${m.mmsi},"scaled":true,"status":${status},"status_text":"${navStatusText(status)}","turn":${TURN_TEXT[(turn + 128) & 255]},"speed":${classASpeedText(m.speed as number)},"accuracy":${m.accuracy},"lon":${fixed7(m.lon as number)},"lat":${fixed7(m.lat as number)},"course":${fixed1(m.course as number)},"heading":${m.heading},"second":${m.second},"maneuver":${m.maneuver},"raim":${m.raim},"radio":${m.radio}}`;
}

/** Hand-written emitter for type 18 (class B position report). */
function classBJson(m: DecodedMessage, device: string): string {
  return `{"class":"AIS","device":"${device}","type":18,"repeat":${m.repeat},"mmsi":${m.mmsi},"scaled":true,"reserved":${m.reserved},"speed":${fixed1(m.speed as number)},"accuracy":${m.accuracy},"lon":${fixed7(m.lon as number)},"lat":${fixed7(m.lat as number)},"course":${fixed1(m.course as number)},"heading":${m.heading},"second":${m.second},"regional":${m.regional},"cs":${m.cs},"display":${m.display},"dsc":${m.dsc},"band":${m.band},"msg22":${m.msg22},"raim":${m.raim},"radio":${m.radio}}`;
}

/**
 * The message as one line of gpsd JSON (without newline), e.g.
 * `{"class":"AIS","device":"stdin","type":1,…}`. `device` is what gpsdecode prints for standard input.
 * Returns null for a type 24 part A, which gpsd prints only merged with its part B
 * (see {@link createGpsdWriter}).
 *
 * @example
 * toGpsdJson(msg) // → '{"class":"AIS","device":"stdin","type":1,"repeat":0,"mmsi":371798000,"scaled":true,…}'
 */
export function toGpsdJson(msg: DecodedMessage, device = 'stdin'): string | null {
  const type = msg.type;
  if (type <= 3 && type >= 1) return classAJson(msg, device);
  if (type === 18) return classBJson(msg, device);
  if (type === 24 && msg.part === 'A') return null;
  const spec = SPECS[msg.type];
  let out = `{"class":"AIS","device":"${device}","type":${msg.type},"repeat":${msg.repeat},"mmsi":${msg.mmsi},"scaled":true`;
  if (spec === undefined) return `${out}}`;
  for (let i = 0; i < spec.length; i++) {
    const entry = spec[i];
    const key = entry[0];
    const v = msg[key];
    if (v === undefined) continue;
    const f = entry[1];
    if (typeof f === 'number') {
      const num = v as number;
      out += `,"${key}":${f === 7 ? fixed7(num) : num.toFixed(f)}`;
    } else if (f === 'i') {
      out += `,"${key}":${v}`;
      if (entry[2] !== undefined) out += `,"${key}_text":${str(entry[2](v as number))}`;
    } else if (f === 'b') {
      out += v ? `,"${key}":true` : `,"${key}":false`;
    } else if (f === 's') {
      out += `,"${key}":${str(v as string)}`;
    } else if (f === 'q6') {
      out += `,"${key}":"${(v as number).toFixed(6)}"`;
    } else if (f === 'turn') {
      out += `,"turn":${gpsdTurn(v as number)}`;
    } else if (f === 'legend') {
      out += `,"${key}":${(entry[2] as (v: number) => string)(v as number)}`;
    } else if (f === 'ts4') {
      const y = v as number;
      out += `,"timestamp":"${y < 1000 ? String(y).padStart(4, '0') : y}-${pad2(msg.month as number)}-${pad2(msg.day as number)}T${pad2(msg.hour as number)}:${pad2(msg.minute as number)}:${pad2(msg.second as number)}Z"`;
    } else if (f === 'eta') {
      out += `,"eta":"${monthDayTime(v as number, msg.day as number, msg.hour as number, msg.minute as number)}"`;
    } else if (f === 'app') {
      out += `,"fid":${v}`;
      let after = false;
      for (const k in msg) {
        if (after) out += `,"${k}":${appValue(k, gpsdAppField(msg, k))}`;
        else if (k === 'fid') after = true;
      }
    }
  }
  return `${out}}`;
}

/** A stateful gpsd JSON writer: merges type 24 parts A and B as gpsd does (8 pending part A names). */
export interface GpsdWriter {
  /** The gpsd JSON line for the message, or null when gpsd prints nothing for it (a type 24 part A). */
  write(msg: DecodedMessage): string | null;
}

/**
 * Creates a {@link GpsdWriter}. gpsd keeps the names of the last 8 type 24 part A messages and prints a
 * part B with the name of a matching part A; an unmatched part B and any part A print nothing.
 */
export function createGpsdWriter(device = 'stdin'): GpsdWriter {
  const mmsis = new Array<number>(8).fill(0);
  const names = new Array<string>(8).fill('');
  let index = 0;
  return {
    write(msg) {
      if (msg.type !== 24) return toGpsdJson(msg, device);
      if (msg.part === 'A') {
        mmsis[index] = msg.mmsi;
        names[index] = msg.shipname as string;
        index = (index + 1) % 8;
        return null;
      }
      for (let i = 0; i < 8; i++) {
        if (mmsis[i] === msg.mmsi) {
          mmsis[i] = 0;
          const merged: DecodedMessage = { ...msg, shipname: names[i] };
          // keep gpsd's key order: shipname first
          return toGpsdJson(merged, device);
        }
      }
      return null;
    },
  };
}
