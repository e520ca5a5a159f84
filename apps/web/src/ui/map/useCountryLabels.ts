import maplibregl, { type MapLibreMap } from 'maplibre-gl';
import { useEffect } from 'react';
import { useCountries } from '../../api/countries.ts';
import { useLocale } from '../../i18n/LocaleProvider.tsx';
import type { BasemapCountry } from './basemap.ts';
import { labelPlace } from './labels.ts';

/**
 * The countries' names on a map (HTML markers: symbol layers would need a glyph server), in the reader's
 * language from the platform's country table, each inside its country's largest part and shown from the
 * zoom its size allows.
 */
export function useCountryLabels(
  map: MapLibreMap | null,
  ready: boolean,
  countries: readonly BasemapCountry[],
  hidden: boolean,
): void {
  const { lang } = useLocale();
  const countryIndex = useCountries();
  useEffect(() => {
    if (!map || !ready || countryIndex.status !== 'ok' || hidden) return;
    const placed: { marker: maplibregl.Marker; element: HTMLElement; minZoom: number }[] = [];
    for (const c of countries) {
      const name = c.properties.m49 ? countryIndex.data.byM49.get(c.properties.m49)?.name[lang] : undefined;
      const place = name ? labelPlace(c.geometry) : null;
      if (!name || !place) continue;
      const element = document.createElement('span');
      element.className = 'map-country-label';
      element.textContent = name;
      element.lang = lang;
      element.dir = 'auto';
      element.setAttribute('aria-hidden', 'true');
      element.dataset.m49 = c.properties.m49 ?? '';
      placed.push({
        marker: new maplibregl.Marker({ element }).setLngLat(place.lngLat).addTo(map),
        element,
        minZoom: place.minZoom,
      });
    }
    const show = () => {
      const zoom = map.getZoom();
      for (const p of placed) p.element.style.display = zoom >= p.minZoom ? '' : 'none';
    };
    show();
    map.on('zoomend', show);
    return () => {
      map.off('zoomend', show);
      for (const p of placed) p.marker.remove();
    };
  }, [map, ready, countries, lang, countryIndex, hidden]);
}
