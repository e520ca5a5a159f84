/** Public types of the AIS engine. */

/** A decoded field value: gpsd's JSON values (numbers already scaled, text trimmed, arrays for repeated groups). */
export type FieldValue = string | number | boolean | null | FieldValue[] | { [key: string]: FieldValue };

/**
 * One decoded AIS message. Keys and values follow gpsd's JSON (`gpsdecode`): field names, scaling and
 * "not available" codes kept as gpsd prints them (lon 181, lat 91, speed 102.3, heading 511, …).
 * Two keys are Strata's own: `timestampMs` and `line`.
 *
 * @example
 * if (msg.type === 5) console.log(msg.mmsi, msg.shipname, msg.destination);
 */
export interface DecodedMessage {
  /** AIS message type, 1–27. */
  type: number;
  repeat: number;
  mmsi: number;
  /**
   * Receive time in milliseconds since the Unix epoch, from the NMEA 4.10 tag block `c:`, a Gatehouse
   * `$PGHP` line or a provider's trailing Unix time; null when the input carries none (never invented).
   */
  timestampMs: number | null;
  /** 1-based line number of the message's last sentence in the input. */
  line: number;
  [field: string]: FieldValue;
}

/** Why a line was not decoded. */
export type RejectReason =
  | 'bad_checksum'
  | 'malformed'
  | 'unsupported_type'
  | 'incomplete_multipart'
  | 'wrong_bit_length'
  | 'non_ais_sentence';

export const REJECT_REASONS: readonly RejectReason[] = [
  'bad_checksum',
  'malformed',
  'unsupported_type',
  'incomplete_multipart',
  'wrong_bit_length',
  'non_ais_sentence',
];

/** A line that was not decoded, with its 1-based number and the reason. */
export interface Rejection {
  line: number;
  reason: RejectReason;
  /** The line's text (cut to 200 characters). */
  text: string;
}

/**
 * Line and message counts of a decoding run. Every input line lands in exactly one of
 * `decodedLines`, `metadataLines`, `blankLines` or `rejected`, so their sum equals `lines`.
 */
export interface DecodeStats {
  lines: number;
  /** Lines that are part of a decoded message (all sentences of a multi-part message). */
  decodedLines: number;
  /** Lines carrying only metadata (Gatehouse `$PGHP`, a tag block alone). */
  metadataLines: number;
  /** Empty lines and `#` comments. */
  blankLines: number;
  messages: number;
  /** Messages per AIS type, indexed by type (0–27). */
  messagesByType: number[];
  rejected: Record<RejectReason, number>;
  /**
   * Lines whose NMEA 4.10 tag block had a wrong or missing checksum: the tag block (its time and group)
   * was ignored and the sentence decoded on its own, as gpsd does. Not a line category.
   */
  badTagBlocks: number;
  bytes: number;
}

/** Options of the decoders. */
export interface DecodeOptions {
  /**
   * What a bad NMEA checksum does: `'drop'` (default) counts the line under `bad_checksum` and drops it;
   * `'fatal'` makes the decoder throw {@link AisChecksumError} (also for a bad tag-block checksum).
   */
  checksum?: 'drop' | 'fatal';
  /** Called for every line that is not decoded. */
  onReject?: (rejection: Rejection) => void;
  /**
   * Input rules. `'standard'` (default): `!xxVDM`/`!xxVDO` from any talker, multi-sentence messages keyed by
   * channel, sequential id and tag-block group, so interleaved messages all decode. `'gpsd'`: what gpsd
   * accepts (the gpsd output format uses it): talkers `!A[BDINRSTX]`, `!BS`, `!SA` only; channel C ignored;
   * one assembly buffer per channel (A or empty or 1; B or 2) whatever the sequential id, so a message that
   * interleaves with another on its channel is lost; type 24 parts A and B merged per channel.
   */
  rules?: 'standard' | 'gpsd';
}

/** Thrown only when `checksum: 'fatal'` is set and a line's checksum is wrong. */
export class AisChecksumError extends Error {
  constructor(
    readonly line: number,
    readonly text: string,
  ) {
    super(`bad NMEA checksum on line ${line}: ${text}`);
    this.name = 'AisChecksumError';
  }
}

export function emptyStats(): DecodeStats {
  return {
    lines: 0,
    decodedLines: 0,
    metadataLines: 0,
    blankLines: 0,
    messages: 0,
    messagesByType: new Array(28).fill(0),
    rejected: {
      bad_checksum: 0,
      malformed: 0,
      unsupported_type: 0,
      incomplete_multipart: 0,
      wrong_bit_length: 0,
      non_ais_sentence: 0,
    },
    badTagBlocks: 0,
    bytes: 0,
  };
}

/** Adds the counts of `b` into `a` (for merging worker results). */
export function mergeStats(a: DecodeStats, b: DecodeStats): DecodeStats {
  a.lines += b.lines;
  a.decodedLines += b.decodedLines;
  a.metadataLines += b.metadataLines;
  a.blankLines += b.blankLines;
  a.messages += b.messages;
  a.bytes += b.bytes;
  a.badTagBlocks += b.badTagBlocks;
  for (let i = 0; i < a.messagesByType.length; i++) a.messagesByType[i] += b.messagesByType[i] ?? 0;
  for (const r of REJECT_REASONS) a.rejected[r] += b.rejected[r];
  return a;
}

/** The fields every position report carries (types 1, 2, 3, 18, 19, 27), in gpsd's units. */
export interface PositionFields {
  type: 1 | 2 | 3 | 18 | 19 | 27;
  /** Degrees; 181 when not available. */
  lon: number;
  /** Degrees; 91 when not available. */
  lat: number;
  /** Knots; 102.3 when not available (types 27: whole knots, 63). */
  speed: number;
  /** Degrees; 360 when not available (type 27: 511). */
  course: number;
}

/** The static and voyage fields of a type 5 message. */
export interface StaticVoyageDataFields {
  type: 5;
  imo: number;
  callsign: string;
  shipname: string;
  shiptype: number;
  to_bow: number;
  to_stern: number;
  to_port: number;
  to_starboard: number;
  /** Metres; 0 when not available. */
  draught: number;
  destination: string;
}

/**
 * True for a position report (types 1, 2, 3, 18, 19, 27), narrowing its fields.
 *
 * @example
 * if (isPositionReport(msg)) track.push([msg.lon, msg.lat]);
 */
export function isPositionReport(msg: DecodedMessage): msg is DecodedMessage & PositionFields {
  const t = msg.type;
  return t === 1 || t === 2 || t === 3 || t === 18 || t === 19 || t === 27;
}

/** True for type 5 static and voyage related data, narrowing its fields. */
export function isStaticVoyageData(msg: DecodedMessage): msg is DecodedMessage & StaticVoyageDataFields {
  return msg.type === 5;
}
