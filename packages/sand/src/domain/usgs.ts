import { parseDelimited } from '@strata/core';
import type { LineReject } from './irp.ts';
import type { SandSource } from './parameters.ts';

/** One year of the United States' production of construction aggregates, tonnes. */
export interface UsgsYear {
  year: number;
  tonnes: number;
}

/**
 * The US Geological Survey's national totals of construction aggregates (sand and gravel plus crushed
 * stone), Minerals Yearbook aggregates tables: the official-statistic tier for the United States.
 */
export const USGS_AGGREGATES_SOURCE: Omit<SandSource, 'tier'> = {
  id: 'usgs-aggregates-usa',
  title: 'Minerals Yearbook, aggregates: construction aggregates, national total (table 1)',
  publisher: 'US Geological Survey',
  licence: 'US government work, public domain',
  url: null,
  // The table as compiled in a public analysis repository (data to 2023), read for Strata on this date.
  retrieved: '2026-12-04',
  method:
    'reported production of construction aggregates (construction sand and gravel + crushed stone), tonnes',
};

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
