/** A CSV cell value. */
export type CsvValue = string | number | boolean | null | undefined;

/**
 * Quotes one cell (RFC 4180): cells with a comma, quote or line break are quoted, quotes doubled.
 * Text that a spreadsheet would run as a formula (starting with = + - @, tab or CR) is prefixed with a
 * single quote, after the OWASP "CSV injection" advice; numbers are written as they are.
 */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** Builds a CSV document (CRLF line ends, header row first) from rows of cells. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return `${[header, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
