import maplibregl, { type MapLibreMap } from 'maplibre-gl';
import { useEffect } from 'react';
import { useCountries } from '../../api/countries.ts';
import { useLocale } from '../../i18n/LocaleProvider.tsx';
import type { BasemapCountry } from './basemap.ts';
import { boundsOf, countriesInView } from './extent.ts';
import { labelPlace, viewLabelPoint } from './labels.ts';

/** From this zoom, a country whose own label is out of the view is named inside the view instead. */
const ROAMING_ZOOM = 4;
/** At most this many roaming names in one view (the countries nearest the centre first). */
const ROAMING_MAX = 6;

function labelElement(name: string, lang: string, m49: string): HTMLElement {
  const element = document.createElement('span');
  element.className = 'map-country-label';
  element.textContent = name;
  element.lang = lang;
  element.dir = 'auto';
  element.setAttribute('aria-hidden', 'true');
  element.dataset.m49 = m49;
  return element;
}

/**
 * The countries' names on a map (HTML markers: symbol layers would need a glyph server), in the reader's
 * language from the platform's country table, each inside its country's largest part and shown from the
 * zoom its size allows. Zoomed in far from that place (inside Brazil at zoom 6, say), the name comes
 * into the view instead, so that every zoom says which country it shows.
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
    const named: {
      country: BasemapCountry;
      name: string;
      bounds: [number, number, number, number];
      placed: { marker: maplibregl.Marker; element: HTMLElement; minZoom: number; lngLat: [number, number] };
      roaming: maplibregl.Marker | null;
    }[] = [];
    for (const c of countries) {
      const m49 = c.properties.m49;
      const name = m49 ? countryIndex.data.byM49.get(m49)?.name[lang] : undefined;
      const place = name ? labelPlace(c.geometry) : null;
      if (!m49 || !name || !place) continue;
      const element = labelElement(name, lang, m49);
      named.push({
        country: c,
        name,
        bounds: boundsOf(c.geometry),
        placed: {
          marker: new maplibregl.Marker({ element }).setLngLat(place.lngLat).addTo(map),
          element,
          minZoom: place.minZoom,
          lngLat: place.lngLat,
        },
        roaming: null,
      });
    }
    const show = () => {
      const zoom = map.getZoom();
      const b = map.getBounds();
      const view: [number, number, number, number] = [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()];
      const inView = ([lon, lat]: [number, number]) =>
        lon >= view[0] && lon <= view[2] && lat >= view[1] && lat <= view[3];
      const [cx, cy] = [(view[0] + view[2]) / 2, (view[1] + view[3]) / 2];
      const meeting = new Set(countriesInView(named, view, 0));
      let roaming = 0;
      const byDistance = [...named].sort(
        (a, b) =>
          Math.hypot(a.placed.lngLat[0] - cx, a.placed.lngLat[1] - cy) -
          Math.hypot(b.placed.lngLat[0] - cx, b.placed.lngLat[1] - cy),
      );
      for (const n of byDistance) {
        const shown = zoom >= n.placed.minZoom;
        n.placed.element.style.display = shown ? '' : 'none';
        const point =
          zoom >= ROAMING_ZOOM &&
          roaming < ROAMING_MAX &&
          meeting.has(n) &&
          !(shown && inView(n.placed.lngLat))
            ? viewLabelPoint(n.country.geometry, view)
            : null;
        if (point) {
          roaming++;
          if (n.roaming) n.roaming.setLngLat(point);
          else
            n.roaming = new maplibregl.Marker({
              element: labelElement(n.name, lang, n.country.properties.m49 ?? ''),
            })
              .setLngLat(point)
              .addTo(map);
        } else if (n.roaming) {
          n.roaming.remove();
          n.roaming = null;
        }
      }
    };
    show();
    map.on('moveend', show);
    return () => {
      map.off('moveend', show);
      for (const n of named) {
        n.placed.marker.remove();
        n.roaming?.remove();
      }
    };
  }, [map, ready, countries, lang, countryIndex, hidden]);
}
