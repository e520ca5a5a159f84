import type { FeatureCollection } from 'geojson';
import type { StyleSpecification } from 'maplibre-gl';
import { BASEMAP_ATTRIBUTION, DETAIL_ZOOM } from './basemap.ts';
import { DETAIL_SOURCE } from './useDetailedBasemap.ts';

const OCEAN = '#d4e6f1';
const LAND = '#e6e3dc';
const BORDER = '#ffffff';

/** The countries' fill layers at both scales (clicks on a country listen to both). */
export const COUNTRY_FILLS = ['country-fill', 'country-fill-detail'];
/** The countries' border layers at both scales (the layer switch shows or hides both). */
export const COUNTRY_BORDERS = ['country-border', 'country-border-detail'];

/**
 * The basemap every map starts from: sea, the 1:50m countries (coloured through feature state), and the
 * 1:10m countries in view from DETAIL_ZOOM in, empty until `useDetailedBasemap` fills them.
 */
export function baseStyle(countries: FeatureCollection): StyleSpecification {
  return {
    version: 8,
    sources: {
      countries: { type: 'geojson', data: countries, promoteId: 'm49', attribution: BASEMAP_ATTRIBUTION },
      // The 1:10m countries in view, from DETAIL_ZOOM in (useDetailedBasemap fills it).
      [DETAIL_SOURCE]: {
        type: 'geojson',
        data: { type: 'FeatureCollection', features: [] },
        promoteId: 'm49',
      },
    },
    layers: [
      { id: 'ocean', type: 'background', paint: { 'background-color': OCEAN } },
      {
        id: 'country-fill',
        type: 'fill',
        source: 'countries',
        paint: { 'fill-color': ['coalesce', ['feature-state', 'fill'], LAND] },
      },
      {
        id: 'country-border',
        type: 'line',
        source: 'countries',
        paint: { 'line-color': BORDER, 'line-width': 0.6 },
      },
      {
        id: 'country-fill-detail',
        type: 'fill',
        source: DETAIL_SOURCE,
        minzoom: DETAIL_ZOOM,
        paint: { 'fill-color': ['coalesce', ['feature-state', 'fill'], LAND] },
      },
      {
        id: 'country-border-detail',
        type: 'line',
        source: DETAIL_SOURCE,
        minzoom: DETAIL_ZOOM,
        paint: { 'line-color': BORDER, 'line-width': 0.8 },
      },
    ],
  };
}
