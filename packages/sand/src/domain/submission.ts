import { csvLine, type Language, parseDelimited, sniffDelimiter, UTF8_BOM } from '@strata/core';
import type { LineReject } from './irp.ts';
import { FIRST_YEAR } from './parameters.ts';
import { type SandUnit, toTonnes } from './units.ts';

/** The columns of the national statistics template, by code; the header may name them in any UN language. */
export const SUBMISSION_COLUMNS = ['year', 'value', 'unit', 'density_t_per_m3', 'note'] as const;
export type SubmissionColumn = (typeof SUBMISSION_COLUMNS)[number];
const REQUIRED: readonly SubmissionColumn[] = ['year', 'value', 'unit'];

/**
 * The template's header in each of the six languages. An upload may use any of them (or the codes):
 * a focal point fills in the template downloaded in their language and the server reads it as such.
 * Units stay codes in every language (t, kt, m3), as SI symbols do.
 */
export const SUBMISSION_HEADERS: Record<Language, Record<SubmissionColumn, string>> = {
  en: { year: 'year', value: 'value', unit: 'unit', density_t_per_m3: 'density (t/m3)', note: 'note' },
  fr: { year: 'année', value: 'valeur', unit: 'unité', density_t_per_m3: 'densité (t/m3)', note: 'note' },
  es: { year: 'año', value: 'valor', unit: 'unidad', density_t_per_m3: 'densidad (t/m3)', note: 'nota' },
  ru: {
    year: 'год',
    value: 'значение',
    unit: 'единица',
    density_t_per_m3: 'плотность (т/м3)',
    note: 'примечание',
  },
  zh: { year: '年份', value: '数值', unit: '单位', density_t_per_m3: '密度（吨/立方米）', note: '备注' },
  ar: { year: 'السنة', value: 'القيمة', unit: 'الوحدة', density_t_per_m3: 'الكثافة (طن/م3)', note: 'ملاحظة' },
};

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
  rejected: LineReject[];
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

/** A decimal number: digits with one optional decimal point or comma; no sign, no thousands separator. */
const NUMBER = /^\d+(?:[.,]\d+)?$/;

function parseNumber(raw: string): number | string {
  const text = raw.trim().replace(/[\u00a0\u202f ]/g, '');
  if (text.startsWith('-')) return 'must not be negative';
  if (!NUMBER.test(text)) {
    return `"${raw.trim()}" is not a number (digits with a decimal point or comma, no thousands separator)`;
  }
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
  const rejected: LineReject[] = [];
  const head = rows[0];
  if (!head) return { figures: [], rejected: [{ line: 1, message: 'the file is empty' }] };
  const index = new Map<SubmissionColumn, number>();
  head.fields.forEach((cell, i) => {
    if (cell.trim() === '') return;
    const column = HEADER_TO_COLUMN.get(headerKey(cell));
    if (!column) rejected.push({ line: head.line, message: `unknown column "${cell.trim()}"` });
    else if (index.has(column))
      rejected.push({ line: head.line, message: `column "${cell.trim()}" repeats` });
    else index.set(column, i);
  });
  for (const c of REQUIRED) {
    if (!index.has(c)) {
      rejected.push({ line: head.line, message: `missing column "${SUBMISSION_HEADERS.en[c]}" (${c})` });
    }
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
    const faults: string[] = [];
    if (row.fields.length > head.fields.length) {
      faults.push(
        `${row.fields.length} fields where the header has ${head.fields.length} (quote a value holding the separator)`,
      );
    }
    const yearText = get('year');
    const year = Number(yearText);
    if (!/^\d{4}$/.test(yearText) || year < FIRST_YEAR || year > thisYear) {
      faults.push(`year "${yearText}" must be a year from ${FIRST_YEAR} to ${thisYear}`);
    } else if (yearLine.has(year)) {
      faults.push(`year ${year} repeats line ${yearLine.get(year)}`);
    } else {
      yearLine.set(year, row.line);
    }
    const value = get('value') === '' ? 'is empty' : parseNumber(get('value'));
    if (typeof value === 'string') faults.push(`value ${value}`);
    const unitText = get('unit');
    const unit = UNIT_SPELLINGS[unitText.toLowerCase()];
    if (!unit) faults.push(`unit "${unitText}" must be t, kt (thousand tonnes) or m3`);
    const densityText = get('density_t_per_m3');
    let density: number | null = null;
    if (densityText !== '') {
      const d = parseNumber(densityText);
      if (typeof d === 'string') faults.push(`density ${d}`);
      else if (d <= 0) faults.push('density must be above 0 t/m3');
      else density = d;
    }
    if (unit === 'm3' && densityText === '') {
      faults.push('a figure in m3 needs the bulk density (t/m3) it was measured at, to convert to tonnes');
    }
    if (unit && unit !== 'm3' && densityText !== '') {
      faults.push(`a density is stated only with figures in m3, not in ${unit}`);
    }
    if (faults.length > 0) {
      rejected.push({ line: row.line, message: faults.join('; ') });
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
    rejected.push({ line: head.line + 1, message: 'the file has no figure below its header' });
  }
  return { figures: rejected.length > 0 ? [] : figures, rejected };
}
