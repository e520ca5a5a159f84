import { readSheet } from 'read-excel-file/node';
import { normalizeLabel, type ParsedBatch } from './facility.ts';
import { type ColumnMapping, mapRows, provenanceOf, type SourceRow } from './mapped.ts';

/** A cell as text: dates as ISO `YYYY-MM-DD`, numbers in full precision, empty cells as ''. */
function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  return String(value);
}

/** Rows searched for the header: title blocks are a few rows, never a page. */
const HEADER_SEARCH_ROWS = 50;

/**
 * The header row (0-based): `mapping.headerRow` (1-based, as a spreadsheet numbers rows) when given, else
 * the row among the first 50 that holds the most of the mapping's column headers and the id column (the
 * first such row on a tie), or -1. Registers often put a title block above the header (Chile's catastro
 * starts its header on row 7), and a title may repeat one header's word.
 */
export function findHeaderRow(rows: unknown[][], mapping: ColumnMapping): number {
  if (mapping.headerRow !== undefined) return mapping.headerRow - 1;
  const idHeader = normalizeLabel(mapping.columns.sourceId ?? '');
  const wanted = new Set(Object.values(mapping.columns).map((h) => normalizeLabel(h ?? '')));
  let best = -1;
  let bestScore = 0;
  rows.slice(0, HEADER_SEARCH_ROWS).forEach((r, i) => {
    const labels = r.filter((c): c is string => typeof c === 'string').map(normalizeLabel);
    if (!labels.includes(idHeader)) return;
    const score = labels.filter((l) => wanted.has(l)).length;
    if (score > bestScore) {
      best = i;
      bestScore = score;
    }
  });
  return best;
}

/**
 * Reads an XLSX workbook with a column mapping: the sheet `mapping.sheet` (default the first), the header row
 * found as above, one record per non-empty row below it. The reported "line" is the spreadsheet's row number.
 * Server-side only (it unzips the workbook with node's Buffer); the browser entry never imports it.
 */
export async function parseMappedXlsx(bytes: Uint8Array, mapping: ColumnMapping): Promise<ParsedBatch> {
  let rows: unknown[][];
  try {
    rows = (await readSheet(Buffer.from(bytes), mapping.sheet ?? 1)) as unknown[][];
  } catch (error) {
    return {
      records: [],
      rejected: [
        { line: 0, sourceId: null, reason: `not a readable XLSX workbook: ${(error as Error).message}` },
      ],
      unknownColumns: [],
      missingColumns: [],
    };
  }
  const headerIndex = findHeaderRow(rows, mapping);
  const header = headerIndex >= 0 ? rows[headerIndex] : undefined;
  if (!header) {
    return {
      records: [],
      rejected: [],
      unknownColumns: [],
      missingColumns: [mapping.columns.sourceId ?? '(header row)'],
    };
  }
  const headers = header.map(cellText);
  const source: SourceRow[] = [];
  rows.slice(headerIndex + 1).forEach((r, k) => {
    const texts = r.map(cellText);
    if (texts.every((t) => t.trim() === '')) return;
    const values: Record<string, string> = {};
    headers.forEach((h, i) => {
      if (h !== '') values[h] = texts[i] ?? '';
    });
    source.push({ line: headerIndex + 2 + k, values });
  });
  const batch = mapRows(
    source,
    headers.filter((h) => h !== ''),
    mapping,
    provenanceOf(mapping, 'xlsx'),
  );
  return { ...batch, headerRow: headerIndex + 1 };
}
