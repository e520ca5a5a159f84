import { type CsvColumn, toCsvColumns, UTF8_BOM } from '@strata/core';
import type { GovernanceEntry } from '../domain/governance.ts';

/** The governance tracker as CSV: one row per sourced entry, with its source and the day it was read. */
export function governanceCsv(entries: readonly GovernanceEntry[]): string {
  const columns: CsvColumn<GovernanceEntry>[] = [
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
  return UTF8_BOM + toCsvColumns(columns, entries);
}
