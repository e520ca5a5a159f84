import { parseDelimited } from '@strata/core';
import { type Band, cementProxy } from './band.ts';
import type { LineReject } from './irp.ts';
import { CEMENT_FACTORS, FIRST_YEAR } from './parameters.ts';
import { toTonnes } from './units.ts';

/** One country-year of the cement proxy: cement produced and the aggregates band it implies. */
export interface CementRow {
  iso3: string;
  year: number;
  cementT: number;
  band: Band;
}

export interface CementBatch {
  rows: CementRow[];
  rejected: LineReject[];
  /** Header columns that are not ISO 3166 alpha-3 codes (historical or sub-national series), skipped. */
  skippedColumns: string[];
}

/**
 * Parses R. Andrew's cement production table (`Year` then one column per ISO3 code, thousand tonnes) and
 * applies the cement proxy with {@link CEMENT_FACTORS}. Years before {@link FIRST_YEAR}, empty cells and
 * zero production (the proxy says nothing about use where no cement is made) are left out.
 * @example parseCementCsv('"Year","FRA"\n2019,16000').rows[0].band.central // 16e6 × 6.5
 */
export function parseCementCsv(text: string, factors: Band = CEMENT_FACTORS): CementBatch {
  const table = parseDelimited(text, ',');
  const header = table[0]?.fields ?? [];
  if (header[0]?.trim() !== 'Year') {
    return {
      rows: [],
      rejected: [{ line: 1, message: 'the first column must be "Year"' }],
      skippedColumns: [],
    };
  }
  const columns = header.slice(1).map((c) => c.trim());
  const skippedColumns = columns.filter((c) => !/^[A-Z]{3}$/.test(c));
  const rows: CementRow[] = [];
  const rejected: LineReject[] = [];
  for (const { fields: cells, line } of table.slice(1)) {
    const yearText = cells[0]?.trim() ?? '';
    const year = Number(yearText);
    if (!Number.isInteger(year) || yearText === '') {
      rejected.push({ line, message: `year "${yearText}" is not a year` });
      continue;
    }
    if (year < FIRST_YEAR) continue;
    columns.forEach((iso3, k) => {
      const text = cells[k + 1]?.trim() ?? '';
      if (text === '' || !/^[A-Z]{3}$/.test(iso3)) return;
      const kt = Number(text);
      if (!Number.isFinite(kt) || kt < 0) {
        rejected.push({ line, message: `${iso3}: value "${text}" is not a non-negative number` });
        return;
      }
      if (kt === 0) return;
      const cementT = toTonnes(kt, 'kt');
      rows.push({ iso3, year, cementT, band: cementProxy(cementT, factors) });
    });
  }
  return { rows, rejected, skippedColumns };
}
