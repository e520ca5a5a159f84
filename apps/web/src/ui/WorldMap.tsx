import type { FeatureCollection, GeoJsonProperties } from 'geojson';
import maplibregl, {
  type GeoJSONSource,
  type LayerSpecification,
  type MapLayerMouseEvent,
  type MapLibreMap,
} from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import { useEffect, useRef, useState } from 'react';
import { useIntl } from 'react-intl';
import { type BasemapCountry, loadBasemap } from './map/basemap.ts';
import { boundsOf, pointsExtent } from './map/extent.ts';
import { type MapLegend, MapPanel } from './map/MapPanel.tsx';
import { baseStyle, COUNTRY_BORDERS, COUNTRY_FILLS } from './map/style.ts';
import { useCountryLabels } from './map/useCountryLabels.ts';
import { DETAIL_SOURCE, useDetailedBasemap } from './map/useDetailedBasemap.ts';

type PaintOf<T extends LayerSpecification['type']> = Extract<LayerSpecification, { type: T }>['paint'];

/** Popup content: plain text (set as text, never parsed as HTML) or an element the caller built. */
export type PopupContent = string | HTMLElement | null;

/**
 * An extra GeoJSON layer drawn above the countries (facility points, H3 hexagons, zones…). A layer with a
 * `title` gets a box in the map's layer switcher.
 */
export type MapLayer = { title?: string } & (
  | { id: string; kind: 'fill'; data: FeatureCollection; paint?: PaintOf<'fill'>; popup?: PopupFor }
  | { id: string; kind: 'line'; data: FeatureCollection; paint?: PaintOf<'line'>; popup?: PopupFor }
  | {
      id: string;
      kind: 'circle';
      data: FeatureCollection;
      paint?: PaintOf<'circle'>;
      /** Group nearby points into clusters (sized by count; a click zooms in). */
      cluster?: boolean;
      popup?: PopupFor;
    }
);
type PopupFor = (properties: GeoJsonProperties) => PopupContent;

/** An HTML label pinned to a place (symbol layers would need a glyph server, which Strata avoids). */
export interface MapMarker {
  id: string;
  lngLat: [number, number];
  label: string;
}

export interface WorldMapProps {
  /** Accessible name of the map. */
  label: string;
  /** Fill colour per country by M49 code; null leaves the neutral land colour. */
  countryFill?: (m49: string) => string | null;
  /** Popup shown when a country is clicked. */
  countryPopup?: (m49: string) => PopupContent;
  layers?: readonly MapLayer[];
  markers?: readonly MapMarker[];
  /** M49 code of a country to zoom to at start (its shape's extent); overrides center and zoom. */
  focusCountry?: string;
  /** Initial view (both needed); default: the whole inhabited world. */
  center?: [number, number];
  zoom?: number;
  /** CSS height of the map; default 420px. */
  height?: string;
  /**
   * A key of the data the layers show (such as the filters in the address). Each time it changes, the
   * view fits the points of the layers; the empty key goes back to the whole world. Undefined while the
   * data for a new key is loading, so the view moves once the points have arrived.
   */
  fitKey?: string;
  /** Called with the zoom level each time the view settles (after the map has drawn, and after each move). */
  onZoomEnd?: (zoom: number) => void;
  /** What the colours mean, shown in the map's panel beside the layer switcher. */
  legend?: MapLegend;
}

/** The basemap's borders, which every map lets the reader hide (`country-border` in the style). */
const BORDERS = 'borders';
/** The countries' names on the basemap, in the reader's language, which every map lets the reader hide. */
const LABELS = 'labels';

type MapState = 'loading' | 'ready' | 'unsupported' | 'error';

const WORLD_BOUNDS: [[number, number], [number, number]] = [
  [-170, -57],
  [180, 80],
];

function webglAvailable(): boolean {
  try {
    const canvas = document.createElement('canvas');
    return Boolean(canvas.getContext('webgl2') ?? canvas.getContext('webgl'));
  } catch {
    return false;
  }
}

/**
 * Colours the countries through feature state (keyed by M49 via `promoteId`), so a new colouring
 * repaints without re-tiling the basemap on every filter keystroke.
 */
function applyFills(
  map: MapLibreMap,
  countries: readonly BasemapCountry[],
  fill: WorldMapProps['countryFill'],
) {
  for (const c of countries) {
    const m49 = c.properties.m49;
    if (!m49) continue;
    const state = { fill: fill?.(m49) ?? null };
    map.setFeatureState({ source: 'countries', id: m49 }, state);
    map.setFeatureState({ source: DETAIL_SOURCE, id: m49 }, state);
  }
}

function initialView(
  countries: readonly BasemapCountry[],
  focusCountry: string | undefined,
  center: [number, number] | undefined,
  zoom: number | undefined,
): Pick<maplibregl.MapOptions, 'bounds' | 'fitBoundsOptions' | 'center' | 'zoom'> {
  const focus = focusCountry ? countries.find((c) => c.properties.m49 === focusCountry) : undefined;
  if (focus) {
    const [west, south, east, north] = boundsOf(focus.geometry);
    // A country cut by the antimeridian (Fiji, Russia) spans the whole width: the world view suits it.
    if (east - west < 180)
      return { bounds: [west, south, east, north], fitBoundsOptions: { padding: 40, maxZoom: 6 } };
  }
  if (center && zoom !== undefined) return { center, zoom };
  return { bounds: WORLD_BOUNDS, fitBoundsOptions: { padding: 4 } };
}

function showPopup(
  map: MapLibreMap,
  lngLat: maplibregl.LngLatLike,
  content: PopupContent,
  closeLabel: string,
) {
  if (content === null || content === '') return;
  const popup = new maplibregl.Popup({ maxWidth: '280px', focusAfterOpen: true }).setLngLat(lngLat);
  if (typeof content === 'string') popup.setText(content);
  else popup.setDOMContent(content);
  popup.addTo(map);
  popup.getElement()?.querySelector('.maplibregl-popup-close-button')?.setAttribute('aria-label', closeLabel);
}

function addLayer(map: MapLibreMap, layer: MapLayer): string[] {
  const sourceId = `extra-${layer.id}`;
  const cluster = layer.kind === 'circle' && layer.cluster === true;
  map.addSource(sourceId, { type: 'geojson', data: layer.data, cluster, clusterRadius: 40 });
  if (layer.kind === 'fill') {
    map.addLayer({
      id: sourceId,
      type: 'fill',
      source: sourceId,
      paint: layer.paint ?? { 'fill-color': '#0b5c7a' },
    });
  } else if (layer.kind === 'line') {
    map.addLayer({
      id: sourceId,
      type: 'line',
      source: sourceId,
      paint: layer.paint ?? { 'line-color': '#0b5c7a' },
    });
  } else {
    map.addLayer({
      id: sourceId,
      type: 'circle',
      source: sourceId,
      filter: cluster ? ['!', ['has', 'point_count']] : ['literal', true],
      paint: layer.paint ?? {
        'circle-color': '#0b5c7a',
        'circle-radius': 5,
        'circle-stroke-color': '#fff',
        'circle-stroke-width': 1,
      },
    });
    if (cluster) {
      map.addLayer({
        id: `${sourceId}-clusters`,
        type: 'circle',
        source: sourceId,
        filter: ['has', 'point_count'],
        paint: {
          'circle-color': '#0b5c7a',
          'circle-opacity': 0.75,
          'circle-radius': ['step', ['get', 'point_count'], 10, 10, 15, 100, 22, 1000, 30],
          'circle-stroke-color': '#fff',
          'circle-stroke-width': 1.5,
        },
      });
      return [`${sourceId}-clusters`, sourceId];
    }
  }
  return [sourceId];
}

/**
 * Writes each visible cluster's point count on it as an HTML marker (text layers would need glyphs).
 * Returns the function that removes the markers and listeners.
 */
function showClusterCounts(map: MapLibreMap, sourceId: string, locale: string): () => void {
  const shown = new Map<number, maplibregl.Marker>();
  const format = new Intl.NumberFormat(locale, { notation: 'compact' });
  const update = () => {
    if (!map.getSource(sourceId) || !map.isSourceLoaded(sourceId)) return;
    const visible = new Set<number>();
    const hidden = map.getLayoutProperty(`${sourceId}-clusters`, 'visibility') === 'none';
    for (const f of hidden ? [] : map.querySourceFeatures(sourceId)) {
      const id = f.properties?.cluster_id;
      const count = f.properties?.point_count;
      if (typeof id !== 'number' || typeof count !== 'number' || f.geometry.type !== 'Point') continue;
      visible.add(id);
      if (shown.has(id)) continue;
      const element = document.createElement('span');
      element.className = 'map-cluster-count';
      element.textContent = format.format(count);
      // Named by what it shows (MapLibre would otherwise name every marker "Map marker", WCAG 2.5.3).
      element.setAttribute('aria-label', element.textContent);
      shown.set(
        id,
        new maplibregl.Marker({ element }).setLngLat(f.geometry.coordinates as [number, number]).addTo(map),
      );
    }
    for (const [id, marker] of shown) {
      if (!visible.has(id)) {
        marker.remove();
        shown.delete(id);
      }
    }
  };
  map.on('render', update);
  update();
  return () => {
    map.off('render', update);
    for (const marker of shown.values()) marker.remove();
    shown.clear();
  };
}

/**
 * An offline world map: MapLibre GL drawing Natural Earth countries (no tile or glyph server), coloured
 * by `countryFill`, with optional extra GeoJSON layers, HTML markers and popups. Shows a message instead
 * of the map when WebGL is unavailable. The container's `data-map-state` is `ready` once it has drawn.
 * @example <WorldMap label="Countries by group" countryFill={(m49) => colourOf(m49)} />
 */
export function WorldMap({
  label,
  countryFill,
  countryPopup,
  layers,
  markers,
  focusCountry,
  center,
  zoom,
  height,
  fitKey,
  onZoomEnd,
  legend,
}: WorldMapProps) {
  const intl = useIntl();
  const containerRef = useRef<HTMLDivElement>(null);
  const mapRef = useRef<MapLibreMap | null>(null);
  const countriesRef = useRef<BasemapCountry[]>([]);
  const [state, setState] = useState<MapState>('loading');
  const [hidden, setHidden] = useState<ReadonlySet<string>>(new Set());
  // Callbacks read through refs so that new function identities do not rebuild the map.
  const fillRef = useRef(countryFill);
  const popupRef = useRef(countryPopup);
  const zoomEndRef = useRef(onZoomEnd);
  fillRef.current = countryFill;
  popupRef.current = countryPopup;
  zoomEndRef.current = onZoomEnd;
  const closeLabel = intl.formatMessage({ id: 'common.map.closePopup' });
  const closeLabelRef = useRef(closeLabel);
  closeLabelRef.current = closeLabel;

  // Create the map once.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the initial view only applies at creation
  useEffect(() => {
    if (!webglAvailable()) {
      setState('unsupported');
      return;
    }
    let cancelled = false;
    let map: MapLibreMap | null = null;
    loadBasemap()
      .then((countries) => {
        if (cancelled || !containerRef.current) return;
        countriesRef.current = countries;
        map = new maplibregl.Map({
          container: containerRef.current,
          style: baseStyle({ type: 'FeatureCollection', features: countries }),
          // Without an explicit view, fit the inhabited world (Antarctica's coast is left out).
          ...initialView(countries, focusCountry, center, zoom),
          // Below zero so the whole world fits in a phone-width map.
          minZoom: -1,
          maxZoom: 8,
          attributionControl: { compact: true },
          dragRotate: false,
          pitchWithRotate: false,
          renderWorldCopies: false,
        });
        mapRef.current = map;
        map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
        map.touchZoomRotate.disableRotation();
        map.on('error', (event) => {
          if (!cancelled) console.warn('map:', event.error?.message);
        });
        // The view's limits on the figure, for tests and anyone scripting the page.
        map.on('moveend', () => {
          const b = map?.getBounds();
          if (b && containerRef.current?.parentElement)
            containerRef.current.parentElement.dataset.mapBounds = [
              b.getWest(),
              b.getSouth(),
              b.getEast(),
              b.getNorth(),
            ]
              .map((x) => x.toFixed(2))
              .join(',');
          if (map) zoomEndRef.current?.(map.getZoom());
        });
        map.once('load', () => {
          if (map) applyFills(map, countries, fillRef.current);
          map?.once('idle', () => {
            if (!cancelled) setState('ready');
            if (map && !cancelled) zoomEndRef.current?.(map.getZoom());
          });
        });
        map.on('click', COUNTRY_FILLS, (event: MapLayerMouseEvent) => {
          const m49 = event.features?.[0]?.properties?.m49;
          if (map && typeof m49 === 'string' && popupRef.current) {
            showPopup(map, event.lngLat, popupRef.current(m49), closeLabelRef.current);
          }
        });
        map.on('mouseenter', COUNTRY_FILLS, () => {
          if (map && popupRef.current) map.getCanvas().style.cursor = 'pointer';
        });
        map.on('mouseleave', COUNTRY_FILLS, () => {
          if (map) map.getCanvas().style.cursor = '';
        });
      })
      .catch((error: unknown) => {
        if (cancelled) return;
        console.warn('map:', error instanceof Error ? error.message : error);
        setState(webglAvailable() ? 'error' : 'unsupported');
      });
    return () => {
      cancelled = true;
      map?.remove();
      mapRef.current = null;
    };
  }, []);

  // Recolour the countries when the fill function changes (and once the map exists).
  useEffect(() => {
    const map = mapRef.current;
    if (map && state === 'ready') applyFills(map, countriesRef.current, countryFill);
  }, [countryFill, state]);

  // Extra layers. Sources and layers are rebuilt only when the set of layer ids/kinds changes; new data
  // or paint for an existing id is applied in place, so callers may pass fresh arrays on every render.
  const layersRef = useRef(layers);
  layersRef.current = layers;
  const appliedData = useRef(new Map<string, FeatureCollection>());
  const appliedPaint = useRef(new Map<string, MapLayer['paint']>());
  const layerStructure = (layers ?? [])
    .map((l) => `${l.id}:${l.kind}:${l.kind === 'circle' && l.cluster ? 'cluster' : ''}`)
    .join('|');

  // biome-ignore lint/correctness/useExhaustiveDependencies: layerStructure stands for the layers' ids and kinds
  useEffect(() => {
    const map = mapRef.current;
    const current = layersRef.current ?? [];
    if (!map || state !== 'ready' || current.length === 0) return;
    const added: { sourceId: string; layerIds: string[] }[] = [];
    const off: (() => void)[] = [];
    for (const layer of current) {
      const sourceId = `extra-${layer.id}`;
      const layerIds = addLayer(map, layer);
      added.push({ sourceId, layerIds });
      appliedData.current.set(layer.id, layer.data);
      appliedPaint.current.set(layer.id, layer.paint);
      const pointLayer = layerIds[layerIds.length - 1];
      const onClick = (event: MapLayerMouseEvent) => {
        const f = event.features?.[0];
        const popup = layersRef.current?.find((l) => l.id === layer.id)?.popup;
        if (popup && f) showPopup(map, event.lngLat, popup(f.properties), closeLabelRef.current);
      };
      map.on('click', pointLayer, onClick);
      off.push(() => map.off('click', pointLayer, onClick));
      if (layerIds.length > 1) {
        const clusterLayer = layerIds[0];
        const onCluster = async (event: MapLayerMouseEvent) => {
          const f = event.features?.[0];
          const clusterId = f?.properties?.cluster_id;
          const source = map.getSource<GeoJSONSource>(sourceId);
          if (typeof clusterId !== 'number' || !source || f?.geometry.type !== 'Point') return;
          const target = await source.getClusterExpansionZoom(clusterId);
          map.easeTo({ center: f.geometry.coordinates as [number, number], zoom: target });
        };
        map.on('click', clusterLayer, onCluster);
        off.push(() => map.off('click', clusterLayer, onCluster));
        off.push(showClusterCounts(map, sourceId, intl.locale));
      }
    }
    return () => {
      for (const fn of off) fn();
      appliedData.current.clear();
      appliedPaint.current.clear();
      if (!mapRef.current) return; // map already removed
      for (const { sourceId, layerIds } of added) {
        for (const id of layerIds) if (map.getLayer(id)) map.removeLayer(id);
        if (map.getSource(sourceId)) map.removeSource(sourceId);
      }
    };
  }, [layerStructure, state, intl.locale]);

  useEffect(() => {
    const map = mapRef.current;
    if (!map || state !== 'ready') return;
    for (const layer of layers ?? []) {
      const sourceId = `extra-${layer.id}`;
      if (!map.getSource(sourceId)) continue;
      if (appliedData.current.get(layer.id) !== layer.data) {
        map.getSource<GeoJSONSource>(sourceId)?.setData(layer.data);
        appliedData.current.set(layer.id, layer.data);
      }
      if (layer.paint && appliedPaint.current.get(layer.id) !== layer.paint) {
        for (const [name, value] of Object.entries(layer.paint)) map.setPaintProperty(sourceId, name, value);
        appliedPaint.current.set(layer.id, layer.paint);
      }
    }
  }, [layers, state]);

  // Shown and hidden layers, applied again whenever the layers are rebuilt.
  // biome-ignore lint/correctness/useExhaustiveDependencies: layerStructure stands for the layers' ids and kinds
  useEffect(() => {
    const map = mapRef.current;
    if (!map || state !== 'ready') return;
    const visibility = (id: string) => (hidden.has(id) ? 'none' : 'visible');
    for (const id of COUNTRY_BORDERS) map.setLayoutProperty(id, 'visibility', visibility(BORDERS));
    for (const layer of layersRef.current ?? []) {
      const sourceId = `extra-${layer.id}`;
      for (const id of [sourceId, `${sourceId}-clusters`])
        if (map.getLayer(id)) map.setLayoutProperty(id, 'visibility', visibility(layer.id));
    }
    map.triggerRepaint();
  }, [hidden, layerStructure, state]);

  // Fit the view to the layers' points when the data's key changes (not on the first key: the initial
  // view was chosen by the page).
  const fittedKey = useRef<string | undefined>(undefined);
  useEffect(() => {
    const map = mapRef.current;
    if (!map || state !== 'ready' || fitKey === undefined || fittedKey.current === fitKey) return;
    const first = fittedKey.current === undefined;
    fittedKey.current = fitKey;
    if (fitKey === '') {
      if (!first) map.fitBounds(WORLD_BOUNDS, { padding: 4 });
      return;
    }
    const extent = pointsExtent((layers ?? []).map((l) => l.data));
    if (extent) map.fitBounds(extent, { padding: 40, maxZoom: 6 });
  }, [fitKey, layers, state]);

  useCountryLabels(mapRef.current, state === 'ready', countriesRef.current, hidden.has(LABELS));
  useDetailedBasemap(mapRef.current, state === 'ready');

  // HTML markers (labels), replaced when their content changes.
  const markerKey = JSON.stringify(markers ?? []);
  useEffect(() => {
    const map = mapRef.current;
    const current: readonly MapMarker[] = JSON.parse(markerKey);
    if (!map || state !== 'ready' || current.length === 0) return;
    const placed = current.map((m) => {
      const element = document.createElement('span');
      element.className = 'map-label';
      element.textContent = m.label;
      element.setAttribute('aria-label', m.label);
      return new maplibregl.Marker({ element }).setLngLat(m.lngLat).addTo(map);
    });
    return () => {
      for (const marker of placed) marker.remove();
    };
  }, [markerKey, state]);

  // Accessible names of the canvas and the controls, in the UI language.
  useEffect(() => {
    const map = mapRef.current;
    if (!map || state !== 'ready') return;
    const canvas = map.getCanvas();
    canvas.setAttribute('aria-label', `${label}. ${intl.formatMessage({ id: 'common.map.keyboardHint' })}`);
    canvas.setAttribute('role', 'region');
    const names: [string, string][] = [
      ['.maplibregl-ctrl-zoom-in', 'common.map.zoomIn'],
      ['.maplibregl-ctrl-zoom-out', 'common.map.zoomOut'],
      ['.maplibregl-ctrl-attrib-button', 'common.map.attribution'],
    ];
    for (const [selector, id] of names) {
      const button = map.getContainer().querySelector(selector);
      const text = intl.formatMessage({ id });
      button?.setAttribute('aria-label', text);
      button?.setAttribute('title', text);
    }
  }, [intl, label, state]);

  return (
    <figure className="world-map" style={{ blockSize: height ?? '420px' }} data-map-state={state}>
      <div
        ref={containerRef}
        className="world-map-canvas"
        hidden={state === 'unsupported' || state === 'error'}
      />
      {state === 'loading' && (
        <p className="world-map-message" aria-live="polite">
          {intl.formatMessage({ id: 'common.map.loading' })}
        </p>
      )}
      {(state === 'unsupported' || state === 'error') && (
        <p className="world-map-message" role="status">
          {intl.formatMessage({
            id: state === 'unsupported' ? 'common.map.unsupported' : 'common.map.error',
          })}
        </p>
      )}
      {state === 'ready' && (
        <MapPanel
          layers={[
            ...(layers ?? []).flatMap((l) => (l.title ? [{ id: l.id, title: l.title }] : [])),
            { id: BORDERS, title: intl.formatMessage({ id: 'common.map.layer.borders' }) },
            { id: LABELS, title: intl.formatMessage({ id: 'common.map.layer.labels' }) },
          ]}
          hidden={hidden}
          onToggle={(id, visible) =>
            setHidden((before) => {
              const next = new Set(before);
              if (visible) next.delete(id);
              else next.add(id);
              return next;
            })
          }
          legend={legend}
        />
      )}
      <figcaption className="visually-hidden">{label}</figcaption>
    </figure>
  );
}
