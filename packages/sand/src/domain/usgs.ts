import { parseDelimited } from '@strata/core';
import type { LineReject } from './irp.ts';

/** One year of the United States' production of construction aggregates, tonnes. */
export interface UsgsYear {
  year: number;
  tonnes: number;
}

const HEADER = [
  'Table Number',
  'Year',
  'State Coverage',
  'Region',
  'Division',
  'Commodity',
  'Data Description',
  'Quantity',
];

/**
 * Reads the United States' national totals of "Aggregates, construction" (table 1) from the USGS
 * aggregates-by-state table; quantities are metric tons with thousands separators ("2,390,000,000").
 */
export function parseUsgsAggregates(text: string): { years: UsgsYear[]; rejected: LineReject[] } {
  const rows = parseDelimited(text, ',');
  const header = (rows[0]?.fields ?? []).map((h) => h.trim());
  if (HEADER.some((h, k) => header[k] !== h)) {
    return { years: [], rejected: [{ line: 1, message: `the header must start with ${HEADER.join(', ')}` }] };
  }
  const years: UsgsYear[] = [];
  const rejected: LineReject[] = [];
  for (const { fields, line } of rows.slice(1)) {
    const [table, yearText = '', coverage, , , commodity, , quantity = ''] = fields;
    if (table !== '1' || coverage !== 'United States' || commodity !== 'Aggregates, construction') continue;
    const year = Number(yearText);
    const tonnes = Number(quantity.replaceAll(',', ''));
    if (!Number.isInteger(year) || quantity === '' || !Number.isFinite(tonnes) || tonnes < 0) {
      rejected.push({ line, message: `year "${yearText}", quantity "${quantity}" is not a national total` });
      continue;
    }
    years.push({ year, tonnes });
  }
  return { years: years.sort((a, b) => a.year - b.year), rejected };
}
