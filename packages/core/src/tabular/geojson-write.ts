/** An RFC 7946 geometry, as far as Strata writes them. */
export type GeometryJson =
  | { type: 'Point'; coordinates: [number, number] }
  | { type: 'LineString'; coordinates: [number, number][] }
  | { type: 'MultiLineString'; coordinates: [number, number][][] }
  | { type: 'Polygon'; coordinates: [number, number][][] }
  | { type: 'MultiPolygon'; coordinates: [number, number][][][] };

/** A feature with plain properties (the geometry type is Strata's `GeometryJson` unless a caller has its own). */
export interface FeatureJson<P = Record<string, unknown>, G = GeometryJson> {
  type: 'Feature';
  id?: string | number;
  geometry: G | null;
  properties: P;
}

/** A feature collection. */
export interface FeatureCollectionJson<P = Record<string, unknown>, G = GeometryJson> {
  type: 'FeatureCollection';
  features: FeatureJson<P, G>[];
}

/** A point geometry, or null when either coordinate is missing (RFC 7946 allows a null geometry). */
export function pointGeometry(
  lon: number | null | undefined,
  lat: number | null | undefined,
): GeometryJson | null {
  if (lon === null || lon === undefined || lat === null || lat === undefined) return null;
  if (!Number.isFinite(lon) || !Number.isFinite(lat)) return null;
  return { type: 'Point', coordinates: [lon, lat] };
}

/**
 * The one GeoJSON writer of the platform: rows become features with the geometry `geometryOf` finds and
 * the properties `propertiesOf` builds.
 *
 * @example toFeatureCollection(rows, (r) => pointGeometry(r.lon, r.lat), (r) => ({ name: r.name }))
 */
export function toFeatureCollection<Row, P, G = GeometryJson>(
  rows: Iterable<Row>,
  geometryOf: (row: Row) => G | null,
  propertiesOf: (row: Row) => P,
  idOf?: (row: Row) => string | number,
): FeatureCollectionJson<P, G> {
  const features: FeatureJson<P, G>[] = [];
  for (const row of rows) {
    const feature: FeatureJson<P, G> = {
      type: 'Feature',
      geometry: geometryOf(row),
      properties: propertiesOf(row),
    };
    if (idOf) feature.id = idOf(row);
    features.push(feature);
  }
  return { type: 'FeatureCollection', features };
}
