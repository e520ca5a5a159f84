import { decodeTextDetected, delimiterName, parseDelimited, sniffDelimiter } from '@strata/core';
import {
  emptyFacility,
  type FacilityProvenance,
  type HeaderReport,
  normalizeLabel,
  type ParsedBatch,
} from './facility.ts';
import {
  applyFieldKeeping,
  invalidFieldReports,
  MAPPABLE_FIELDS,
  type MappableField,
  validateRecord,
} from './fields.ts';

/**
 * A column-mapping file for the generic CSV/GeoJSON import: which source column holds each model field,
 * plus the provenance every imported record will carry.
 *
 * @example
 * { "source": "ca-bc-tsf", "sourceName": "BC tailings inventory", "licence": "OGL-BC", "retrieved": "2024-05-01",
 *   "classificationSystem": "cda", "defaults": { "country": "CAN" },
 *   "columns": { "sourceId": "TSF ID", "name": "Facility", "lat": "Lat", "lon": "Long", "classification": "Consequence" } }
 */
export interface ColumnMapping {
  /** Registry key; records are keyed by (source, sourceId), so re-imports update. */
  source: string;
  sourceName: string;
  sourceUrl?: string | null;
  licence: string;
  retrieved: string;
  delimiter?: string;
  encoding?: 'auto' | 'utf-8' | 'latin1';
  /** The classification system of the `classification` column when no column gives it. */
  classificationSystem?: string;
  /** XLSX only: the sheet's name or 1-based number (default the first sheet). */
  sheet?: string | number;
  /** XLSX only: the 1-based row of the header (default: the first row holding the `sourceId` column). */
  headerRow?: number;
  /** Values for fields no column gives (e.g. one country for a national register). */
  defaults?: Partial<Record<MappableField, string>>;
  /** Model field → source column header (matched case- and accent-insensitively). */
  columns: Partial<Record<MappableField, string>>;
}

/** Checks a parsed mapping file; returns the problems found (empty when valid). */
export function validateMapping(value: unknown): { mapping: ColumnMapping | null; problems: string[] } {
  const problems: string[] = [];
  if (typeof value !== 'object' || value === null) return { mapping: null, problems: ['not a JSON object'] };
  const m = value as Record<string, unknown>;
  for (const key of ['source', 'sourceName', 'licence', 'retrieved'] as const) {
    if (typeof m[key] !== 'string' || (m[key] as string).trim() === '') problems.push(`"${key}" is required`);
  }
  if (typeof m.columns !== 'object' || m.columns === null) problems.push('"columns" is required');
  else {
    for (const [field, header] of Object.entries(m.columns)) {
      if (!(MAPPABLE_FIELDS as readonly string[]).includes(field))
        problems.push(`columns: unknown field "${field}" (one of ${MAPPABLE_FIELDS.join(', ')})`);
      if (typeof header !== 'string') problems.push(`columns.${field} must be a column header`);
    }
    if (m.sheet !== undefined && typeof m.sheet !== 'string' && typeof m.sheet !== 'number')
      problems.push('"sheet" must be a sheet name or number');
    if (m.headerRow !== undefined && !(Number.isInteger(m.headerRow) && (m.headerRow as number) >= 1))
      problems.push('"headerRow" must be a row number (1 or more)');
    const cols = m.columns as Record<string, unknown>;
    if (!cols.sourceId) problems.push('columns.sourceId is required');
    if (!cols.name) problems.push('columns.name is required');
  }
  return { mapping: problems.length === 0 ? (m as unknown as ColumnMapping) : null, problems };
}

/** One source row as header → text, with the line (CSV) or feature number (GeoJSON) to report. */
export interface SourceRow {
  line: number;
  values: Record<string, string>;
  lat?: number | null;
  lon?: number | null;
}

/**
 * Turns source rows into facility records through a mapping (field → header). Shared by the CSV, GeoJSON
 * and Global Tailings Portal readers. Headers the mapping does not use are reported as unknown and kept in
 * `extra`.
 */
export function mapRows(
  rows: SourceRow[],
  headers: string[],
  mapping: Pick<ColumnMapping, 'source' | 'columns' | 'defaults' | 'classificationSystem'>,
  provenance: FacilityProvenance,
): ParsedBatch {
  const out: ParsedBatch = {
    records: [],
    rejected: [],
    unknownColumns: [],
    missingColumns: [],
    invalidFields: [],
  };
  const report = matchHeaders(headers, mapping.columns);
  out.headers = report;
  out.missingColumns = [...report.missing];
  out.unknownColumns = [...report.unmatched];
  const fieldHeader = new Map(report.matched.map((m) => [m.field as MappableField, m.header]));
  const seen = new Set<string>();
  for (const row of rows) {
    const record = emptyFacility(mapping.source, '', '', '', provenance);
    if (mapping.classificationSystem)
      record.classification = { system: mapping.classificationSystem, raw: '' };
    let error: string | null = null;
    for (const [field, value] of Object.entries(mapping.defaults ?? {}) as [MappableField, string][]) {
      error ??= applyFieldKeeping(record, field, value, 'defaults');
    }
    if (row.lat !== undefined && row.lat !== null) record.lat = row.lat;
    if (row.lon !== undefined && row.lon !== null) record.lon = row.lon;
    for (const [field, header] of fieldHeader) {
      if (error) break;
      error = applyFieldKeeping(record, field, row.values[header] ?? '', header);
    }
    for (const h of out.unknownColumns) {
      const v = row.values[h];
      if (v !== undefined && v.trim() !== '') record.extra[h] = v;
    }
    const id = record.sourceId || null;
    error ??= validateRecord(record);
    if (!error && seen.has(record.sourceId))
      error = `duplicate id ${record.sourceId} (first occurrence kept)`;
    if (error) {
      out.rejected.push({ line: row.line, sourceId: id, reason: error });
      continue;
    }
    seen.add(record.sourceId);
    out.records.push({ line: row.line, record });
    out.invalidFields?.push(...invalidFieldReports(row.line, record, fieldHeader));
  }
  return out;
}

/**
 * Matches a mapping's headers to a file's headers before anything is read: exact text first, then case-
 * and accent-insensitively. A mapping header that several file headers match is `ambiguous` (the exact
 * one, else the first, is read); one no file header matches is `missing`; file headers no field reads are
 * `unmatched` (kept verbatim in `extra`).
 *
 * @example matchHeaders(['ID', 'Nome'], { sourceId: 'id', name: 'Name' }) // matched sourceId→ID, missing Name
 */
export function matchHeaders(headers: string[], columns: Partial<Record<string, string>>): HeaderReport {
  const report: HeaderReport = { matched: [], unmatched: [], missing: [], ambiguous: [] };
  const byNorm = new Map<string, string[]>();
  for (const h of headers) {
    const key = normalizeLabel(h);
    byNorm.set(key, [...(byNorm.get(key) ?? []), h]);
  }
  for (const [field, wanted] of Object.entries(columns)) {
    if (typeof wanted !== 'string') continue;
    const candidates = byNorm.get(normalizeLabel(wanted)) ?? [];
    const used = candidates.includes(wanted) ? wanted : candidates[0];
    if (used === undefined) {
      report.missing.push(wanted);
      continue;
    }
    if (candidates.length > 1) report.ambiguous.push({ field, headers: candidates, used });
    report.matched.push({ field, header: used });
  }
  const read = new Set(report.matched.map((m) => m.header));
  report.unmatched = headers.filter((h) => !read.has(h));
  return report;
}

export function provenanceOf(mapping: ColumnMapping, format: string): FacilityProvenance {
  return {
    source: mapping.sourceName,
    sourceUrl: mapping.sourceUrl ?? null,
    licence: mapping.licence,
    retrieved: mapping.retrieved,
    method: `imported: ${format}`,
  };
}

/** Reads a CSV file (bytes) with a column mapping. */
export function parseMappedCsv(bytes: Uint8Array, mapping: ColumnMapping): ParsedBatch {
  const { text, encoding } = decodeTextDetected(bytes, mapping.encoding ?? 'auto');
  const delimiter = mapping.delimiter ?? sniffDelimiter(text);
  const table = parseDelimited(text, delimiter);
  const detected = { encoding, delimiter: delimiterName(delimiter) };
  const header = table[0];
  if (!header)
    return { records: [], rejected: [], unknownColumns: [], missingColumns: ['(empty file)'], detected };
  const rows: SourceRow[] = [];
  const rejected: ParsedBatch['rejected'] = [];
  for (const r of table.slice(1)) {
    if (r.fields.length !== header.fields.length) {
      rejected.push({
        line: r.line,
        sourceId: null,
        reason: `has ${r.fields.length} fields, the header has ${header.fields.length}`,
      });
      continue;
    }
    const values: Record<string, string> = {};
    header.fields.forEach((h, i) => {
      values[h] = r.fields[i] ?? '';
    });
    rows.push({ line: r.line, values });
  }
  const batch = mapRows(rows, header.fields, mapping, provenanceOf(mapping, 'csv'));
  batch.rejected.push(...rejected);
  batch.rejected.sort((a, b) => a.line - b.line);
  return { ...batch, detected };
}

/**
 * Reads a GeoJSON FeatureCollection of Point features: coordinates from the geometry (unless the mapping
 * names lat/lon columns), fields from `properties`. The reported "line" is the feature's number (1-based).
 */
export function parseMappedGeoJson(text: string, mapping: ColumnMapping): ParsedBatch {
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
  const features = (doc as { type?: string; features?: unknown[] }).features;
  if ((doc as { type?: string }).type !== 'FeatureCollection' || !Array.isArray(features)) {
    return {
      records: [],
      rejected: [{ line: 0, sourceId: null, reason: 'not a GeoJSON FeatureCollection' }],
      unknownColumns: [],
      missingColumns: [],
    };
  }
  const headers = new Set<string>();
  const rows: SourceRow[] = [];
  const rejected: ParsedBatch['rejected'] = [];
  features.forEach((f, i) => {
    const feature = f as { geometry?: { type?: string; coordinates?: unknown }; properties?: unknown };
    const props = (feature.properties ?? {}) as Record<string, unknown>;
    const values: Record<string, string> = {};
    for (const [k, v] of Object.entries(props)) {
      headers.add(k);
      values[k] = v === null || v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v);
    }
    const g = feature.geometry;
    let lat: number | null = null;
    let lon: number | null = null;
    if (g) {
      const c = g.coordinates as unknown[];
      if (g.type !== 'Point' || !Array.isArray(c) || typeof c[0] !== 'number' || typeof c[1] !== 'number') {
        rejected.push({ line: i + 1, sourceId: null, reason: 'geometry is not a Point [lon, lat]' });
        return;
      }
      lon = c[0];
      lat = c[1];
      if (Math.abs(lat) > 90 || Math.abs(lon) > 180) {
        rejected.push({ line: i + 1, sourceId: null, reason: `coordinates [${lon}, ${lat}] out of range` });
        return;
      }
    }
    rows.push({ line: i + 1, values, lat, lon });
  });
  const batch = mapRows(rows, [...headers], mapping, provenanceOf(mapping, 'geojson'));
  batch.rejected.push(...rejected);
  batch.rejected.sort((a, b) => a.line - b.line);
  return batch;
}
