import type { FeatureCollection } from 'geojson';

/**
 * The west, south, east and north limits of the points of some GeoJSON collections, in degrees; null when
 * they hold no point. Other geometries are left out (the maps fit their view to point layers).
 * @example pointsExtent([{ type: 'FeatureCollection', features: [point(-43, -20), point(-48, -3)] }]) // [-48, -20, -43, -3]
 */
export function pointsExtent(
  collections: readonly FeatureCollection[],
): [number, number, number, number] | null {
  let [west, south, east, north] = [180, 90, -180, -90];
  let any = false;
  for (const collection of collections)
    for (const feature of collection.features) {
      if (feature.geometry?.type !== 'Point') continue;
      const [lon, lat] = feature.geometry.coordinates;
      if (!Number.isFinite(lon) || !Number.isFinite(lat)) continue;
      any = true;
      west = Math.min(west, lon as number);
      east = Math.max(east, lon as number);
      south = Math.min(south, lat as number);
      north = Math.max(north, lat as number);
    }
  return any ? [west, south, east, north] : null;
}
