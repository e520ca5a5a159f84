/** The dredging watch's GeoJSON downloads, through the platform's one writer (`toFeatureCollection`). */
import { type FeatureJson, pointGeometry, toFeatureCollection } from '@strata/core';
import { cellToBoundary } from 'h3-js';
import type { DatasetRef } from '../domain/dataset.ts';
import type { DredgingEvent } from '../domain/output.ts';
import type { hexagonView, vesselPageView } from '../domain/views.ts';

type HexagonView = ReturnType<typeof hexagonView>;
type VesselPage = ReturnType<typeof vesselPageView>;

/** The intensity map as polygons (H3 cell boundaries, closed rings, lon/lat order). */
export function hexagonsGeoJson(view: HexagonView) {
  const collection = toFeatureCollection(
    view.cells,
    (c) => {
      const ring = cellToBoundary(c.h3, true) as [number, number][];
      return { type: 'Polygon' as const, coordinates: [[...ring, ring[0]]] };
    },
    (c) => ({
      h3: c.h3,
      volume_m3_low: c.volumeM3.low,
      volume_m3_central: c.volumeM3.central,
      volume_m3_high: c.volumeM3.high,
      dredging_hours: c.dredgingHours,
      vessels: c.vessels,
    }),
  );
  return { ...collection, metadata: { dataset: view.dataset, resolution: view.resolution } };
}

/** Activity periods as points at their mean position. */
export function eventsGeoJson(dataset: DatasetRef, events: readonly DredgingEvent[]) {
  const collection = toFeatureCollection(
    events,
    (e) => pointGeometry(e.lon, e.lat),
    ({ lon: _lon, lat: _lat, ...properties }) => properties,
  );
  return { ...collection, metadata: { dataset } };
}

interface TrackStretch {
  mmsi: number;
  activity: string;
  segment: number;
  start: string;
  end: string;
}

/**
 * A vessel's track as lines, one per stretch of one activity. A new activity continues from the last
 * point of the same segment (so the lines join); a new segment (a gap in the data) starts afresh.
 */
export function trackGeoJson(page: VesselPage) {
  const features: (FeatureJson<TrackStretch> & {
    geometry: { type: 'LineString'; coordinates: [number, number][] };
  })[] = [];
  let segment = -1;
  for (const p of page.track) {
    const last = features[features.length - 1];
    if (last && last.properties.activity === p.activity && p.segment === segment) {
      last.geometry.coordinates.push([p.lon, p.lat]);
      last.properties.end = p.t;
    } else {
      const coordinates: [number, number][] =
        last && p.segment === segment
          ? [last.geometry.coordinates[last.geometry.coordinates.length - 1], [p.lon, p.lat]]
          : [[p.lon, p.lat]];
      features.push({
        type: 'Feature',
        properties: {
          mmsi: page.vessel.mmsi,
          activity: p.activity,
          segment: p.segment,
          start: p.t,
          end: p.t,
        },
        geometry: { type: 'LineString', coordinates },
      });
    }
    segment = p.segment;
  }
  return { type: 'FeatureCollection' as const, metadata: { dataset: page.dataset }, features };
}
