import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
// The 1:50m Natural Earth countries (world-atlas), fetched as a static asset rather than bundled.
import atlasUrl from 'world-atlas/countries-50m.json?url';
import { fixAntimeridian } from './antimeridian.ts';

/** A basemap country: `id` and `properties.m49` are the ISO 3166-1 numeric code (= UN M49). */
export type BasemapCountry = Feature<Polygon | MultiPolygon, { m49: string | null; name: string }>;

/** Natural Earth attribution (public domain; credit requested). */
export const BASEMAP_ATTRIBUTION = 'Natural Earth (world-atlas)';

/** Converts the world-atlas topology into GeoJSON features fixed for a planar map. */
export function basemapFromTopology(topology: Topology): FeatureCollection<Polygon | MultiPolygon> {
  const collection = feature(topology, topology.objects.countries as GeometryCollection);
  const features: BasemapCountry[] = [];
  for (const f of collection.features) {
    const g = f.geometry;
    if (!g || (g.type !== 'Polygon' && g.type !== 'MultiPolygon')) continue;
    const m49 = f.id === undefined ? null : String(f.id).padStart(3, '0');
    const props = f.properties as { name?: unknown } | null;
    const name = typeof props?.name === 'string' ? props.name : '';
    features.push({
      type: 'Feature',
      id: m49 ?? undefined,
      geometry: fixAntimeridian(g),
      properties: { m49, name },
    });
  }
  return { type: 'FeatureCollection', features };
}

let pending: Promise<BasemapCountry[]> | null = null;

/** The basemap countries, loaded once per page and shared by every map and export. */
export function loadBasemap(): Promise<BasemapCountry[]> {
  pending ??= fetch(atlasUrl)
    .then((response) => {
      if (!response.ok) throw new Error(`basemap: HTTP ${response.status}`);
      return response.json() as Promise<Topology>;
    })
    .then((topology) => basemapFromTopology(topology).features as BasemapCountry[])
    .catch((error: unknown) => {
      pending = null; // let a later map try again
      throw error;
    });
  return pending;
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
