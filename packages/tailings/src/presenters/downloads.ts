import {
  type CsvColumn,
  type FeatureCollectionJson,
  pointGeometry,
  toCsvColumns,
  toFeatureCollection,
} from '@strata/core';
import type { FacilityDownloadRow } from '../repository/facility-repository.ts';

const column = (key: string, value: CsvColumn<FacilityDownloadRow>['value']) => ({ key, header: key, value });

/**
 * The columns of the facilities CSV download, in order: identity, location, the disclosure items, the
 * source classification and what Strata derives from it, then provenance. Header names are snake_case
 * (they have been since the first download; spreadsheets and scripts key on them).
 */
export const FACILITY_CSV_COLUMNS: readonly CsvColumn<FacilityDownloadRow>[] = [
  column('id', (r) => r.id),
  column('source', (r) => r.record.source),
  column('source_id', (r) => r.record.sourceId),
  column('name', (r) => r.record.name),
  column('mine_name', (r) => r.record.mineName),
  column('country_iso3', (r) => r.record.countryIso3),
  column('region', (r) => r.record.region),
  column('municipality', (r) => r.record.municipality),
  column('lat', (r) => r.record.lat),
  column('lon', (r) => r.record.lon),
  column('operator', (r) => r.record.operator),
  column('owners', (r) => r.record.owners.join('; ')),
  column('status', (r) => r.record.status),
  column('status_raw', (r) => r.record.statusRaw),
  column('start_year', (r) => r.record.startYear),
  column('raise_method', (r) => r.record.raiseMethod),
  column('raise_method_raw', (r) => r.record.raiseMethodRaw),
  column('height_m', (r) => r.record.heightM),
  column('volume_m3', (r) => r.record.volumeM3),
  column('planned_volume_5y_m3', (r) => r.record.plannedVolume5yM3),
  column('last_independent_review', (r) => r.record.lastIndependentReview),
  column('classification_system', (r) => r.record.classification?.system),
  column('classification_raw', (r) => r.record.classification?.raw),
  column('gistm_class', (r) => r.gistmClass),
  column('gistm_class_confidence', (r) => r.classConfidence),
  column('hazard_score', (r) => r.hazardScore),
  column('exposure_score', (r) => r.exposureScore),
  column('toxicity_class', (r) => r.toxicityClass),
  column('commodity', (r) => r.record.commodity),
  column('commodity_raw', (r) => r.record.commodityRaw),
  column('source_name', (r) => r.record.provenance.source),
  column('licence', (r) => r.record.provenance.licence),
  column('retrieved', (r) => r.record.provenance.retrieved),
  column('version', (r) => r.version),
  column('updated_at', (r) => r.updatedAt.toISOString()),
];

/**
 * A filtered view as CSV (one row per facility, provenance and derived values included), through the
 * platform's one CSV writer: a name an uploaded file starts with `=`, `+`, `-` or `@` is neutralised.
 */
export function facilitiesCsv(rows: Iterable<FacilityDownloadRow>): string {
  return toCsvColumns(FACILITY_CSV_COLUMNS, rows);
}

/** A filtered view as a GeoJSON FeatureCollection (facilities without coordinates have null geometry). */
export function facilitiesGeoJson(rows: Iterable<FacilityDownloadRow>): FeatureCollectionJson {
  return toFeatureCollection(
    rows,
    (r) => pointGeometry(r.record.lon, r.record.lat),
    (r) => ({
      ...r.record,
      extra: undefined,
      gistmClass: r.gistmClass,
      gistmClassConfidence: r.classConfidence,
      hazardScore: r.hazardScore,
      exposureScore: r.exposureScore,
      toxicityClass: r.toxicityClass,
      version: r.version,
    }),
    (r) => r.id,
  );
}
