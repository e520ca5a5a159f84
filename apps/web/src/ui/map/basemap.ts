import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
// The Natural Earth countries (world-atlas) at 1:10m and 1:50m, fetched as static assets, not bundled.
import detailUrl from 'world-atlas/countries-10m.json?url';
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

/** The basemap's scales: 1:50m for the world and continents, 1:10m from `DETAIL_ZOOM` in. */
export type BasemapScale = '50m' | '10m';
const URLS: Record<BasemapScale, string> = { '50m': atlasUrl, '10m': detailUrl };
const pending = new Map<BasemapScale, Promise<BasemapCountry[]>>();

/** The zoom from which a map draws the 1:10m countries (coasts and borders to about 1 km) in view. */
export const DETAIL_ZOOM = 4;

/**
 * The basemap countries at a scale, loaded once per page and shared by every map and export.
 * @example const detailed = await loadBasemap('10m');
 */
export function loadBasemap(scale: BasemapScale = '50m'): Promise<BasemapCountry[]> {
  let loading = pending.get(scale);
  if (!loading) {
    loading = fetch(URLS[scale])
      .then((response) => {
        if (!response.ok) throw new Error(`basemap ${scale}: HTTP ${response.status}`);
        return response.json() as Promise<Topology>;
      })
      .then((topology) => basemapFromTopology(topology).features as BasemapCountry[])
      .catch((error: unknown) => {
        pending.delete(scale); // let a later map try again
        throw error;
      });
    pending.set(scale, loading);
  }
  return loading;
}
