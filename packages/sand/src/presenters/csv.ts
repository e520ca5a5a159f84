import { type CsvColumn, toCsvColumns, UTF8_BOM } from '@strata/core';
import type { SandSource } from '../domain/parameters.ts';
import type { ExportRow } from '../service/observatory-service.ts';

/**
 * The export of figures as CSV: one row per country, year, indicator and tier, with the band, the unit,
 * the source with its title and licence, the retrieval date and the method; `headline` marks the figure
 * published for the country-year (tier precedence), the others stay in the file.
 */
export function valuesCsv(rows: readonly ExportRow[], sources: readonly SandSource[]): string {
  const byId = new Map(sources.map((s) => [s.id, s]));
  const columns: CsvColumn<ExportRow>[] = [
    { key: 'iso3', header: 'iso3', value: (r) => r.iso3 },
    { key: 'year', header: 'year', value: (r) => r.year },
    { key: 'indicator', header: 'indicator', value: (r) => r.indicator },
    { key: 'tier', header: 'tier', value: (r) => r.tier },
    { key: 'headline', header: 'headline', value: (r) => r.headline },
    { key: 'low', header: 'low', value: (r) => r.low },
    { key: 'central', header: 'central', value: (r) => r.central },
    { key: 'high', header: 'high', value: (r) => r.high },
    { key: 'unit', header: 'unit', value: (r) => r.unit },
    { key: 'source', header: 'source_id', value: (r) => r.sourceId },
    { key: 'title', header: 'source_title', value: (r) => byId.get(r.sourceId)?.title ?? null },
    { key: 'publisher', header: 'source_publisher', value: (r) => byId.get(r.sourceId)?.publisher ?? null },
    { key: 'licence', header: 'licence', value: (r) => r.licence },
    { key: 'retrieved', header: 'retrieved', value: (r) => r.retrieved },
    { key: 'method', header: 'method', value: (r) => r.method },
  ];
  return UTF8_BOM + toCsvColumns(columns, rows);
}
