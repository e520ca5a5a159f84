import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';

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

/** The west, south, east and north limits of a shape, in degrees. */
export function boundsOf(geometry: Polygon | MultiPolygon): [number, number, number, number] {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  let [west, south, east, north] = [180, 90, -180, -90];
  for (const polygon of polygons)
    for (const [lon, lat] of polygon[0] ?? []) {
      west = Math.min(west, lon);
      east = Math.max(east, lon);
      south = Math.min(south, lat);
      north = Math.max(north, lat);
    }
  return [west, south, east, north];
}

/**
 * The countries whose limits meet a view widened by `pad` times its size on every side (so that a
 * short pan stays covered), as the detailed layer draws only those.
 * @example countriesInView(countries, [-75, -35, -33, 6], 0.5) // Brazil and its neighbours
 */
export function countriesInView<C extends { bounds: [number, number, number, number] }>(
  countries: readonly C[],
  [west, south, east, north]: [number, number, number, number],
  pad = 0.5,
): C[] {
  const dx = (east - west) * pad;
  const dy = (north - south) * pad;
  const [w, s, e, n] = [west - dx, south - dy, east + dx, north + dy];
  return countries.filter(({ bounds: [cw, cs, ce, cn] }) => cw <= e && ce >= w && cs <= n && cn >= s);
}

/** One polygon of a 1:10m country, with its limits: the detailed layer draws the parts in view. */
export interface DetailPart {
  /** Its place in the list, which names a set of parts cheaply. */
  index: number;
  feature: Feature<Polygon, { m49: string | null }>;
  bounds: [number, number, number, number];
}

/** Splits the 1:10m countries into their polygons (Russia or Indonesia are hundreds), each with its limits. */
export function detailParts(
  countries: readonly Feature<Polygon | MultiPolygon, { m49: string | null }>[],
): DetailPart[] {
  const parts: DetailPart[] = [];
  for (const c of countries) {
    const polygons = c.geometry.type === 'Polygon' ? [c.geometry.coordinates] : c.geometry.coordinates;
    for (const coordinates of polygons) {
      const geometry: Polygon = { type: 'Polygon', coordinates };
      parts.push({
        index: parts.length,
        feature: { type: 'Feature', geometry, properties: { m49: c.properties.m49 } },
        bounds: boundsOf(geometry),
      });
    }
  }
  return parts;
}
