/** IRP GMFD code for sand, gravel and crushed rock for construction. */
export const IRP_SAND_CODE = 'A.3.8.2';

export interface IrpRow {
  iso3: string;
  year: number;
  tonnes: number;
}

export interface LineReject {
  line: number;
  message: string;
}

/**
 * Parses one data line of the IRP GMFD export (`alphanumiso;CCC_Code;year;unit;value`, `;`-separated).
 * Returns null for rows of other material codes; a reject for malformed A.3.8.2 rows.
 * @param line 1-based line number in the file, for the reject message
 */
export function parseIrpLine(text: string, line: number): IrpRow | LineReject | null {
  const [alphanumiso = '', code, yearText = '', unit, valueText = ''] = text.split(';');
  if (code !== IRP_SAND_CODE) return null;
  // The country column joins ISO 3166 alpha-3 and the numeric code: "ABW533".
  const iso3 = alphanumiso.slice(0, 3);
  const year = Number(yearText);
  const tonnes = Number(valueText);
  if (!/^[A-Z]{3}$/.test(iso3)) return { line, message: `unknown country "${alphanumiso}"` };
  if (!Number.isInteger(year)) return { line, message: `year "${yearText}" is not a year` };
  if (unit !== 't') return { line, message: `unit "${unit}" is not t` };
  if (valueText === '' || !Number.isFinite(tonnes) || tonnes < 0) {
    return { line, message: `value "${valueText}" is not a non-negative number` };
  }
  return { iso3, year, tonnes };
}
