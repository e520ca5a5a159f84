/**
 * Application-specific payloads of binary messages 6 and 8 that gpsd decodes (IMO SN.1/Circ.236 and 289,
 * GLA AtoN monitoring, EU inland AIS). Any other DAC/FID keeps its payload as gpsd's `"bits:hex"` string.
 */
import type { PayloadBits } from './bits.ts';
import type { DecodedMessage, FieldValue } from './types.ts';

/** Degrees from 1/1000 minute (IMO 236/289 positions). */
const DIV3 = 60000;

/** gpsd's legend order (its table lists "increasing" before "decreasing"). */
const TREND = ['steady', 'increasing', 'decreasing', 'N/A'];
const PRECIPITATION = [
  'reserved',
  'rain',
  'thunderstorm',
  'freezing rain',
  'mixed/ice',
  'snow',
  'reserved',
  'N/A',
];
const ICE = ['no', 'yes', 'reserved', 'N/A'];
const RACON = ['No RACON installed', 'RACON not monitored', 'RACON operational', 'RACON ERROR'];
const LIGHT = ['No light or no monitoring', 'Light ON', 'Light OFF', 'Light ERROR'];
const HAZARD = [
  '0 blue cones/lights',
  '1 blue cone/light',
  '2 blue cones/lights',
  '3 blue cones/lights',
  '4 B-Flag',
  'Unknown',
];
/** Inland AIS load status as gpsd master writes it (gpsd_json.c, `lstatus_types`). */
const LOADED = ['N/A (default)', 'Unloaded', 'Loaded'];
/** Inland AIS RTA status (gpsd_json.c, `rta_status`). */
const RTA_STATUS = ['Operational', 'Limited operation', 'Out of order', 'N/A'];

/**
 * ERI ship types of inland AIS (UN/ECE) as gpsd master names them (gpsd_json.c, type 8 DAC 200 FID 10): each
 * row is [ERI code, the IMO ship type it maps to, legend]. gpsd matches a value against either column and
 * stops at the first match; its table ends at 8370, so later ERI codes read "Illegal ship type value.".
 */
const ERI_SHIP_TYPES: readonly (readonly [number, number, string])[] = [
  [8000, 99, 'Vessel, type unknown'],
  [8010, 79, 'Motor freighter'],
  [8020, 89, 'Motor tanker'],
  [8021, 80, 'Motor tanker, liquid cargo, type N'],
  [8022, 80, 'Motor tanker, liquid cargo, type C'],
  [8023, 89, 'Motor tanker, dry cargo as if liquid (e.g. cement)'],
  [8030, 79, 'Container vessel'],
  [8040, 80, 'Gas tanker'],
  [8050, 79, 'Motor freighter, tug'],
  [8060, 89, 'Motor tanker, tug'],
  [8070, 79, 'Motor freighter with one or more ships alongside'],
  [8080, 89, 'Motor freighter with tanker'],
  [8090, 79, 'Motor freighter pushing one or more freighters'],
  [8100, 89, 'Motor freighter pushing at least one tank-ship'],
  [8110, 79, 'Tug, freighter'],
  [8120, 89, 'Tug, tanker'],
  [8130, 31, 'Tug freighter, coupled'],
  [8140, 31, 'Tug, freighter/tanker, coupled'],
  [8150, 99, 'Freightbarge'],
  [8160, 99, 'Tankbarge'],
  [8161, 90, 'Tankbarge, liquid cargo, type N'],
  [8162, 90, 'Tankbarge, liquid cargo, type C'],
  [8163, 99, 'Tankbarge, dry cargo as if liquid (e.g. cement)'],
  [8170, 99, 'Freightbarge with containers'],
  [8180, 90, 'Tankbarge, gas'],
  [8210, 79, 'Pushtow, one cargo barge'],
  [8220, 79, 'Pushtow, two cargo barges'],
  [8230, 79, 'Pushtow, three cargo barges'],
  [8240, 79, 'Pushtow, four cargo barges'],
  [8250, 79, 'Pushtow, five cargo barges'],
  [8260, 79, 'Pushtow, six cargo barges'],
  [8270, 79, 'Pushtow, seven cargo barges'],
  [8280, 79, 'Pushtow, eight cargo barges'],
  [8290, 79, 'Pushtow, nine or more barges'],
  [8310, 80, 'Pushtow, one tank/gas barge'],
  [8320, 80, 'Pushtow, two barges at least one tanker or gas barge'],
  [8330, 80, 'Pushtow, three barges at least one tanker or gas barge'],
  [8340, 80, 'Pushtow, four barges at least one tanker or gas barge'],
  [8350, 80, 'Pushtow, five barges at least one tanker or gas barge'],
  [8360, 80, 'Pushtow, six barges at least one tanker or gas barge'],
  // sic: gpsd's legend ends "barg"
  [8370, 80, 'Pushtow, seven barges at least one tanker or gas barg'],
];

function eriShipTypeText(shiptype: number): string {
  for (const [code, ais, legend] of ERI_SHIP_TYPES) if (code === shiptype || ais === shiptype) return legend;
  return 'Illegal ship type value.';
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** gpsd's "%02u-%02uT%02u:%02uZ" month-day-hour-minute. */
export function monthDayTime(month: number, day: number, hour: number, minute: number): string {
  return `${pad2(month)}-${pad2(day)}T${pad2(hour)}:${pad2(minute)}Z`;
}

function dayTime(day: number, hour: number, minute: number): string {
  return `${pad2(day)}T${pad2(hour)}:${pad2(minute)}Z`;
}

/** Decodes the application fields of a type 6 message into `msg` (after `fid`), or its raw data. */
export function decodeBinary6(bits: PayloadBits, msg: DecodedMessage): void {
  const len = bits.bitLength;
  const dac = msg.dac as number;
  const fid = msg.fid as number;
  let structured = false;
  if (dac === 200) {
    // Inland AIS (gpsd master, drivers/driver_ais.c: type 6, DAC 200), each only at its exact bit length
    if ((fid === 21 && len === 248) || (fid === 22 && len === 232)) {
      msg.country = bits.text(88, 2);
      msg.locode = bits.text(100, 3);
      msg.section = bits.text(118, 5);
      msg.terminal = bits.text(148, 5);
      msg.hectometre = bits.text(178, 5);
      // gpsd prints this one without zero padding: "%u-%uT%u:%u"
      msg.eta = `${bits.u(208, 4)}-${bits.u(212, 5)}T${bits.u(217, 5)}:${bits.u(222, 6)}`;
      if (fid === 21) {
        msg.tugs = bits.u(228, 3);
        msg.airdraught = bits.u(231, 12);
      } else {
        const status = bits.u(228, 2);
        msg.status = status;
        msg.status_text = RTA_STATUS[status];
      }
      structured = true;
    } else if (fid === 55 && len === 168) {
      msg.crew = bits.u(88, 8);
      msg.passengers = bits.u(96, 13);
      msg.personnel = bits.u(109, 8);
      structured = true;
    }
  } else if (dac === 235 || dac === 250) {
    if (fid === 10 && len === 136) {
      msg.off_pos = bits.u(131, 1) !== 0;
      msg.alarm = bits.u(122, 1) !== 0;
      msg.stat_ext = bits.u(123, 8);
      msg.ana_int = bits.u(88, 10) * 0.05;
      msg.ana_ext1 = bits.u(98, 10) * 0.05;
      msg.ana_ext2 = bits.u(108, 10) * 0.05;
      const racon = bits.u(118, 2);
      msg.racon = racon;
      msg.racon_text = RACON[racon];
      const light = bits.u(120, 2);
      msg.light = light;
      msg.light_text = LIGHT[light];
      structured = true;
    }
  } else if (dac === 1) {
    switch (fid) {
      case 12:
        msg.lastport = bits.text(88, 5);
        msg.departure = monthDayTime(bits.u(118, 4), bits.u(122, 5), bits.u(127, 5), bits.u(132, 6));
        msg.nextport = bits.text(138, 5);
        msg.eta = monthDayTime(bits.u(168, 4), bits.u(172, 5), bits.u(177, 5), bits.u(182, 6));
        msg.dangerous = bits.text(188, 20);
        msg.imdcat = bits.text(308, 4);
        msg.unid = bits.u(332, 13);
        msg.amount = bits.u(345, 10);
        msg.unit = bits.u(355, 2);
        structured = true;
        break;
      case 14: {
        msg.month = bits.u(88, 4);
        msg.day = bits.u(92, 5);
        const tidals: FieldValue[] = [];
        for (let a = 97; a <= len && tidals.length < 16; a += 93) {
          tidals.push({
            lon: bits.s(a + 27, 28) / DIV3,
            lat: bits.s(a, 27) / DIV3,
            from_hour: bits.u(a + 55, 5),
            from_min: bits.u(a + 60, 6),
            to_hour: bits.u(a + 66, 5),
            to_min: bits.u(a + 71, 6),
            cdir: bits.u(a + 77, 9),
            cspeed: bits.u(a + 86, 7) / 10,
          });
        }
        msg.tidals = tidals;
        structured = true;
        break;
      }
      case 18:
        msg.linkage = bits.u(88, 10);
        msg.arrival = monthDayTime(bits.u(98, 4), bits.u(102, 5), bits.u(107, 5), bits.u(112, 6));
        msg.portname = bits.text(118, 20);
        msg.destination = bits.text(238, 5);
        msg.lon = bits.s(268, 25) / DIV3;
        msg.lat = bits.s(293, 24) / DIV3;
        structured = true;
        break;
      case 30:
        msg.linkage = bits.u(88, 10);
        msg.text = bits.textToEnd(98);
        structured = true;
        break;
      case 32: {
        msg.month = bits.u(88, 4);
        msg.day = bits.u(92, 5);
        const tidals: FieldValue[] = [];
        for (let a = 97; a <= len && tidals.length < 16; a += 88) {
          tidals.push({
            lon: bits.s(a, 25) / DIV3,
            lat: bits.s(a + 25, 24) / DIV3,
            from_hour: bits.u(a + 49, 5),
            from_min: bits.u(a + 54, 6),
            to_hour: bits.u(a + 60, 5),
            to_min: bits.u(a + 65, 6),
            cdir: bits.u(a + 71, 9),
            cspeed: bits.u(a + 80, 8) / 10,
          });
        }
        msg.tidals = tidals;
        structured = true;
        break;
      }
    }
  }
  if (!structured) {
    const bitcount = len - 88;
    msg.data = `${bitcount}:${bits.hex(11, (bitcount + 7) >>> 3)}`;
  }
}

/**
 * Bit lengths outside which gpsd master refuses a whole type 6 or 8 message of DAC 1 (IMO 236/289), by FID:
 * `RANGE_CHECK(min, max)` in the application's branch of drivers/driver_ais.c returns false, so gpsd emits
 * nothing for it rather than its raw data. Limits already implied by the type's own check are left out.
 */
const DAC1_LIMITS: Record<6 | 8, Record<number, readonly [number, number]>> = {
  6: { 20: [360, 1008], 25: [100, 1008], 28: [149, 1008], 30: [98, 1008], 32: [97, 1008] },
  8: { 11: [346, 352], 19: [258, 1008], 27: [117, 1008] },
};

/** Whether gpsd master would decode a type 6 or 8 message of this DAC, FID and bit length at all. */
export function binaryAppLengthOk(type: 6 | 8, dac: number, fid: number, len: number): boolean {
  if (dac !== 1) return true;
  const limits = DAC1_LIMITS[type][fid];
  return limits === undefined || (len >= limits[0] && len <= limits[1]);
}

/** Decodes the application fields of a type 8 message into `msg` (after `fid`), or its raw data. */
export function decodeBinary8(bits: PayloadBits, msg: DecodedMessage): void {
  const len = bits.bitLength;
  const dac = msg.dac as number;
  const fid = msg.fid as number;
  let structured = false;
  if (dac === 1 && fid === 11) {
    msg.lat = bits.s(56, 24) / DIV3;
    msg.lon = bits.s(80, 25) / DIV3;
    msg.timestamp = dayTime(bits.u(105, 5), bits.u(110, 5), bits.u(115, 6));
    msg.wspeed = bits.u(121, 7);
    msg.wgust = bits.u(128, 7);
    msg.wdir = bits.u(135, 9);
    msg.wgustdir = bits.u(144, 9);
    msg.humidity = bits.u(164, 7);
    msg.airtemp = bits.u(153, 11) * 0.1 - 60;
    msg.dewpoint = bits.u(171, 10) * 0.1 - 20;
    msg.pressure = bits.u(181, 9) + 800;
    msg.pressuretend = TREND[bits.u(190, 2)];
    msg.visibility = bits.u(192, 8) * 0.1;
    msg.waterlevel = bits.u(200, 9) * 0.1 - 10;
    msg.leveltrend = TREND[bits.u(209, 2)];
    msg.cspeed = bits.u(211, 8) * 0.1;
    msg.cdir = bits.u(219, 9);
    msg.cspeed2 = bits.u(228, 8) * 0.1;
    msg.cdir2 = bits.u(236, 9);
    msg.cdepth2 = bits.u(245, 5);
    msg.cspeed3 = bits.u(250, 8) * 0.1;
    msg.cdir3 = bits.u(258, 9);
    msg.cdepth3 = bits.u(267, 5);
    msg.waveheight = bits.u(272, 8) * 0.1;
    msg.waveperiod = bits.u(280, 6);
    msg.wavedir = bits.u(286, 9);
    msg.swellheight = bits.u(295, 8) * 0.1;
    msg.swellperiod = bits.u(303, 6);
    msg.swelldir = bits.u(309, 9);
    msg.seastate = bits.u(318, 4);
    msg.watertemp = bits.u(322, 10) * 0.1 - 10;
    const precip = bits.u(332, 3);
    msg.preciptype = precip;
    msg.preciptype_text = PRECIPITATION[precip];
    msg.salinity = bits.u(335, 9) * 0.1;
    const ice = bits.u(344, 2);
    msg.ice = ice;
    msg.ice_text = ICE[ice];
    structured = true;
  } else if (dac === 1 && fid === 31) {
    msg.lat = bits.s(81, 24) / DIV3;
    msg.lon = bits.s(56, 25) / DIV3;
    msg.accuracy = bits.u(105, 1) !== 0;
    msg.timestamp = dayTime(bits.u(106, 5), bits.u(111, 5), bits.u(116, 6));
    msg.wspeed = bits.u(122, 7);
    msg.wgust = bits.u(129, 7);
    msg.wdir = bits.u(136, 9);
    msg.wgustdir = bits.u(145, 9);
    msg.humidity = bits.u(165, 7);
    msg.airtemp = bits.s(154, 11) * 0.1;
    msg.dewpoint = bits.s(172, 10) * 0.1;
    msg.pressure = bits.u(182, 9) + 799;
    msg.pressuretend = TREND[bits.u(191, 2)];
    msg.visgreater = bits.u(193, 1) !== 0;
    msg.visibility = bits.u(194, 7) * 0.1;
    msg.waterlevel = bits.u(201, 12) * 0.01 - 10;
    msg.leveltrend = TREND[bits.u(213, 2)];
    msg.cspeed = bits.u(215, 8) * 0.1;
    msg.cdir = bits.u(223, 9);
    msg.cspeed2 = bits.u(232, 8) * 0.1;
    msg.cdir2 = bits.u(240, 9);
    msg.cdepth2 = bits.u(249, 5);
    msg.cspeed3 = bits.u(254, 8) * 0.1;
    msg.cdir3 = bits.u(262, 9);
    msg.cdepth3 = bits.u(271, 5);
    msg.waveheight = bits.u(276, 8) * 0.1;
    msg.waveperiod = bits.u(284, 6);
    msg.wavedir = bits.u(290, 9);
    msg.swellheight = bits.u(299, 8) * 0.1;
    msg.swellperiod = bits.u(307, 6);
    msg.swelldir = bits.u(313, 9);
    msg.seastate = bits.u(322, 4);
    msg.watertemp = bits.s(326, 10) * 0.1;
    msg.preciptype = PRECIPITATION[bits.u(336, 3)];
    msg.salinity = bits.u(339, 9) * 0.1;
    msg.ice = ICE[bits.u(348, 2)];
    structured = true;
  } else if (dac === 200 && fid === 10 && len === 168) {
    const vin = bits.text(56, 8);
    const hazard = bits.u(141, 3);
    // gpsd range-checks these to avoid false matches with other payloads
    if (hazard <= 5 && (vin.length === 0 || vin.charCodeAt(0) < 128)) {
      msg.vin = vin;
      msg.length = bits.u(104, 13);
      msg.beam = bits.u(117, 10);
      const shiptype = bits.u(127, 14);
      msg.shiptype = shiptype;
      msg.shiptype_text = eriShipTypeText(shiptype);
      msg.hazard = hazard;
      msg.hazard_text = HAZARD[hazard];
      msg.draught = bits.u(144, 11);
      const loaded = bits.u(155, 2);
      msg.loaded = loaded;
      msg.loaded_text = LOADED[loaded] ?? 'INVALID LOAD STATUS';
      msg.speed_q = bits.u(157, 1) !== 0;
      msg.course_q = bits.u(158, 1) !== 0;
      msg.heading_q = bits.u(159, 1) !== 0;
      structured = true;
    }
  }
  if (!structured) {
    const bitcount = len - 56;
    const bytes = (bitcount + 7) >>> 3;
    msg.data = `${bitcount}:${bits.hex(7, bytes, 0, bytes, bitcount & 7)}`;
  }
}
