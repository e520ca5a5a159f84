import { type Band, DREDGER_TYPES, type DredgerType } from './types.ts';

/** Static and voyage data of one vessel, gathered from AIS type 5 (and 24) messages. */
export interface VesselStatic {
  mmsi: number;
  imo: number | null;
  name: string | null;
  callsign: string | null;
  /** AIS ship and cargo type (33 = "dredging or underwater operations"). */
  shipType: number | null;
  lengthM: number | null;
  beamM: number | null;
  /** Reported draughts over time (type 5 `draught`, metres, 0.1 m resolution). */
  draughts: { timestampMs: number; draughtM: number }[];
}

/** One row of a user registry CSV (`mmsi,imo,name,dredger_type,hopper_m3[,source]`). */
export interface RegistryEntry {
  mmsi: number;
  imo: number | null;
  name: string | null;
  dredgerType: DredgerType;
  hopperM3: number | null;
  source: string | null;
  operator: string | null;
  /** 1-based line in the CSV. */
  line: number;
}

/** How a vessel came to be counted as a dredger. */
export interface Evidence {
  kind: 'ais_ship_type' | 'ais_name' | 'registry' | 'behaviour';
  detail: string;
}

/** Capacity band of a vessel (hopper m³, or production m³/h for stationary dredgers) and its source. */
export interface CapacityBand {
  band: Band;
  unit: 'hopper_m3' | 'm3_per_hour';
  source: string;
}

/** A vessel as the dredging watch knows it. */
export interface Vessel {
  mmsi: number;
  imo: number | null;
  name: string | null;
  shipType: number | null;
  lengthM: number | null;
  beamM: number | null;
  dredgerType: DredgerType | null;
  /** Where the dredger type came from. */
  dredgerTypeSource: 'registry' | 'ais_name' | 'behaviour' | 'default' | null;
  isDredger: boolean;
  evidence: Evidence[];
  capacity: CapacityBand | null;
  /** Operating company, from the optional `operator` column of the registry. */
  operator: string | null;
}

export interface RegistryParseResult {
  entries: RegistryEntry[];
  errors: { line: number; message: string }[];
}

const TYPE_ALIASES: Record<string, DredgerType> = {
  trailing_suction_hopper: 'trailing_suction_hopper',
  trailing_suction_hopper_dredger: 'trailing_suction_hopper',
  tshd: 'trailing_suction_hopper',
  hopper: 'trailing_suction_hopper',
  cutter_suction: 'cutter_suction',
  cutter_suction_dredger: 'cutter_suction',
  csd: 'cutter_suction',
  cutter: 'cutter_suction',
  grab: 'grab',
  clamshell: 'grab',
  grab_clamshell: 'grab',
  backhoe: 'backhoe',
  bucket_ladder: 'bucket_ladder',
  bucket: 'bucket_ladder',
  other: 'other',
};

/** Reads a dredger type as people write it ("Trailing suction hopper", "grab/clamshell", "TSHD"). */
export function parseDredgerType(text: string): DredgerType | null {
  const key = text
    .trim()
    .toLowerCase()
    .replace(/[\s/-]+/g, '_');
  return TYPE_ALIASES[key] ?? null;
}

function splitCsvLine(line: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cur += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out.map((s) => s.trim());
}

/**
 * Parses a registry CSV: header `mmsi,imo,name,dredger_type,hopper_m3` with optional `source` and
 * `operator` columns (any order). Each bad row is reported with its line number and left out.
 */
export function parseRegistryCsv(text: string): RegistryParseResult {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const entries: RegistryEntry[] = [];
  const errors: RegistryParseResult['errors'] = [];
  const header = splitCsvLine(lines[0] ?? '').map((h) => h.toLowerCase());
  const col = (name: string) => header.indexOf(name);
  for (const required of ['mmsi', 'dredger_type']) {
    if (col(required) < 0) {
      errors.push({ line: 1, message: `missing column "${required}" in the header` });
    }
  }
  if (errors.length > 0) return { entries, errors };
  for (let n = 1; n < lines.length; n++) {
    const raw = lines[n];
    if (raw.trim() === '') continue;
    const f = splitCsvLine(raw);
    const get = (name: string) => (col(name) >= 0 ? (f[col(name)] ?? '') : '');
    const line = n + 1;
    const mmsi = Number(get('mmsi'));
    if (!Number.isInteger(mmsi) || mmsi < 1 || mmsi > 999_999_999) {
      errors.push({ line, message: `mmsi "${get('mmsi')}" is not a 9-digit number` });
      continue;
    }
    const type = parseDredgerType(get('dredger_type'));
    if (!type) {
      errors.push({
        line,
        message: `dredger_type "${get('dredger_type')}" is not one of ${DREDGER_TYPES.join(', ')}`,
      });
      continue;
    }
    const hopperText = get('hopper_m3');
    const hopper = hopperText === '' ? null : Number(hopperText);
    if (hopper !== null && !(hopper > 0 && hopper < 100_000)) {
      errors.push({ line, message: `hopper_m3 "${hopperText}" is not a volume between 0 and 100 000 m³` });
      continue;
    }
    const imoText = get('imo');
    const imo = imoText === '' ? null : Number(imoText);
    if (imo !== null && !Number.isInteger(imo)) {
      errors.push({ line, message: `imo "${imoText}" is not a number` });
      continue;
    }
    entries.push({
      mmsi,
      imo,
      name: get('name') || null,
      dredgerType: type,
      hopperM3: hopper,
      source: get('source') || null,
      operator: get('operator') || null,
      line,
    });
  }
  return { entries, errors };
}

/** Words in AIS names that say "dredger" (names are upper-case 6-bit ASCII). */
export const DREDGER_NAME_PATTERN = /\b(DREDG\w*|TSHD|HOPPER|CUTTER|BAGGER\w*|DRAGA|DRAGUE\w*|DRAGAGEM)\b/;

/** Dredger type a name implies, when it says so. */
function typeFromName(name: string): DredgerType | null {
  if (/\bCUTTER\b/.test(name)) return 'cutter_suction';
  if (/\b(TSHD|HOPPER)\b/.test(name)) return 'trailing_suction_hopper';
  if (/\bGRAB\b/.test(name)) return 'grab';
  if (/\bBACKHOE\b/.test(name)) return 'backhoe';
  return null;
}

/**
 * Default hopper capacity bands (m³) by length overall, for trailing suction hopper dredgers without a
 * registry capacity. Strata's assumption read off the published fleet specifications of the four large
 * dredging contractors (Boskalis, DEME, Jan De Nul, Van Oord): hopper volume grows with length, from about
 * 1 000 m³ at 60–80 m to 30 000–46 000 m³ for the ~220 m "jumbo" hoppers.
 */
export const HOPPER_CAPACITY_BY_LENGTH: readonly { maxLengthM: number; band: Band }[] = [
  { maxLengthM: 80, band: { low: 500, central: 1_500, high: 3_000 } },
  { maxLengthM: 120, band: { low: 2_000, central: 5_000, high: 9_000 } },
  { maxLengthM: 160, band: { low: 6_000, central: 11_000, high: 18_000 } },
  { maxLengthM: Number.POSITIVE_INFINITY, band: { low: 15_000, central: 25_000, high: 46_000 } },
];
/** Band for a hopper of unknown length: the span of the classes above bar the jumbo class. */
export const HOPPER_CAPACITY_UNKNOWN_LENGTH: Band = { low: 1_000, central: 5_000, high: 18_000 };

/**
 * Default production bands (in-situ m³ per dredging hour) of stationary dredgers. Strata's assumption,
 * from the ranges published for sand in contractors' specifications and in Bray, Bates & Land,
 * "Dredging: a handbook for engineers" (2nd ed., 1997): cutters from a few hundred to several thousand
 * m³/h, mechanical dredgers (grab, backhoe, bucket ladder) a few hundred.
 */
export const PRODUCTION_BY_TYPE: Record<Exclude<DredgerType, 'trailing_suction_hopper'>, Band> = {
  cutter_suction: { low: 300, central: 1_000, high: 3_000 },
  grab: { low: 50, central: 200, high: 600 },
  backhoe: { low: 100, central: 300, high: 800 },
  bucket_ladder: { low: 100, central: 400, high: 1_000 },
  other: { low: 50, central: 300, high: 1_500 },
};

/** The default capacity band of a dredger by type (and length for hoppers), with its source. */
export function defaultCapacity(type: DredgerType, lengthM: number | null): CapacityBand {
  if (type === 'trailing_suction_hopper') {
    if (lengthM === null) {
      return {
        band: HOPPER_CAPACITY_UNKNOWN_LENGTH,
        unit: 'hopper_m3',
        source: 'default band for a hopper dredger of unknown length (docs/dredging.md)',
      };
    }
    const row = HOPPER_CAPACITY_BY_LENGTH.find((r) => lengthM <= r.maxLengthM)!;
    return {
      band: row.band,
      unit: 'hopper_m3',
      source: `default band for a hopper dredger of ${Math.round(lengthM)} m (docs/dredging.md)`,
    };
  }
  return {
    band: PRODUCTION_BY_TYPE[type],
    unit: 'm3_per_hour',
    source: `default production band for a ${type.replace(/_/g, ' ')} dredger (docs/dredging.md)`,
  };
}

/**
 * Identifies dredgers among vessels from AIS static data (ship type 33, names) and a user registry.
 * Behaviour evidence is added later by the analysis ({@link addBehaviourEvidence}). Every vessel seen
 * is returned; `isDredger` says whether any evidence was found.
 */
export function identifyVessels(
  statics: Iterable<VesselStatic>,
  registry: readonly RegistryEntry[] = [],
  seenMmsis: Iterable<number> = [],
): Map<number, Vessel> {
  const out = new Map<number, Vessel>();
  const blank = (mmsi: number): Vessel => ({
    mmsi,
    imo: null,
    name: null,
    shipType: null,
    lengthM: null,
    beamM: null,
    dredgerType: null,
    dredgerTypeSource: null,
    isDredger: false,
    evidence: [],
    capacity: null,
    operator: null,
  });
  for (const mmsi of seenMmsis) out.set(mmsi, blank(mmsi));
  for (const s of statics) {
    const v = out.get(s.mmsi) ?? blank(s.mmsi);
    v.imo = s.imo ?? v.imo;
    v.name = s.name ?? v.name;
    v.shipType = s.shipType ?? v.shipType;
    v.lengthM = s.lengthM ?? v.lengthM;
    v.beamM = s.beamM ?? v.beamM;
    if (s.shipType === 33) {
      v.evidence.push({
        kind: 'ais_ship_type',
        detail: 'AIS ship type 33 (dredging or underwater operations)',
      });
    }
    if (s.name && DREDGER_NAME_PATTERN.test(s.name)) {
      v.evidence.push({ kind: 'ais_name', detail: `AIS name "${s.name}" names a dredger` });
      const t = typeFromName(s.name);
      if (t && !v.dredgerType) {
        v.dredgerType = t;
        v.dredgerTypeSource = 'ais_name';
      }
    }
    out.set(s.mmsi, v);
  }
  for (const r of registry) {
    const v = out.get(r.mmsi) ?? blank(r.mmsi);
    v.imo = r.imo ?? v.imo;
    v.name = r.name ?? v.name;
    v.dredgerType = r.dredgerType;
    v.dredgerTypeSource = 'registry';
    v.operator = r.operator ?? v.operator;
    v.evidence.push({
      kind: 'registry',
      detail: `user registry line ${r.line}: ${r.dredgerType.replace(/_/g, ' ')}${r.hopperM3 ? `, hopper ${r.hopperM3} m³` : ''}${r.source ? ` (${r.source})` : ''}`,
    });
    if (r.hopperM3 !== null && r.dredgerType === 'trailing_suction_hopper') {
      v.capacity = {
        band: { low: r.hopperM3, central: r.hopperM3, high: r.hopperM3 },
        unit: 'hopper_m3',
        source: `user registry line ${r.line}${r.source ? ` (${r.source})` : ''}`,
      };
    }
    out.set(r.mmsi, v);
  }
  for (const v of out.values()) v.isDredger = v.evidence.length > 0;
  return out;
}

/** Records that a vessel's track looks like dredging; sets its type and default capacity if unknown. */
export function addBehaviourEvidence(vessel: Vessel, type: DredgerType, detail: string): void {
  vessel.evidence.push({ kind: 'behaviour', detail });
  vessel.isDredger = true;
  if (!vessel.dredgerType) {
    vessel.dredgerType = type;
    vessel.dredgerTypeSource = 'behaviour';
  }
}

/** Fills in the default capacity band where the registry gave none. */
export function ensureCapacity(vessel: Vessel): CapacityBand | null {
  if (!vessel.dredgerType) return null;
  if (!vessel.capacity) vessel.capacity = defaultCapacity(vessel.dredgerType, vessel.lengthM);
  return vessel.capacity;
}

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
