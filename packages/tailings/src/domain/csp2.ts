import { parseDelimited } from '@strata/core';
import { normalizeLabel, parseLocaleNumber, type RaiseMethod, type RejectedRow } from './facility.ts';
import { resolveCountry } from './fields.ts';

/** Credit line the product shows wherever the failures list is used (the list has no licence). */
export const CSP2_CREDIT =
  'Tailings dam failures 1915–2022, compiled by D. Chambers, L. Bowker and others, Center for Science in Public Participation (CSP2)';

/** One historical tailings dam failure or incident. */
export interface FailureRecord {
  /** Stable key: year + normalised location (the list has no ids). */
  sourceId: string;
  /** CSP2 severity code: 1 very serious … 5 other; as given. */
  severity: number | null;
  location: string;
  countryIso3: string | null;
  ore: string | null;
  damTypeRaw: string | null;
  raiseMethod: RaiseMethod;
  heightM: number | null;
  storageVolumeM3: number | null;
  /** CSP2 cause code (EQ earthquake, OT overtopping, SI seepage/internal, ST structural, FN foundation, U unknown…). */
  cause: string | null;
  year: number;
  date: string | null;
  releaseM3: number | null;
  runoutKm: number | null;
  deaths: number | null;
  sources: string | null;
  notes: string | null;
}

/** CSP2 dam-type codes: US upstream, DS downstream, CL centreline (ICOLD Bulletin 121 usage). */
function csp2RaiseMethod(raw: string): RaiseMethod {
  const t = normalizeLabel(raw);
  if (t === '') return 'unknown';
  if (/^us\b|upstream/.test(t)) return 'upstream';
  if (/^ds\b|downstream/.test(t)) return 'downstream';
  if (/\bcl\b|centre|center/.test(t)) return 'centreline';
  if (/unknown|^u$/.test(t)) return 'unknown';
  return 'other';
}

const MONTHS: Record<string, string> = {
  jan: '01',
  feb: '02',
  mar: '03',
  apr: '04',
  may: '05',
  jun: '06',
  jul: '07',
  aug: '08',
  sep: '09',
  oct: '10',
  nov: '11',
  dec: '12',
};

/** "7/Nov/22" or "15-Jun-15" with the incident year → ISO date. */
function csp2Date(raw: string, year: number): string | null {
  const m = /^(\d{1,2})[/-]([A-Za-z]{3})[/-]\d{2,4}$/.exec(raw.trim());
  const month = m ? MONTHS[(m[2] ?? '').toLowerCase()] : undefined;
  if (!m || !month) return null;
  return `${year}-${month}-${(m[1] ?? '').padStart(2, '0')}`;
}

/** The country: the last comma-separated part of the location that names a State. */
function countryOf(location: string): string | null {
  const withoutOwner = location.replace(/\([^)]*\)/g, '');
  const parts = withoutOwner
    .split(',')
    .map((p) => p.trim())
    .reverse();
  for (const p of parts) {
    const iso3 = resolveCountry(p) ?? (p === 'USA' || p === 'U.S.A.' ? 'USA' : p === 'UK' ? 'GBR' : null);
    if (iso3) return iso3;
  }
  return null;
}

/**
 * Parses the CSP2 failures list (UTF-8 CSV, headers with line breaks, a second "ORE TYPE" column and
 * scoring columns to the right). Only the first occurrence of each header is read. The list has no
 * licence: Strata never bundles it; users import their own copy.
 */
export function parseCsp2Failures(text: string): { records: FailureRecord[]; rejected: RejectedRow[] } {
  const rows = parseDelimited(text, ',');
  const header = rows[0];
  if (!header) return { records: [], rejected: [{ line: 1, sourceId: null, reason: 'empty file' }] };
  const index = new Map<string, number>();
  header.fields.forEach((h, i) => {
    const k = normalizeLabel(h);
    if (!index.has(k)) index.set(k, i);
  });
  const col = (row: string[], name: string) => {
    const i = index.get(name);
    return i === undefined ? '' : (row[i] ?? '').trim();
  };
  const required = ['mine project location', 'incident year'];
  const missing = required.filter((r) => !index.has(r));
  if (missing.length > 0) {
    return {
      records: [],
      rejected: [{ line: 1, sourceId: null, reason: `missing columns: ${missing.join(', ')}` }],
    };
  }
  const records: FailureRecord[] = [];
  const rejected: RejectedRow[] = [];
  const seen = new Map<string, number>();
  for (const { line, fields } of rows.slice(1)) {
    const location = col(fields, 'mine project location');
    const year = Number(col(fields, 'incident year'));
    if (!location) {
      rejected.push({ line, sourceId: null, reason: 'no mine/location' });
      continue;
    }
    if (!Number.isInteger(year) || year < 1800 || year > 2100) {
      rejected.push({
        line,
        sourceId: null,
        reason: `incident year "${col(fields, 'incident year')}" is not a year`,
      });
      continue;
    }
    const base = `${year}-${normalizeLabel(location).slice(0, 60).replace(/ /g, '-')}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    const num = (name: string) => parseLocaleNumber(col(fields, name).replace(/,/g, ''));
    const damType = col(fields, 'dam type');
    const severity = Number.parseInt(col(fields, 'severity code'), 10);
    records.push({
      sourceId: n === 1 ? base : `${base}-${n}`,
      severity: Number.isFinite(severity) ? severity : null,
      location,
      countryIso3: countryOf(location),
      ore: col(fields, 'ore type') || null,
      damTypeRaw: damType || null,
      raiseMethod: csp2RaiseMethod(damType),
      heightM: num('dam height meters'),
      storageVolumeM3: num('storage volume cu meters'),
      cause: col(fields, 'type cause') || null,
      year,
      date: csp2Date(col(fields, 'incident date'), year),
      releaseM3: num('release cu meters'),
      runoutKm: num('runout km'),
      deaths: num('deaths'),
      sources: col(fields, 'sources') || null,
      notes: col(fields, 'notes') || null,
    });
  }
  return { records, rejected };
}
