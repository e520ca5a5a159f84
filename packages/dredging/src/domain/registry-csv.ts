/** The user's vessel registry CSV (`mmsi,imo,name,dredger_type,hopper_m3[,source][,operator]`). */
import { DREDGER_TYPES, type DredgerType } from './types.ts';
import type { RegistryEntry } from './vessel.ts';

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
