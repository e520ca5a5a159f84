import type { Feature, FeatureCollection, Geometry } from 'geojson';

/** A cell value as a table shows it. */
export type CellValue = string | number | boolean | null | undefined;

/** One exported column: the row key and the header text (already in the UI language). */
export interface ExportColumn<Row> {
  key: string;
  header: string;
  value(row: Row): CellValue;
}

/** Byte order mark: lets spreadsheet software detect UTF-8, so Arabic and Chinese names open correctly. */
export const UTF8_BOM = '\uFEFF';

// Spreadsheet formula injection (OWASP "CSV Injection"): text starting with these is run as a formula.
const FORMULA_START = /^[=+\-@\t\r]/;

function csvField(value: CellValue): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  // RFC 4180 §2.6–2.7: fields with a comma, quote or line break are quoted; quotes are doubled.
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * Rows as RFC 4180 CSV: a header line, CRLF line ends, quoting where needed. No BOM (see {@link UTF8_BOM}).
 * @example toCsv([{ key: 'n', header: 'Name', value: (r) => r.n }], [{ n: 'Côte d’Ivoire, Rep.' }])
 * // 'Name\r\n"Côte d’Ivoire, Rep."\r\n'
 */
export function toCsv<Row>(columns: readonly ExportColumn<Row>[], rows: readonly Row[]): string {
  const lines = [columns.map((c) => csvField(c.header)).join(',')];
  for (const row of rows) lines.push(columns.map((c) => csvField(c.value(row))).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

/**
 * Rows as a GeoJSON FeatureCollection (RFC 7946): each row's columns become the feature's properties,
 * with the geometry `geometryOf` finds (null geometry when there is none, which RFC 7946 allows).
 */
export function toFeatureCollection<Row>(
  columns: readonly ExportColumn<Row>[],
  rows: readonly Row[],
  geometryOf: (row: Row) => Geometry | null,
): FeatureCollection<Geometry | null> {
  const features: Feature<Geometry | null>[] = rows.map((row) => {
    const properties: Record<string, CellValue> = {};
    for (const c of columns) properties[c.key] = c.value(row) ?? null;
    return { type: 'Feature', geometry: geometryOf(row), properties };
  });
  return { type: 'FeatureCollection', features };
}

/**
 * A file name for an export: `strata-<what>-<YYYY-MM-DD>.<ext>` (ASCII only, safe on every OS).
 * @example exportFileName('countries', 'csv', new Date('2026-03-01')) // 'strata-countries-2026-03-01.csv'
 */
export function exportFileName(what: string, extension: string, date: Date): string {
  const slug = what
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `strata-${slug || 'export'}-${date.toISOString().slice(0, 10)}.${extension}`;
}
