import { csvLine, type Language, parseDelimited, sniffDelimiter, UTF8_BOM } from '@strata/core';

export * from './submission-headers.ts';

import type { LineReject } from './irp.ts';
import { FIRST_YEAR } from './parameters.ts';
import { SUBMISSION_COLUMNS, SUBMISSION_HEADERS, type SubmissionColumn } from './submission-headers.ts';
import { type SandUnit, toTonnes } from './units.ts';

const REQUIRED: readonly SubmissionColumn[] = ['year', 'value', 'unit'];

/** Where a version of a country's national statistics stands: the secretariat approves or rejects it. */
export const SUBMISSION_STATUSES = ['pending', 'approved', 'rejected', 'superseded'] as const;
export type SubmissionStatus = (typeof SUBMISSION_STATUSES)[number];

/** The source id of a country's approved national statistics (one per country, replaced on approval). */
export const submissionSourceId = (iso3: string) => `state-submission-${iso3.toLowerCase()}`;

/** Unit spellings accepted in the unit column, to the unit code. */
const UNIT_SPELLINGS: Record<string, SandUnit> = { t: 't', kt: 'kt', m3: 'm3', 'm³': 'm3' };

/** One figure of a submission, with the template line it came from and the tonnes it converts to. */
export interface SubmittedFigure {
  line: number;
  year: number;
  value: number;
  unit: SandUnit;
  /** Bulk density in t/m³, stated with figures in m3 only. */
  densityTPerM3: number | null;
  tonnes: number;
  note: string | null;
}

/** The figures of a filled-in template, or the lines that stop it, each with its reason. */
export interface ParsedSubmission {
  figures: SubmittedFigure[];
  rejected: SubmissionReject[];
}

/**
 * The template to fill in: a UTF-8 CSV (with a byte-order mark, so spreadsheet programs read the
 * script right) holding the header row in `lang`. It holds no example row: a figure in a template could
 * be mistaken for a real one.
 */
export function submissionTemplate(lang: Language): string {
  const header = SUBMISSION_HEADERS[lang];
  return `${UTF8_BOM}${csvLine(SUBMISSION_COLUMNS.map((c) => header[c]))}\r\n`;
}

/** Lower-cased, space-collapsed header cell, for matching in any language. */
const headerKey = (s: string) => s.trim().toLowerCase().replace(/\s+/g, ' ');

const HEADER_TO_COLUMN: ReadonlyMap<string, SubmissionColumn> = new Map(
  Object.values(SUBMISSION_HEADERS).flatMap((h) =>
    SUBMISSION_COLUMNS.flatMap((c) => [[headerKey(h[c]), c] as const, [headerKey(c), c] as const]),
  ),
);

/**
 * What is wrong with a template or one of its lines, as a code and its values: the web app words it in
 * the reader's language (`sand.submissions.fault.<code>`), {@link faultText} in English for the API and
 * the command line.
 */
export type SubmissionFault =
  | {
      code:
        | 'empty'
        | 'noFigure'
        | 'valueEmpty'
        | 'valueNegative'
        | 'densityNegative'
        | 'densityZero'
        | 'densityNeeded';
      params?: undefined;
    }
  | { code: 'unknownColumn' | 'repeatedColumn' | 'missingColumn'; params: { column: string } }
  | { code: 'tooManyFields'; params: { fields: number; header: number } }
  | { code: 'yearRange'; params: { year: string; first: number; last: number } }
  | { code: 'yearRepeats'; params: { year: number; line: number } }
  | { code: 'valueNotNumber' | 'densityNotNumber'; params: { value: string } }
  | { code: 'unitUnknown'; params: { unit: string } }
  | { code: 'densityOnlyM3'; params: { unit: string } };

const NUMBER_RULE = 'digits with a decimal point or comma, no thousands separator';

/** A fault in English. */
export function faultText(f: SubmissionFault): string {
  switch (f.code) {
    case 'empty':
      return 'the file is empty';
    case 'noFigure':
      return 'the file has no figure below its header';
    case 'unknownColumn':
      return `unknown column "${f.params.column}"`;
    case 'repeatedColumn':
      return `column "${f.params.column}" repeats`;
    case 'missingColumn':
      return `missing column "${SUBMISSION_HEADERS.en[f.params.column as SubmissionColumn] ?? f.params.column}" (${f.params.column})`;
    case 'tooManyFields':
      return `${f.params.fields} fields where the header has ${f.params.header} (quote a value holding the separator)`;
    case 'yearRange':
      return `year "${f.params.year}" must be a year from ${f.params.first} to ${f.params.last}`;
    case 'yearRepeats':
      return `year ${f.params.year} repeats line ${f.params.line}`;
    case 'valueEmpty':
      return 'value is empty';
    case 'valueNegative':
      return 'value must not be negative';
    case 'valueNotNumber':
      return `value "${f.params.value}" is not a number (${NUMBER_RULE})`;
    case 'unitUnknown':
      return `unit "${f.params.unit}" must be t, kt (thousand tonnes) or m3`;
    case 'densityNotNumber':
      return `density "${f.params.value}" is not a number (${NUMBER_RULE})`;
    case 'densityNegative':
      return 'density must not be negative';
    case 'densityZero':
      return 'density must be above 0 t/m3';
    case 'densityNeeded':
      return 'a figure in m3 needs the bulk density (t/m3) it was measured at, to convert to tonnes';
    case 'densityOnlyM3':
      return `a density is stated only with figures in m3, not in ${f.params.unit}`;
  }
}

/** A rejected line of a template: its faults as codes, and in English. */
export interface SubmissionReject extends LineReject {
  faults: SubmissionFault[];
}

const reject = (line: number, faults: SubmissionFault[]): SubmissionReject => ({
  line,
  message: faults.map(faultText).join('; '),
  faults,
});

/** A decimal number: digits with one optional decimal point or comma; no sign, no thousands separator. */
const NUMBER = /^\d+(?:[.,]\d+)?$/;

function parseNumber(raw: string): number | 'negative' | 'notNumber' {
  const text = raw.trim().replace(/[\u00a0\u202f ]/g, '');
  if (text.startsWith('-')) return 'negative';
  if (!NUMBER.test(text)) return 'notNumber';
  return Number(text.replace(',', '.'));
}

/**
 * Reads a filled-in template: header in any UN language or in column codes, comma or semicolon
 * separated. Every line is checked (year in range and not repeated, a non-negative value, a known unit,
 * a positive density with figures in m3 and only with them), and every fault is reported with its line
 * and column, so a focal point can fix the file in one pass. A submission with any rejected line is not
 * accepted as a whole.
 *
 * @param thisYear the latest year a figure may have (the clock's year)
 */
export function parseSubmissionCsv(text: string, thisYear: number): ParsedSubmission {
  const rows = parseDelimited(text, sniffDelimiter(text));
  const rejected: SubmissionReject[] = [];
  const head = rows[0];
  if (!head) return { figures: [], rejected: [reject(1, [{ code: 'empty' }])] };
  const index = new Map<SubmissionColumn, number>();
  head.fields.forEach((cell, i) => {
    if (cell.trim() === '') return;
    const column = HEADER_TO_COLUMN.get(headerKey(cell));
    if (!column)
      rejected.push(reject(head.line, [{ code: 'unknownColumn', params: { column: cell.trim() } }]));
    else if (index.has(column))
      rejected.push(reject(head.line, [{ code: 'repeatedColumn', params: { column: cell.trim() } }]));
    else index.set(column, i);
  });
  for (const c of REQUIRED) {
    if (!index.has(c)) rejected.push(reject(head.line, [{ code: 'missingColumn', params: { column: c } }]));
  }
  if (rejected.length > 0) return { figures: [], rejected };

  const figures: SubmittedFigure[] = [];
  const yearLine = new Map<number, number>();
  for (const row of rows.slice(1)) {
    const get = (c: SubmissionColumn) => {
      const i = index.get(c);
      return i === undefined ? '' : (row.fields[i] ?? '').trim();
    };
    if (row.fields.every((f) => f.trim() === '')) continue;
    const faults: SubmissionFault[] = [];
    if (row.fields.length > head.fields.length) {
      faults.push({
        code: 'tooManyFields',
        params: { fields: row.fields.length, header: head.fields.length },
      });
    }
    const yearText = get('year');
    const year = Number(yearText);
    const yearBefore = yearLine.get(year);
    if (!/^\d{4}$/.test(yearText) || year < FIRST_YEAR || year > thisYear) {
      faults.push({ code: 'yearRange', params: { year: yearText, first: FIRST_YEAR, last: thisYear } });
    } else if (yearBefore !== undefined) {
      faults.push({ code: 'yearRepeats', params: { year, line: yearBefore } });
    } else {
      yearLine.set(year, row.line);
    }
    const valueText = get('value');
    const value = valueText === '' ? 'empty' : parseNumber(valueText);
    if (value === 'empty') faults.push({ code: 'valueEmpty' });
    else if (value === 'negative') faults.push({ code: 'valueNegative' });
    else if (value === 'notNumber') faults.push({ code: 'valueNotNumber', params: { value: valueText } });
    const unitText = get('unit');
    const unit = UNIT_SPELLINGS[unitText.toLowerCase()];
    if (!unit) faults.push({ code: 'unitUnknown', params: { unit: unitText } });
    const densityText = get('density_t_per_m3');
    let density: number | null = null;
    if (densityText !== '') {
      const d = parseNumber(densityText);
      if (d === 'negative') faults.push({ code: 'densityNegative' });
      else if (d === 'notNumber') faults.push({ code: 'densityNotNumber', params: { value: densityText } });
      else if (d <= 0) faults.push({ code: 'densityZero' });
      else density = d;
    }
    if (unit === 'm3' && densityText === '') faults.push({ code: 'densityNeeded' });
    if (unit && unit !== 'm3' && densityText !== '') faults.push({ code: 'densityOnlyM3', params: { unit } });
    if (faults.length > 0) {
      rejected.push(reject(row.line, faults));
      continue;
    }
    const v = value as number;
    figures.push({
      line: row.line,
      year,
      value: v,
      unit: unit as SandUnit,
      densityTPerM3: density,
      tonnes: toTonnes(v, unit as SandUnit, density ?? undefined),
      note: get('note') || null,
    });
  }
  if (figures.length === 0 && rejected.length === 0) {
    rejected.push(reject(head.line + 1, [{ code: 'noFigure' }]));
  }
  return { figures: rejected.length > 0 ? [] : figures, rejected };
}
