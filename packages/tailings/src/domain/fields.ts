import { COUNTRIES, findCountry } from '@strata/core';
import { normalizeCommodity } from './commodity.ts';
import { parseDms } from './dms.ts';
import {
  type FacilityRecord,
  type InvalidFieldReport,
  normalizeLabel,
  normalizeRaiseMethod,
  normalizeStatus,
  parseLocaleNumber,
  parseYesNo,
} from './facility.ts';

/** The model fields an importer may fill from a source column (the targets of a column mapping). */
export const MAPPABLE_FIELDS = [
  'sourceId',
  'name',
  'mineName',
  'country',
  'region',
  'municipality',
  'lat',
  'lon',
  'operator',
  'owners',
  'partners',
  'status',
  'startYear',
  'operatedToApprovedDesign',
  'raiseMethod',
  'heightM',
  'volumeM3',
  'plannedVolume5yM3',
  'lastIndependentReview',
  'fullEngineeringRecords',
  'classification',
  'classificationSystem',
  'stabilityConcerns',
  'engineeringOversight',
  'downstreamImpactAssessment',
  'closurePlan',
  'longTermMonitoring',
  'extremeWeatherAssessment',
  'notes',
  'emergencyPreparednessSummary',
  'nextIndependentReview',
  'annualPerformanceSummary',
  'commodity',
  'asgm',
  'cyanide',
  'acidRockDrainage',
  'radionuclides',
  'highPh',
  'downstreamPopulation',
  // Lifecycle and design values (`details`), e.g. the newer SIGBM exports' columns.
  'decharacterisationPhase',
  'decharacterisationStart',
  'decharacterisationEnd',
  'constructionStart',
  'operationStart',
  'crestElevationM',
  'lastRaiseDate',
  'totalCapacityM3',
  'certifications',
  'beachWidthM',
] as const;
export type MappableField = (typeof MAPPABLE_FIELDS)[number];

const COUNTRY_BY_NAME = new Map(COUNTRIES.map((c) => [normalizeLabel(c.name.en), c.iso3]));

/** ISO alpha-3 from an alpha-3 or alpha-2 code or an English country name; null when unknown. */
export function resolveCountry(raw: string): string | null {
  const t = raw.trim();
  if (t.length === 2 || t.length === 3) {
    const c = findCountry(t);
    if (c) return c.iso3;
  }
  return COUNTRY_BY_NAME.get(normalizeLabel(t)) ?? null;
}

/** A date as ISO `YYYY-MM-DD` (or `YYYY-MM`, `YYYY`) from ISO, `DD/MM/YYYY`, `MM/YYYY` or a bare year; null otherwise. */
export function parseDateText(raw: string): string | null {
  const t = raw.trim();
  let m = /^(\d{4})-(\d{2})-(\d{2})/.exec(t);
  if (m) return `${m[1]}-${m[2]}-${m[3]}`;
  m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})/.exec(t);
  if (m) return `${m[3]}-${m[2]?.padStart(2, '0')}-${m[1]?.padStart(2, '0')}`;
  m = /^(\d{1,2})\/(\d{4})$/.exec(t);
  if (m) return `${m[2]}-${m[1]?.padStart(2, '0')}`;
  m = /^(\d{4})-(\d{2})$/.exec(t);
  if (m) return `${m[1]}-${m[2]}`;
  m = /^(\d{4})$/.exec(t);
  if (m) return m[1] ?? null;
  return null;
}

function isBlank(raw: string): boolean {
  // Fast path: only texts starting with n/u/d (n/a, não se aplica, unknown, desconhecido) can be blanks.
  const first = raw.charCodeAt(0) | 0x20;
  if (raw !== '' && first !== 0x6e && first !== 0x75 && first !== 0x64) return false;
  const t = normalizeLabel(raw);
  return (
    t === '' ||
    t === 'n a' ||
    t === 'na' ||
    /^nao se aplica|^no aplica|^not applicable|^unknown$|^desconhecid/.test(t)
  );
}

function list(raw: string): string[] {
  return raw
    .split(/[;|]/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/**
 * Sets one model field from a source text. Blank, "-" and "not applicable" leave the field unset.
 * Returns an error message when the text cannot be read as the field's type (the row is then rejected).
 */
export function applyField(record: FacilityRecord, field: MappableField, raw: string): string | null {
  const text = raw.trim();
  if (text === '-' || isBlank(text)) {
    if (field === 'classification' && text !== '') {
      // "Não se aplica" is itself the rating the source gives: kept verbatim, no crosswalk.
      record.classification = { system: record.classification?.system ?? 'unspecified', raw: text };
    }
    return null;
  }
  const num = (label: string, allowNegative = false): number | string => {
    const n = parseLocaleNumber(text);
    if (n === null || (!allowNegative && n < 0)) return `${label} "${text}" is not a number`;
    return n;
  };
  const bool = (): boolean | null => parseYesNo(text);
  switch (field) {
    case 'sourceId':
      record.sourceId = text;
      record.ids[record.source] = text;
      return null;
    case 'name':
      record.name = text;
      return null;
    case 'mineName':
      record.mineName = text;
      return null;
    case 'country': {
      const iso3 = resolveCountry(text);
      if (!iso3) return `country "${text}" is not a UN Member or observer State (ISO code or English name)`;
      record.countryIso3 = iso3;
      return null;
    }
    case 'region':
      record.region = text;
      return null;
    case 'municipality':
      record.municipality = text;
      return null;
    case 'lat':
    case 'lon': {
      const v = parseDms(text);
      const limit = field === 'lat' ? 90 : 180;
      if (v === null || Math.abs(v) > limit) return `${field} "${text}" is not a coordinate`;
      record[field] = v;
      return null;
    }
    case 'operator':
      record.operator = text;
      return null;
    case 'owners':
    case 'partners':
      record[field] = list(text);
      return null;
    case 'status':
      record.status = normalizeStatus(text);
      record.statusRaw = text;
      return null;
    case 'startYear': {
      const date = parseDateText(text);
      const year = date ? Number(date.slice(0, 4)) : Number.NaN;
      if (!Number.isInteger(year) || year < 1800 || year > 2200) return `start year "${text}" is not a year`;
      record.startYear = year;
      return null;
    }
    case 'raiseMethod':
      record.raiseMethod = normalizeRaiseMethod(text);
      record.raiseMethodRaw = text;
      return null;
    case 'heightM':
    case 'volumeM3':
    case 'plannedVolume5yM3': {
      const n = num(field);
      if (typeof n === 'string') return n;
      record[field] = n;
      return null;
    }
    case 'lastIndependentReview':
    case 'nextIndependentReview': {
      const d = parseDateText(text);
      if (!d) return `${field} "${text}" is not a date (YYYY-MM-DD, DD/MM/YYYY or YYYY)`;
      record[field] = d;
      return null;
    }
    case 'classification':
      record.classification = { system: record.classification?.system ?? 'unspecified', raw: text };
      return null;
    case 'classificationSystem':
      record.classification = { system: text, raw: record.classification?.raw ?? '' };
      return null;
    case 'operatedToApprovedDesign':
    case 'fullEngineeringRecords':
    case 'stabilityConcerns':
    case 'downstreamImpactAssessment':
    case 'closurePlan':
    case 'longTermMonitoring':
    case 'extremeWeatherAssessment': {
      const b = bool();
      if (b === null) {
        if (field === 'stabilityConcerns') {
          record.stabilityConcerns = true;
          record.stabilityConcernsNote = text;
          return null;
        }
        return `${field} "${text}" is not yes/no`;
      }
      record[field] = b;
      return null;
    }
    case 'asgm': {
      const b = bool();
      if (b === null) return `asgm "${text}" is not yes/no`;
      record.asgm = b;
      return null;
    }
    case 'cyanide':
    case 'acidRockDrainage':
    case 'radionuclides':
    case 'highPh': {
      const b = bool();
      if (b === null) return `${field} "${text}" is not yes/no`;
      record.toxicity[field] = b;
      return null;
    }
    case 'engineeringOversight':
    case 'notes':
    case 'emergencyPreparednessSummary':
    case 'annualPerformanceSummary':
    case 'downstreamPopulation':
      record[field] = text;
      return null;
    case 'commodity':
      record.commodityRaw = text;
      record.commodity = normalizeCommodity(text);
      return null;
    case 'decharacterisationPhase':
      record.details = { ...record.details, decharacterisationPhase: text };
      return null;
    case 'decharacterisationStart':
    case 'decharacterisationEnd':
    case 'constructionStart':
    case 'operationStart':
    case 'lastRaiseDate': {
      const d = parseDateText(text);
      if (!d) return `${field} "${text}" is not a date (YYYY-MM-DD, DD/MM/YYYY, MM/YYYY or YYYY)`;
      record.details = { ...record.details, [field]: d };
      // The start of operation is the disclosure item "start year" when the source gives no year itself.
      if (field === 'operationStart' && record.startYear === null) record.startYear = Number(d.slice(0, 4));
      return null;
    }
    case 'crestElevationM':
    case 'totalCapacityM3':
    case 'beachWidthM': {
      // A crest elevation is a level above a datum: below zero is possible, a width or capacity is not.
      const n = num(field, field === 'crestElevationM');
      if (typeof n === 'string') return n;
      record.details = { ...record.details, [field]: n };
      return null;
    }
    case 'certifications':
      record.details = { ...record.details, certifications: list(text) };
      return null;
  }
}

/** Fields whose bad value makes a row unusable: without them a facility cannot be identified or placed. */
const ROW_KEY_FIELDS = new Set<string>(['sourceId', 'name', 'country', 'lat', 'lon']);

/**
 * Sets one model field, keeping the facility when the value is bad: an unreadable identity or coordinate
 * returns the error (the row is rejected), any other unreadable value leaves the field empty and is
 * recorded in `record.invalidFields` with its raw text. Returns the rejection reason or null.
 */
export function applyFieldKeeping(
  record: FacilityRecord,
  field: MappableField,
  raw: string,
  header: string,
): string | null {
  const error = applyField(record, field, raw);
  if (!error) return null;
  if (ROW_KEY_FIELDS.has(field)) return `column "${header}": ${error}`;
  record.invalidFields = [
    ...(record.invalidFields ?? []),
    { field, raw, reason: `column "${header}": ${error}` },
  ];
  return null;
}

/** The invalid fields of a parsed record as import-report entries (`headers`: field → source column). */
export function invalidFieldReports(
  line: number,
  record: FacilityRecord,
  headers: ReadonlyMap<string, string>,
): InvalidFieldReport[] {
  return (record.invalidFields ?? []).map((f) => ({
    line,
    sourceId: record.sourceId || null,
    header: headers.get(f.field) ?? f.field,
    ...f,
  }));
}

/** Checks what every facility needs: an id, a name, a country, and both coordinates or neither. */
export function validateRecord(record: FacilityRecord): string | null {
  if (!record.sourceId) return 'no source id';
  if (!record.name) return 'no facility name';
  if (!record.countryIso3) return 'no country';
  if ((record.lat === null) !== (record.lon === null)) return 'only one of latitude and longitude is given';
  if (record.classification && record.classification.raw === '') record.classification = null;
  return null;
}
