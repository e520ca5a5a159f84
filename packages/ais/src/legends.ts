/** Text legends of AIS code fields, as gpsd prints them beside the codes (`status_text`, `shiptype_text`, …). */

const NAV_STATUS = [
  'Under way using engine',
  'At anchor',
  'Not under command',
  'Restricted maneuverability',
  'Constrained by her draught',
  'Moored',
  'Aground',
  'Engaged in fishing',
  'Under way sailing',
  'Reserved for HSC',
  'Reserved for WIG',
  // 11–14 were added by ITU-R M.1371-5; gpsd master's texts (gpsd/gpsd_json.c, nav_legends)
  'Power-driven vessel towing astern',
  'Power-driven vessel pushing ahead or towing alongside',
  'Reserved',
  'AIS-SART is active',
  'Not defined',
];

const EPFD = [
  'Undefined',
  'GPS',
  'GLONASS',
  'Combined GPS/GLONASS',
  'Loran-C',
  'Chayka',
  'Integrated navigation system',
  'Surveyed',
  'Galileo',
];

const SHIP_TYPE_BANDS: Record<number, string> = {
  2: 'Wing in ground (WIG)',
  4: 'High speed craft (HSC)',
  6: 'Passenger',
  7: 'Cargo',
  8: 'Tanker',
  9: 'Other Type',
};
const SHIP_TYPE_3X = [
  'Fishing',
  'Towing',
  'Towing: length exceeds 200m or breadth exceeds 25m',
  'Dredging or underwater ops',
  'Diving ops',
  'Military ops',
  'Sailing',
  'Pleasure Craft',
  'Reserved',
  'Reserved',
];
const SHIP_TYPE_5X = [
  'Pilot Vessel',
  'Search and Rescue vessel',
  'Tug',
  'Port Tender',
  'Anti-pollution equipment',
  'Law Enforcement',
  'Spare - Local Vessel',
  'Spare - Local Vessel',
  'Medical Transport',
  'Ship according to RR Resolution No. 18',
];
const HAZARD_SUFFIX = [
  'all ships of this type',
  'Hazardous category A',
  'Hazardous category B',
  'Hazardous category C',
  'Hazardous category D',
  'Reserved for future use',
  'Reserved for future use',
  'Reserved for future use',
  'Reserved for future use',
  'No additional information',
];

const STATION_TYPE = [
  'All types of mobiles',
  'Reserved for future use',
  'All types of Class B mobile stations',
  'SAR airborne mobile station',
  'Aid to Navigation station',
  'Class B shipborne mobile station',
  'Regional use and inland waterways',
  'Regional use and inland waterways',
  'Regional use and inland waterways',
  'Regional use and inland waterways',
  'Reserved for future use',
  'Reserved for future use',
  'Reserved for future use',
  'Reserved for future use',
  'Reserved for future use',
  'Reserved for future use',
];

const NAVAID_TYPE = [
  'Unspecified',
  'Reference point',
  'RACON',
  'Fixed offshore structure',
  'Spare, Reserved for future use.',
  'Light, without sectors',
  'Light, with sectors',
  'Leading Light Front',
  'Leading Light Rear',
  'Beacon, Cardinal N',
  'Beacon, Cardinal E',
  'Beacon, Cardinal S',
  'Beacon, Cardinal W',
  'Beacon, Port hand',
  'Beacon, Starboard hand',
  'Beacon, Preferred Channel port hand',
  'Beacon, Preferred Channel starboard hand',
  'Beacon, Isolated danger',
  'Beacon, Safe water',
  'Beacon, Special mark',
  'Cardinal Mark N',
  'Cardinal Mark E',
  'Cardinal Mark S',
  'Cardinal Mark W',
  'Port hand Mark',
  'Starboard hand Mark',
  'Preferred Channel Port hand',
  'Preferred Channel Starboard hand',
  'Isolated danger',
  'Safe Water',
  'Special Mark',
  'Light Vessel / LANBY / Rigs',
];

/** Navigational status (types 1–3, 27). */
export function navStatusText(code: number): string {
  return NAV_STATUS[code] ?? 'Not defined';
}

/** Electronic position fixing device. */
export function epfdText(code: number): string {
  if (code < EPFD.length) return EPFD[code];
  return code === 15 ? 'Internal GNSS' : `Reserved (${code})`;
}

/** Ship and cargo type (ITU-R M.1371 table 53). */
export function shipTypeText(code: number): string {
  if (code === 0) return 'Not available';
  if (code >= 100) return 'INVALID SHIP TYPE';
  const band = Math.floor(code / 10);
  const unit = code % 10;
  if (band === 3) return SHIP_TYPE_3X[unit];
  if (band === 5) return SHIP_TYPE_5X[unit];
  const name = SHIP_TYPE_BANDS[band];
  if (name === undefined) return 'Reserved for future use';
  if (band === 2 && unit === 9) return `${name} - Reserved for future use`;
  if (band === 9 && unit === 9) return 'Other Type - no additional information';
  return `${name} - ${HAZARD_SUFFIX[unit]}`;
}

/** Station type of a group assignment (type 23). */
export function stationTypeText(code: number): string {
  return STATION_TYPE[code] ?? 'INVALID STATION TYPE';
}

/** Aid-to-navigation type (type 21). */
export function navaidTypeText(code: number): string {
  return NAVAID_TYPE[code] ?? 'INVALID NAVAID TYPE';
}
