import {
  type CsvColumn,
  type CsvValue,
  toFeatureCollection as featureCollection,
  toCsvColumns,
  UTF8_BOM,
} from '@strata/core/browser';
import type { FeatureCollection, Geometry } from 'geojson';

/** A cell value as a table shows it. */
export type CellValue = CsvValue;

/** One exported column: the row key and the header text (already in the UI language). */
export type ExportColumn<Row> = CsvColumn<Row>;

export { UTF8_BOM };

/**
 * Rows as RFC 4180 CSV through the platform's one CSV writer (formula cells neutralised): a header line,
 * CRLF line ends, quoting where needed. No BOM (see {@link UTF8_BOM}).
 * @example toCsv([{ key: 'n', header: 'Name', value: (r) => r.n }], [{ n: 'Côte d’Ivoire, Rep.' }])
 * // 'Name\r\n"Côte d’Ivoire, Rep."\r\n'
 */
export function toCsv<Row>(columns: readonly ExportColumn<Row>[], rows: readonly Row[]): string {
  return toCsvColumns(columns, rows);
}

/**
 * Rows as a GeoJSON FeatureCollection (RFC 7946) through the platform's one GeoJSON writer: each row's
 * columns become the feature's properties, with the geometry `geometryOf` finds (null when there is none).
 */
export function toFeatureCollection<Row>(
  columns: readonly ExportColumn<Row>[],
  rows: readonly Row[],
  geometryOf: (row: Row) => Geometry | null,
): FeatureCollection<Geometry | null> {
  return featureCollection<Row, Record<string, CellValue>, Geometry>(rows, geometryOf, (row) => {
    const properties: Record<string, CellValue> = {};
    for (const c of columns) properties[c.key] = c.value(row) ?? null;
    return properties;
  }) as FeatureCollection<Geometry | null>;
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
