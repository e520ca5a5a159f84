import { type FacilityProvenance, normalizeLabel, type ParsedBatch } from './facility.ts';
import type { MappableField } from './fields.ts';
import { mapRows, type SourceRow } from './mapped.ts';

/** Provenance of records in the Global Tailings Portal's form (operators' self-reported answers). */
export const GTP_PROVENANCE: FacilityProvenance = {
  source:
    'Global Tailings Portal (GRID-Arendal / Investor Mining and Tailings Safety Initiative), operator self-disclosure',
  sourceUrl: 'https://tailing.grida.no',
  licence: 'as stated by the portal for the records supplied; not bundled',
  retrieved: 'unknown',
  method: 'imported: gtp',
};

/**
 * The Global Tailings Portal's record form: the 2019 investor request's questions as the portal names
 * them. Keys are matched case- and accent-insensitively; aliases cover the portal's JSON keys and its
 * CSV download headers.
 */
const GTP_KEYS: Partial<Record<MappableField, string[]>> = {
  sourceId: ['id', 'tsf id', 'tsfid', 'facility id'],
  name: ['tsf name', 'name', 'facility name', 'tailings facility name'],
  mineName: ['mine', 'mine name'],
  country: ['country', 'country iso3', 'iso3'],
  region: ['region', 'state', 'province'],
  municipality: ['municipality', 'town', 'nearest town'],
  lat: ['latitude', 'lat'],
  lon: ['longitude', 'lon', 'lng'],
  operator: ['operator', 'company', 'company name', 'operating company'],
  owners: ['owners', 'owner', 'ownership'],
  partners: ['partners', 'joint venture partners'],
  status: ['status', 'current status'],
  startYear: ['year constructed', 'construction year', 'start year', 'year of construction'],
  operatedToApprovedDesign: [
    'operated to approved design',
    'is the dam currently operated or closed as per currently approved design',
  ],
  raiseMethod: ['raise type', 'raise method', 'construction method', 'method of construction'],
  heightM: ['height', 'current maximum height', 'maximum height m', 'height m'],
  volumeM3: ['current volume', 'current tailings storage', 'current volume m3', 'volume m3'],
  plannedVolume5yM3: [
    'planned volume in 5 years',
    'planned tailings storage in 5 years',
    'volume in 5 years',
  ],
  lastIndependentReview: [
    'last independent review',
    'most recent independent expert review',
    'date of last independent review',
  ],
  fullEngineeringRecords: [
    'full engineering records',
    'do you have full and complete relevant engineering records',
  ],
  classification: [
    'hazard categorisation',
    'consequence classification',
    'hazard classification',
    'classification',
  ],
  classificationSystem: ['classification system', 'guideline followed', 'hazard categorisation system'],
  stabilityConcerns: [
    'stability concerns',
    'history of stability concerns',
    'any history of stability concerns',
  ],
  engineeringOversight: ['engineering oversight', 'internal external engineering support', 'oversight'],
  downstreamImpactAssessment: ['downstream impact assessment', 'impact assessment'],
  closurePlan: ['closure plan', 'closure plan in place'],
  longTermMonitoring: ['long term monitoring', 'closure plan includes long term monitoring'],
  extremeWeatherAssessment: ['extreme weather', 'extreme weather assessment', 'climate change assessment'],
  notes: ['notes', 'comments', 'additional information'],
  emergencyPreparednessSummary: ['emergency preparedness', 'emergency preparedness summary'],
  nextIndependentReview: ['next independent review'],
  annualPerformanceSummary: ['annual performance', 'annual performance summary'],
  commodity: ['commodity', 'primary commodity', 'commodities', 'ore'],
  cyanide: ['cyanide'],
  acidRockDrainage: ['acid rock drainage', 'ard'],
  radionuclides: ['radionuclides', 'radioactive'],
  highPh: ['high ph'],
  downstreamPopulation: ['downstream population', 'population downstream'],
};

/**
 * Parses records in the Global Tailings Portal's JSON form: an array of objects, or `{ "records": [...] }`
 * / `{ "data": [...] }`. Keys the form does not know are reported in `unknownColumns` and kept in `extra`.
 * The reported "line" is the record's position (1-based).
 */
export function parseGtpJson(text: string, provenance: FacilityProvenance = GTP_PROVENANCE): ParsedBatch {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (error) {
    return {
      records: [],
      rejected: [{ line: 0, sourceId: null, reason: `not JSON: ${(error as Error).message}` }],
      unknownColumns: [],
      missingColumns: [],
    };
  }
  const list = Array.isArray(doc)
    ? doc
    : ((doc as { records?: unknown[]; data?: unknown[] }).records ?? (doc as { data?: unknown[] }).data);
  if (!Array.isArray(list)) {
    return {
      records: [],
      rejected: [
        { line: 0, sourceId: null, reason: 'expected an array of records (or { "records": [...] })' },
      ],
      unknownColumns: [],
      missingColumns: [],
    };
  }
  const headers = new Set<string>();
  const rows: SourceRow[] = list.map((item, i) => {
    const values: Record<string, string> = {};
    for (const [k, v] of Object.entries((item ?? {}) as Record<string, unknown>)) {
      headers.add(k);
      values[k] =
        v === null || v === undefined
          ? ''
          : Array.isArray(v)
            ? v.join('; ')
            : typeof v === 'object'
              ? JSON.stringify(v)
              : String(v);
    }
    return { line: i + 1, values };
  });
  // Map each model field to the first header present that is one of its aliases.
  const present = new Map([...headers].map((h) => [normalizeLabel(h), h]));
  const columns: Partial<Record<MappableField, string>> = {};
  for (const [field, aliases] of Object.entries(GTP_KEYS) as [MappableField, string[]][]) {
    const hit = aliases.find((a) => present.has(a));
    if (hit) columns[field] = present.get(hit);
  }
  const batch = mapRows(rows, [...headers], { source: 'gtp', columns }, provenance);
  if (!columns.sourceId) batch.missingColumns.push('id');
  if (!columns.name) batch.missingColumns.push('tsf name');
  return batch;
}
