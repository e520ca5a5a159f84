import { type CsvColumn, toCsvColumns, UTF8_BOM } from '@strata/core/browser';
import type { GovernanceEntry } from '../domain/governance.ts';

/**
 * The columns of the governance CSV (the server's download and the page's, the same): one row per sourced
 * entry, with its source and the day it was read.
 */
export const GOVERNANCE_CSV_COLUMNS: readonly CsvColumn<GovernanceEntry>[] = [
  { key: 'iso3', header: 'iso3', value: (e) => e.iso3 },
  { key: 'field', header: 'field', value: (e) => e.field },
  { key: 'status', header: 'status', value: (e) => e.status },
  { key: 'summary', header: 'summary', value: (e) => e.summary },
  { key: 'scope', header: 'scope', value: (e) => e.scope },
  { key: 'instrument', header: 'instrument', value: (e) => e.instrument },
  { key: 'instrumentDate', header: 'instrument_date', value: (e) => e.instrumentDate },
  { key: 'body', header: 'body', value: (e) => e.body },
  { key: 'sourceTitle', header: 'source_title', value: (e) => e.sourceTitle },
  { key: 'sourceUrl', header: 'source_url', value: (e) => e.sourceUrl },
  { key: 'retrieved', header: 'retrieved', value: (e) => e.retrieved },
  { key: 'recommendations', header: 'unep_recommendations', value: (e) => e.recommendations.join(' ') },
  { key: 'id', header: 'id', value: (e) => e.id },
];

/** The governance tracker as CSV. */
export function governanceCsv(entries: readonly GovernanceEntry[]): string {
  return UTF8_BOM + toCsvColumns(GOVERNANCE_CSV_COLUMNS, entries);
}
