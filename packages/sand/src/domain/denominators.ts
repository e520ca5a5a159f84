import { findCountry, parseDelimited } from '@strata/core';
import type { LineReject } from './irp.ts';
import type { SandSource } from './parameters.ts';

/** What a sand figure can be divided by: people, or GDP in current US dollars. */
export const DENOMINATORS = ['population', 'gdp'] as const;
export type Denominator = (typeof DENOMINATORS)[number];

/** A denominator's source: a data set without a method tier (it divides figures, it is not one). */
export type DenominatorSource = Omit<SandSource, 'tier'>;

/** World Bank population by country and year, as packaged by the `datasets/population` data package. */
export const POPULATION_SOURCE: DenominatorSource = {
  id: 'worldbank-population',
  title: 'Population, total (World Bank, via the datasets/population data package)',
  publisher: 'World Bank',
  licence: 'ODC-PDDL',
  url: 'https://github.com/datasets/population',
  retrieved: '2026-12-04',
  method: 'mid-year population, persons',
};

/** World Bank GDP by country and year, current US$, as packaged by the `datasets/gdp` data package. */
export const GDP_SOURCE: DenominatorSource = {
  id: 'worldbank-gdp',
  title: 'GDP, current US$ (World Bank, via the datasets/gdp data package)',
  publisher: 'World Bank',
  licence: 'ODC-PDDL',
  url: 'https://github.com/datasets/gdp',
  retrieved: '2026-12-04',
  method: 'gross domestic product, current US dollars',
};

export const DENOMINATOR_SOURCES: Record<Denominator, DenominatorSource> = {
  population: POPULATION_SOURCE,
  gdp: GDP_SOURCE,
};

/**
 * How a figure in tonnes reads once divided: tonnes per person, tonnes per million US$ of GDP (a unit
 * that keeps national values between about 1 and 10,000 rather than in the millionths).
 */
export const PER_UNIT: Record<Denominator, { unit: string; scale: number }> = {
  population: { unit: 't/person', scale: 1 },
  gdp: { unit: 't/million US$', scale: 1e6 },
};

export interface DenominatorRow {
  iso3: string;
  year: number;
  value: number;
}

const HEADER = ['Country Name', 'Country Code', 'Year', 'Value'];

/**
 * Reads a World Bank data-package table (`Country Name,Country Code,Year,Value`). Rows of regional and
 * income aggregates (codes that are not a country, e.g. WLD, EUU) are left out and counted; malformed
 * rows, non-positive values and repeated country-years are rejected with their line.
 */
export function parseWorldBankCsv(text: string): {
  rows: DenominatorRow[];
  rejected: LineReject[];
  aggregates: number;
} {
  const records = parseDelimited(text, ',');
  const header = (records[0]?.fields ?? []).map((h) => h.trim());
  if (HEADER.some((h, k) => header[k] !== h) || header.length !== HEADER.length) {
    return {
      rows: [],
      rejected: [{ line: 1, message: `the header must be ${HEADER.join(',')}` }],
      aggregates: 0,
    };
  }
  const rows: DenominatorRow[] = [];
  const rejected: LineReject[] = [];
  const seen = new Map<string, number>();
  let aggregates = 0;
  for (const { fields, line } of records.slice(1)) {
    const [, code = '', yearText = '', valueText = ''] = fields;
    if (fields.length !== HEADER.length) {
      rejected.push({ line, message: `${fields.length} columns, expected ${HEADER.length}` });
      continue;
    }
    if (!findCountry(code)) {
      aggregates++;
      continue;
    }
    const year = Number(yearText);
    const value = Number(valueText);
    if (!Number.isInteger(year) || year < 1900 || year > 2100) {
      rejected.push({ line, message: `year "${yearText}" is not a year` });
      continue;
    }
    if (valueText.trim() === '' || !Number.isFinite(value) || value <= 0) {
      rejected.push({ line, message: `value "${valueText}" is not a positive number` });
      continue;
    }
    const key = `${code}:${year}`;
    const first = seen.get(key);
    if (first !== undefined) {
      rejected.push({ line, message: `${code} ${year} repeats line ${first}` });
      continue;
    }
    seen.set(key, line);
    rows.push({ iso3: code, year, value });
  }
  if (rows.length === 0 && rejected.length === 0)
    rejected.push({ line: 1, message: 'the file has no country row' });
  return { rows, rejected, aggregates };
}
