/**
 * Field decoding of AIS message types 1–27 (ITU-R M.1371-5), with gpsd's field names, scaling and
 * "not available" codes (gpsd `driver_ais.c` / `gpsd_json.c`, as printed by `gpsdecode`).
 */

import { binaryAppLengthOk, decodeBinary6, decodeBinary8 } from './binary-apps.ts';
import type { PayloadBits } from './bits.ts';
import type { DecodedMessage, FieldValue, RejectReason } from './types.ts';

/** Degrees from 1/10000 minute (positions of types 1–4, 9, 11, 18, 19, 21). */
const LATLON_DIV = 600000;

/** Result of decoding: the message, or why it was rejected. */
export type DecodeResult = DecodedMessage | RejectReason;

/**
 * Decodes the payload in `bits` (already assembled from all fragments).
 * Length checks follow gpsd: a message too short for its type is `wrong_bit_length`.
 */
export function decodeMessage(bits: PayloadBits, timestampMs: number | null, line: number): DecodeResult {
  const len = bits.bitLength;
  if (len < 38)
    return len < 6
      ? 'wrong_bit_length'
      : bits.u(0, 6) > 27 || bits.u(0, 6) === 0
        ? 'unsupported_type'
        : 'wrong_bit_length';
  const type = bits.u(0, 6);
  const repeat = bits.u(6, 2);
  const mmsi = bits.u(8, 30);
  switch (type) {
    case 1:
    case 2:
    case 3: {
      if (len < 163) return 'wrong_bit_length';
      return {
        type,
        repeat,
        mmsi,
        timestampMs,
        line,
        status: bits.u(38, 4),
        turn: bits.s(42, 8),
        speed: bits.u(50, 10) / 10,
        accuracy: bits.u(60, 1) !== 0,
        lon: bits.s(61, 28) / LATLON_DIV,
        lat: bits.s(89, 27) / LATLON_DIV,
        course: bits.u(116, 12) / 10,
        heading: bits.u(128, 9),
        second: bits.u(137, 6),
        maneuver: bits.u(143, 2),
        raim: bits.u(148, 1) !== 0,
        radio: len >= 168 ? bits.u(149, 19) : bits.u(149, len - 149),
      };
    }
    case 4:
    case 11: {
      if (len < 168) return 'wrong_bit_length';
      return {
        type,
        repeat,
        mmsi,
        timestampMs,
        line,
        year: bits.u(38, 14),
        month: bits.u(52, 4),
        day: bits.u(56, 5),
        hour: bits.u(61, 5),
        minute: bits.u(66, 6),
        second: bits.u(72, 6),
        accuracy: bits.u(78, 1) !== 0,
        lon: bits.s(79, 28) / LATLON_DIV,
        lat: bits.s(107, 27) / LATLON_DIV,
        epfd: bits.u(134, 4),
        raim: bits.u(148, 1) !== 0,
        radio: bits.u(149, 19),
      };
    }
    case 5: {
      // many transmitters send 420 or 422 bits instead of 424 (gpsd accepts ≥ 420)
      if (len < 420) return 'wrong_bit_length';
      return {
        type,
        repeat,
        mmsi,
        timestampMs,
        line,
        imo: bits.u(40, 30),
        ais_version: bits.u(38, 2),
        callsign: bits.text(70, 7),
        shipname: bits.text(112, 20),
        shiptype: bits.u(232, 8),
        to_bow: bits.u(240, 9),
        to_stern: bits.u(249, 9),
        to_port: bits.u(258, 6),
        to_starboard: bits.u(264, 6),
        epfd: bits.u(270, 4),
        month: bits.u(274, 4),
        day: bits.u(278, 5),
        hour: bits.u(283, 5),
        minute: bits.u(288, 6),
        draught: bits.u(294, 8) / 10,
        destination: bits.text(302, 20),
        dte: len >= 423 ? bits.u(422, 1) : 0,
      };
    }
    case 6: {
      if (len < 88 || len > 1008 || !binaryAppLengthOk(6, bits.u(72, 10), bits.u(82, 6), len)) {
        return 'wrong_bit_length';
      }
      const msg: DecodedMessage = {
        type,
        repeat,
        mmsi,
        timestampMs,
        line,
        seqno: bits.u(38, 2),
        dest_mmsi: bits.u(40, 30),
        retransmit: bits.u(70, 1) !== 0,
        dac: bits.u(72, 10),
        fid: bits.u(82, 6),
      };
      decodeBinary6(bits, msg);
      return msg;
    }
    case 7:
    case 13: {
      if (len < 72 || len > 168) return 'wrong_bit_length';
      return {
        type,
        repeat,
        mmsi,
        timestampMs,
        line,
        mmsi1: len > 40 ? bits.u(40, 30) : 0,
        mmsi2: len > 72 ? bits.u(72, 30) : 0,
        mmsi3: len > 104 ? bits.u(104, 30) : 0,
        mmsi4: len > 136 ? bits.u(136, 30) : 0,
      };
    }
    case 8: {
      if (len < 56 || len > 1008 || !binaryAppLengthOk(8, bits.u(40, 10), bits.u(50, 6), len)) {
        return 'wrong_bit_length';
      }
      const msg: DecodedMessage = {
        type,
        repeat,
        mmsi,
        timestampMs,
        line,
        dac: bits.u(40, 10),
        fid: bits.u(50, 6),
      };
      decodeBinary8(bits, msg);
      return msg;
    }
    case 9: {
      if (len < 168) return 'wrong_bit_length';
      return {
        type,
        repeat,
        mmsi,
        timestampMs,
        line,
        alt: bits.u(38, 12),
        speed: bits.u(50, 10),
        accuracy: bits.u(60, 1) !== 0,
        lon: bits.s(61, 28) / LATLON_DIV,
        lat: bits.s(89, 27) / LATLON_DIV,
        course: bits.u(116, 12) / 10,
        second: bits.u(128, 6),
        regional: bits.u(134, 8),
        dte: bits.u(142, 1),
        assigned: bits.u(146, 1) !== 0,
        raim: bits.u(147, 1) !== 0,
        radio: bits.u(148, 20),
      };
    }
    case 10: {
      if (len < 72) return 'wrong_bit_length';
      return { type, repeat, mmsi, timestampMs, line, dest_mmsi: bits.u(40, 30) };
    }
    case 12: {
      if (len < 72 || len > 1008) return 'wrong_bit_length';
      return {
        type,
        repeat,
        mmsi,
        timestampMs,
        line,
        seqno: bits.u(38, 2),
        dest_mmsi: bits.u(40, 30),
        retransmit: bits.u(70, 1) !== 0,
        text: bits.textToEnd(72),
      };
    }
    case 14: {
      if (len < 40 || len > 1008) return 'wrong_bit_length';
      return { type, repeat, mmsi, timestampMs, line, text: bits.textToEnd(40) };
    }
    case 15: {
      if (len < 88 || len > 168) return 'wrong_bit_length';
      return {
        type,
        repeat,
        mmsi,
        timestampMs,
        line,
        mmsi1: bits.u(40, 30),
        type1_1: bits.u(70, 6),
        offset1_1: bits.u(76, 12),
        type1_2: len > 90 ? bits.u(90, 6) : 0,
        offset1_2: len > 90 ? bits.u(96, 12) : 0,
        mmsi2: len > 110 ? bits.u(110, 30) : 0,
        type2_1: len > 110 ? bits.u(140, 6) : 0,
        offset2_1: len > 110 ? bits.u(146, 12) : 0,
      };
    }
    case 16: {
      if (len < 96 || len > 168) return 'wrong_bit_length';
      const two = len >= 144;
      return {
        type,
        repeat,
        mmsi,
        timestampMs,
        line,
        mmsi1: bits.u(40, 30),
        offset1: bits.u(70, 12),
        increment1: bits.u(82, 10),
        mmsi2: two ? bits.u(92, 30) : 0,
        offset2: two ? bits.u(122, 12) : 0,
        increment2: two ? bits.u(134, 10) : 0,
      };
    }
    case 17: {
      if (len < 80 || len > 816) return 'wrong_bit_length';
      const bitcount = len - 80;
      return {
        type,
        repeat,
        mmsi,
        timestampMs,
        line,
        lon: bits.s(40, 18) / 600,
        lat: bits.s(58, 17) / 600,
        data: `${bitcount}:${bits.hex(10, (bitcount + 7) >>> 3)}`,
      };
    }
    case 18: {
      if (len < 168) return 'wrong_bit_length';
      return {
        type,
        repeat,
        mmsi,
        timestampMs,
        line,
        reserved: bits.u(38, 8),
        speed: bits.u(46, 10) / 10,
        accuracy: bits.u(56, 1) !== 0,
        lon: bits.s(57, 28) / LATLON_DIV,
        lat: bits.s(85, 27) / LATLON_DIV,
        course: bits.u(112, 12) / 10,
        heading: bits.u(124, 9),
        second: bits.u(133, 6),
        regional: bits.u(139, 2),
        cs: bits.u(141, 1) !== 0,
        display: bits.u(142, 1) !== 0,
        dsc: bits.u(143, 1) !== 0,
        band: bits.u(144, 1) !== 0,
        msg22: bits.u(145, 1) !== 0,
        assigned: bits.u(146, 1) !== 0,
        raim: bits.u(147, 1) !== 0,
        radio: bits.u(148, 20),
      };
    }
    case 19: {
      if (len < 312) return 'wrong_bit_length';
      return {
        type,
        repeat,
        mmsi,
        timestampMs,
        line,
        reserved: bits.u(38, 8),
        speed: bits.u(46, 10) / 10,
        accuracy: bits.u(56, 1) !== 0,
        lon: bits.s(57, 28) / LATLON_DIV,
        lat: bits.s(85, 27) / LATLON_DIV,
        course: bits.u(112, 12) / 10,
        heading: bits.u(124, 9),
        second: bits.u(133, 6),
        regional: bits.u(139, 4),
        shipname: bits.text(143, 20),
        shiptype: bits.u(263, 8),
        to_bow: bits.u(271, 9),
        to_stern: bits.u(280, 9),
        to_port: bits.u(289, 6),
        to_starboard: bits.u(295, 6),
        epfd: bits.u(301, 4),
        raim: bits.u(305, 1) !== 0,
        dte: bits.u(306, 1),
        assigned: bits.u(307, 1) !== 0,
      };
    }
    case 20: {
      if (len < 72 || len > 186) return 'wrong_bit_length';
      const msg: DecodedMessage = { type, repeat, mmsi, timestampMs, line };
      for (let k = 0; k < 4; k++) {
        const a = 40 + 30 * k;
        msg[`offset${k + 1}`] = bits.u(a, 12);
        msg[`number${k + 1}`] = bits.u(a + 12, 4);
        msg[`timeout${k + 1}`] = bits.u(a + 16, 3);
        msg[`increment${k + 1}`] = bits.u(a + 19, 11);
      }
      return msg;
    }
    case 21: {
      if (len < 272 || len > 368) return 'wrong_bit_length';
      let name = bits.textUntrimmed(43, 20);
      if (name.length === 20 && len > 272) name += bits.textUntrimmed(272, Math.floor((len - 272) / 6));
      return {
        type,
        repeat,
        mmsi,
        timestampMs,
        line,
        aid_type: bits.u(38, 5),
        name: trimRight(name),
        lon: bits.s(164, 28) / LATLON_DIV,
        lat: bits.s(192, 27) / LATLON_DIV,
        accuracy: bits.u(163, 1) !== 0,
        to_bow: bits.u(219, 9),
        to_stern: bits.u(228, 9),
        to_port: bits.u(237, 6),
        to_starboard: bits.u(243, 6),
        epfd: bits.u(249, 4),
        second: bits.u(253, 6),
        regional: bits.u(260, 8),
        off_position: bits.u(259, 1) !== 0,
        raim: bits.u(268, 1) !== 0,
        virtual_aid: bits.u(269, 1) !== 0,
        assigned: bits.u(270, 1) !== 0,
      };
    }
    case 22: {
      if (len < 168) return 'wrong_bit_length';
      const addressed = bits.u(139, 1) !== 0;
      const msg: DecodedMessage = {
        type,
        repeat,
        mmsi,
        timestampMs,
        line,
        channel_a: bits.u(40, 12),
        channel_b: bits.u(52, 12),
        txrx: bits.u(64, 4),
        power: bits.u(68, 1) !== 0,
      };
      if (!addressed) {
        msg.ne_lon = bits.s(69, 18) / 600;
        msg.ne_lat = bits.s(87, 17) / 600;
        msg.sw_lon = bits.s(104, 18) / 600;
        msg.sw_lat = bits.s(122, 17) / 600;
      } else {
        msg.dest1 = bits.u(69, 30);
        msg.dest2 = bits.u(104, 30);
      }
      msg.addressed = addressed;
      msg.band_a = bits.u(140, 1) !== 0;
      msg.band_b = bits.u(141, 1) !== 0;
      msg.zonesize = bits.u(142, 3);
      return msg;
    }
    case 23: {
      if (len < 160) return 'wrong_bit_length';
      return {
        type,
        repeat,
        mmsi,
        timestampMs,
        line,
        ne_lon: bits.s(40, 18) / 600,
        ne_lat: bits.s(58, 17) / 600,
        sw_lon: bits.s(75, 18) / 600,
        sw_lat: bits.s(93, 17) / 600,
        stationtype: bits.u(110, 4),
        shiptype: bits.u(114, 8),
        txrx: bits.u(144, 4),
        interval: bits.u(146, 4),
        quiet: bits.u(150, 4),
      };
    }
    case 24: {
      const part = bits.u(38, 2);
      if (part === 0) {
        if (len < 160 || len > 168) return 'wrong_bit_length';
        return { type, repeat, mmsi, timestampMs, line, part: 'A', shipname: bits.text(40, 20) };
      }
      if (part !== 1) return 'unsupported_type';
      if (len < 168) return 'wrong_bit_length';
      const msg: DecodedMessage = {
        type,
        repeat,
        mmsi,
        timestampMs,
        line,
        part: 'B',
        shiptype: bits.u(40, 8),
        vendorid: bits.text(48, 7),
        model: bits.u(66, 4),
        serial: bits.u(70, 20),
        callsign: bits.text(90, 7),
      };
      // auxiliary craft (MMSI 98XXXYYYY) carry their mothership's MMSI instead of dimensions
      if (mmsi >= 980000000 && mmsi < 990000000) {
        msg.mothership_mmsi = bits.u(132, 30);
      } else {
        msg.to_bow = bits.u(132, 9);
        msg.to_stern = bits.u(141, 9);
        msg.to_port = bits.u(150, 6);
        msg.to_starboard = bits.u(156, 6);
      }
      return msg;
    }
    case 25: {
      if (len < 40 || len > 168) return 'wrong_bit_length';
      const addressed = bits.u(38, 1) !== 0;
      const structured = bits.u(39, 1) !== 0;
      if (len < 40 + (structured ? 16 : 0) + (addressed ? 30 : 0)) return 'wrong_bit_length';
      let bitcount = len - 40 - (structured ? 16 : 0);
      const startByte = 5 + (structured ? 2 : 0);
      const data = addressed
        ? `${bitcount - 30}:${bits.hex(startByte, (bitcount - 30 + 7) >>> 3, 30, (bitcount + 7) >>> 3)}`
        : `${bitcount}:${bits.hex(startByte, (bitcount + 7) >>> 3)}`;
      if (addressed) bitcount -= 30;
      return {
        type,
        repeat,
        mmsi,
        timestampMs,
        line,
        addressed,
        structured,
        dest_mmsi: addressed ? bits.u(40, 30) : 0,
        app_id: structured ? bits.u(40 + (addressed ? 30 : 0), 16) : 0,
        data,
      };
    }
    case 26: {
      if (len < 60 || len > 1004) return 'wrong_bit_length';
      const addressed = bits.u(38, 1) !== 0;
      const structured = bits.u(39, 1) !== 0;
      if (len < 40 + (structured ? 16 : 0) + (addressed ? 30 : 0) + 20) return 'wrong_bit_length';
      const bitcount = len - 60 - (structured ? 16 : 0);
      const startByte = 5 + (structured ? 2 : 0);
      const data = addressed
        ? `${bitcount - 30}:${bits.hex(startByte, (bitcount - 30 + 7) >>> 3, 30, (bitcount + 7) >>> 3)}`
        : `${bitcount}:${bits.hex(startByte, (bitcount + 7) >>> 3)}`;
      return {
        type,
        repeat,
        mmsi,
        timestampMs,
        line,
        addressed,
        structured,
        dest_mmsi: addressed ? bits.u(40, 30) : 0,
        app_id: structured ? bits.u(40 + (addressed ? 30 : 0), 16) : 0,
        data,
        // gpsd does not decode the communication state of type 26 and prints 0
        radio: 0,
      };
    }
    case 27: {
      // 96 bits; 168 is an implementation error seen in the wild that gpsd accepts
      if (len !== 96 && len !== 168) return 'wrong_bit_length';
      return {
        type,
        repeat,
        mmsi,
        timestampMs,
        line,
        status: bits.u(40, 4),
        accuracy: bits.u(38, 1) !== 0,
        lon: bits.s(44, 18) / 600,
        lat: bits.s(62, 17) / 600,
        speed: bits.u(79, 6),
        course: bits.u(85, 9),
        raim: bits.u(39, 1) !== 0,
        gnss: bits.u(94, 1) !== 0,
      };
    }
    default:
      return 'unsupported_type';
  }
}

function trimRight(s: string): string {
  let end = s.length;
  while (end > 0 && (s.charCodeAt(end - 1) === 32 || s.charCodeAt(end - 1) === 64)) end--;
  return s.slice(0, end);
}

/** Type guard for results. */
export function isMessage(r: DecodeResult): r is DecodedMessage {
  return typeof r !== 'string';
}

export type { FieldValue };

/** Shortest and longest payload in bits that {@link decodeMessage} accepts, by type (0: type not decoded). */
const MIN_BITS = [
  0, 163, 163, 163, 168, 420, 88, 72, 56, 168, 72, 168, 72, 72, 40, 88, 96, 80, 168, 312, 72, 272, 168, 160,
  0, 40, 60, 96,
];
const MAX_BITS = [
  0, 1e9, 1e9, 1e9, 1e9, 1e9, 1008, 168, 1008, 1e9, 1e9, 1e9, 1008, 168, 1008, 168, 168, 816, 1e9, 1e9, 186,
  368, 1e9, 1e9, 1e9, 168, 1004, 168,
];
/** {@link checkMessage} result for a payload too short or too long for its type. */
export const CHECK_WRONG_BIT_LENGTH = -1;
/** {@link checkMessage} result for a type that is not decoded. */
export const CHECK_UNSUPPORTED_TYPE = -2;

/**
 * The verdict of {@link decodeMessage} without building the message: the type when it would decode,
 * {@link CHECK_WRONG_BIT_LENGTH} or {@link CHECK_UNSUPPORTED_TYPE} when it would reject. For callers that
 * only count the messages they do not use.
 */
export function checkMessage(bits: PayloadBits): number {
  const len = bits.bitLength;
  if (len < 6) return CHECK_WRONG_BIT_LENGTH;
  const type = bits.u(0, 6);
  if (type === 0 || type > 27) return CHECK_UNSUPPORTED_TYPE;
  if (len < 38) return CHECK_WRONG_BIT_LENGTH;
  if (len < MIN_BITS[type] || len > MAX_BITS[type]) return CHECK_WRONG_BIT_LENGTH;
  switch (type) {
    case 24: {
      const part = bits.u(38, 2);
      // the part number is checked before the length (type 24's limits are per part)
      if (part === 0) return len < 160 || len > 168 ? CHECK_WRONG_BIT_LENGTH : type;
      if (part !== 1) return CHECK_UNSUPPORTED_TYPE;
      return len < 168 ? CHECK_WRONG_BIT_LENGTH : type;
    }
    case 25:
    case 26: {
      const addressed = bits.u(38, 1) !== 0;
      const structured = bits.u(39, 1) !== 0;
      const need = 40 + (structured ? 16 : 0) + (addressed ? 30 : 0) + (type === 26 ? 20 : 0);
      return len < need ? CHECK_WRONG_BIT_LENGTH : type;
    }
    case 27:
      return len !== 96 && len !== 168 ? CHECK_WRONG_BIT_LENGTH : type;
    case 6:
      return binaryAppLengthOk(6, bits.u(72, 10), bits.u(82, 6), len) ? type : CHECK_WRONG_BIT_LENGTH;
    case 8:
      return binaryAppLengthOk(8, bits.u(40, 10), bits.u(50, 6), len) ? type : CHECK_WRONG_BIT_LENGTH;
    default:
      return type;
  }
}
