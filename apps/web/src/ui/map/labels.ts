import type { MultiPolygon, Polygon, Position } from 'geojson';

/** Where a country's name goes on the basemap, and from which zoom on it is shown. */
export interface LabelPlace {
  lngLat: [number, number];
  /** The zoom from which the name shows: large countries at the world view, small ones closer in. */
  minZoom: number;
}

const KM_PER_DEGREE = 111.32;

/** Area of a ring in km², on the equirectangular plane scaled by the cosine of its mean latitude. */
export function ringAreaKm2(ring: readonly Position[]): number {
  let twice = 0;
  let latSum = 0;
  for (let i = 0; i < ring.length; i++) {
    const [x1 = 0, y1 = 0] = ring[i] ?? [];
    const [x2 = 0, y2 = 0] = ring[(i + 1) % ring.length] ?? [];
    twice += x1 * y2 - x2 * y1;
    latSum += y1;
  }
  const meanLat = ring.length ? latSum / ring.length : 0;
  return (Math.abs(twice) / 2) * KM_PER_DEGREE ** 2 * Math.cos((meanLat * Math.PI) / 180);
}

/**
 * A point inside a ring, for its label: on the horizontal line through the middle of the ring's
 * latitude span (moved a little off any vertex), the midpoint of the widest stretch that lies inside.
 * Unlike the centroid, it falls inside crescents and bays (Chile, Croatia, Viet Nam).
 */
export function pointInside(ring: readonly Position[]): [number, number] {
  let south = 90;
  let north = -90;
  for (const [, lat = 0] of ring) {
    south = Math.min(south, lat);
    north = Math.max(north, lat);
  }
  const y = (south + north) / 2 + (north - south) * 1e-6;
  const xs: number[] = [];
  for (let i = 0; i < ring.length; i++) {
    const [x1 = 0, y1 = 0] = ring[i] ?? [];
    const [x2 = 0, y2 = 0] = ring[(i + 1) % ring.length] ?? [];
    if (y1 <= y !== y2 <= y) xs.push(x1 + ((y - y1) / (y2 - y1)) * (x2 - x1));
  }
  xs.sort((a, b) => a - b);
  let best: [number, number] = [ring[0]?.[0] ?? 0, y];
  let widest = -1;
  for (let i = 0; i + 1 < xs.length; i += 2) {
    const [a = 0, b = 0] = [xs[i], xs[i + 1]];
    if (b - a > widest) {
      widest = b - a;
      best = [(a + b) / 2, y];
    }
  }
  return best;
}

/** Zoom from which a name shows, by the area of the country's largest part (km²). */
export const LABEL_ZOOMS: readonly { minAreaKm2: number; zoom: number }[] = [
  { minAreaKm2: 1_500_000, zoom: -1 },
  { minAreaKm2: 300_000, zoom: 1.5 },
  { minAreaKm2: 50_000, zoom: 2.5 },
  { minAreaKm2: 5_000, zoom: 3.5 },
  { minAreaKm2: 0, zoom: 4.5 },
];

/**
 * The label place of a country shape: a point inside its largest part, shown from a zoom that grows as
 * the part gets smaller, so that the world view names the largest countries only and names do not pile up.
 * @example labelPlace(brazil).minZoom // -1: Brazil is named at the world view
 */
export function labelPlace(geometry: Polygon | MultiPolygon): LabelPlace | null {
  const parts = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  let largest: Position[] | null = null;
  let area = -1;
  for (const polygon of parts) {
    const outer = polygon[0];
    if (!outer || outer.length < 4) continue;
    const a = ringAreaKm2(outer);
    if (a > area) {
      area = a;
      largest = outer;
    }
  }
  if (!largest) return null;
  const minZoom = LABEL_ZOOMS.find((z) => area >= z.minAreaKm2)?.zoom ?? 4.5;
  return { lngLat: pointInside(largest), minZoom };
}

/** Whether a point lies inside a shape: inside an outer ring and outside that polygon's holes (even–odd). */
export function insideShape([x, y]: [number, number], geometry: Polygon | MultiPolygon): boolean {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return polygons.some((rings) => {
    let inside = false;
    for (const ring of rings)
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const [xi = 0, yi = 0] = ring[i] ?? [];
        const [xj = 0, yj = 0] = ring[j] ?? [];
        if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
      }
    return inside;
  });
}

/**
 * Where in a view a roaming name is tried, as fractions of its width and height from the top left: off
 * the centre, below it first (a point's popup opens upward).
 */
const VIEW_SPOTS: readonly [number, number][] = [
  [0.5, 0.75],
  [0.5, 0.25],
  [0.25, 0.5],
  [0.75, 0.5],
  [0.25, 0.25],
  [0.75, 0.25],
  [0.25, 0.75],
  [0.75, 0.75],
  [0.5, 0.5],
];

/**
 * A place inside both a country and the view for the country's name when its own label is out of sight
 * (zoomed in far from it): spots a quarter of the way in from the view’s edges first, so the name
 * does not cover what the view was centred on; null when the country covers none of them.
 * @example viewLabelPoint(brazil, [-44.5, -20.5, -43.5, -19.5]) // a point in Minas Gerais
 */
export function viewLabelPoint(
  geometry: Polygon | MultiPolygon,
  [west, south, east, north]: [number, number, number, number],
): [number, number] | null {
  for (const [fx, fy] of VIEW_SPOTS) {
    const point: [number, number] = [west + (east - west) * fx, north - (north - south) * fy];
    if (insideShape(point, geometry)) return point;
  }
  return null;
}
