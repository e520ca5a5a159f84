import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import { useEffect } from 'react';
import { DETAIL_ZOOM, loadBasemap } from './basemap.ts';
import { countriesInView, type DetailPart, detailParts } from './extent.ts';

/** The detailed basemap's source, drawn by the style's `country-fill-detail` and `country-border-detail`. */
export const DETAIL_SOURCE = 'countries-detail';

let parts: Promise<DetailPart[]> | null = null;
const loadParts = () => {
  parts ??= loadBasemap('10m')
    .then(detailParts)
    .catch((error: unknown) => {
      parts = null;
      throw error;
    });
  return parts;
};

/**
 * Draws the 1:10m countries in view from `DETAIL_ZOOM` in, over the 1:50m basemap it then hides: the
 * 1:10m file is fetched the first time a reader zooms in, and only the polygons near the view are tiled,
 * so the world view stays as light as before. The figure's `data-basemap-scale` says which scale shows.
 */
export function useDetailedBasemap(map: MapLibreMap | null, ready: boolean): void {
  useEffect(() => {
    if (!map || !ready) return;
    let live = true;
    let shown = '';
    const figure = map.getContainer().parentElement;
    const update = () => {
      const detailed = map.getZoom() >= DETAIL_ZOOM;
      if (figure) figure.dataset.basemapScale = detailed && shown ? '10m' : '50m';
      if (!detailed) return;
      loadParts()
        .then((all) => {
          if (!live || map.getZoom() < DETAIL_ZOOM) return;
          const b = map.getBounds();
          const near = countriesInView(all, [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()]);
          const key = near.map((p) => p.index).join();
          if (key !== shown) {
            shown = key;
            map
              .getSource<GeoJSONSource>(DETAIL_SOURCE)
              ?.setData({ type: 'FeatureCollection', features: near.map((p) => p.feature) });
            // The 1:50m shapes would show through the finer coast: hidden from the detailed zoom on.
            map.setLayerZoomRange('country-fill', 0, DETAIL_ZOOM);
            map.setLayerZoomRange('country-border', 0, DETAIL_ZOOM);
          }
          if (figure) figure.dataset.basemapScale = '10m';
        })
        .catch((error: unknown) => console.warn('map: the detailed basemap did not load:', error));
    };
    map.on('moveend', update);
    update();
    return () => {
      live = false;
      map.off('moveend', update);
    };
  }, [map, ready]);
}
