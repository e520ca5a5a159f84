/** A CSV cell value. */
export type CsvValue = string | number | boolean | null | undefined;

// Spreadsheet formula injection (OWASP "CSV Injection"): text starting with one of these characters is
// run as a formula by Excel, LibreOffice and Google Sheets, so it is written behind a single quote.
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Quotes one cell (RFC 4180 §2.6–2.7): cells with a comma, quote or line break are quoted, quotes doubled.
 * Text that a spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`, tab or carriage
 * return) is prefixed with a single quote; numbers and booleans are written as they are.
 *
 * @example csvCell('=HYPERLINK("x")') // `"'=HYPERLINK(""x"")"`
 */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** One CSV line (no line end) from cells. */
export function csvLine(cells: readonly CsvValue[]): string {
  return cells.map(csvCell).join(',');
}

/**
 * Builds a CSV document (CRLF line ends, header row first) from rows of cells. The one CSV writer of the
 * platform: every download, the CLI and the web export use it.
 *
 * @example toCsv(['a', 'b'], [['x,y', 1]]) // 'a,b\r\n"x,y",1\r\n'
 */
export function toCsv(header: readonly string[], rows: Iterable<readonly CsvValue[]>): string {
  const lines = [csvLine(header)];
  for (const row of rows) lines.push(csvLine(row));
  return `${lines.join('\r\n')}\r\n`;
}

/** One exported column: a key, the header text and how to read the cell from a row. */
export interface CsvColumn<Row> {
  key: string;
  header: string;
  value(row: Row): CsvValue;
}

/**
 * CSV from typed rows and a column list (header from `header`, cells from `value`).
 *
 * @example toCsvColumns([{ key: 'n', header: 'Name', value: (r) => r.n }], [{ n: 'Côte d’Ivoire' }])
 */
export function toCsvColumns<Row>(columns: readonly CsvColumn<Row>[], rows: Iterable<Row>): string {
  const lines = [csvLine(columns.map((c) => c.header))];
  for (const row of rows) lines.push(csvLine(columns.map((c) => c.value(row))));
  return `${lines.join('\r\n')}\r\n`;
}

/** Byte order mark: lets spreadsheet software detect UTF-8, so Arabic and Chinese names open correctly. */
export const UTF8_BOM = '\uFEFF';
