import type { SandSource } from '../domain/parameters.ts';
import type { ExportRow } from '../service/observatory-service.ts';

/** The JSON export: the figures with their tier, band, unit and provenance, and the sources in full. */
export interface ValuesJson {
  indicator: string | null;
  year: number | null;
  /** The unit of each indicator in the file. */
  units: Record<string, string>;
  /** Every source a figure comes from: title, publisher, licence, retrieval date, method. */
  sources: SandSource[];
  figures: ExportRow[];
}

/**
 * The export of figures as a JSON document: units, sources and licences travel inside the file, so a
 * figure read on its own still says where it comes from.
 */
export function valuesJson(
  rows: readonly ExportRow[],
  sources: readonly SandSource[],
  filter: { indicator?: string; year?: number } = {},
): ValuesJson {
  const used = new Set(rows.map((r) => r.sourceId));
  const units: Record<string, string> = {};
  for (const r of rows) units[r.indicator] = r.unit;
  return {
    indicator: filter.indicator ?? null,
    year: filter.year ?? null,
    units,
    sources: sources.filter((s) => used.has(s.id)),
    figures: [...rows],
  };
}
