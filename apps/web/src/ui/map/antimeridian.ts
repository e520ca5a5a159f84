import type { MultiPolygon, Polygon, Position } from 'geojson';

/**
 * Natural Earth (world-atlas) stores shapes for a spherical renderer: a ring that crosses the 180th
 * meridian jumps from +180 to -180 (Russia's Chukotka, Fiji), and Antarctica's ring goes around the
 * South Pole. A planar renderer such as MapLibre draws those jumps as bands across the whole map.
 * These functions make every ring continuous, close rings around a pole, and cut the result at ±180.
 */

/** Twice the signed planar area of a ring (positive = counterclockwise). */
export function ringArea(ring: readonly Position[]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    sum += (ring[j][0] - ring[i][0]) * (ring[j][1] + ring[i][1]);
  }
  return sum / 2;
}

/** The ring with each longitude shifted by ±360 so that no step between neighbours exceeds 180°. */
export function unwrapRing(ring: readonly Position[]): Position[] {
  if (ring.length === 0) return [];
  const out: Position[] = [[ring[0][0], ring[0][1]]];
  let lon = ring[0][0];
  for (let i = 1; i < ring.length; i++) {
    let step = ring[i][0] - ring[i - 1][0];
    if (step > 180) step -= 360;
    else if (step < -180) step += 360;
    lon += step;
    out.push([lon, ring[i][1]]);
  }
  return out;
}

/**
 * Closes an unwrapped ring that circles a pole (its longitude travels a full turn) along that pole's
 * edge; returns other rings unchanged.
 */
export function closePolarRing(ring: Position[]): Position[] {
  const first = ring[0];
  const last = ring[ring.length - 1];
  if (Math.abs(last[0] - first[0]) < 180) return ring;
  const meanLat = ring.reduce((s, p) => s + p[1], 0) / ring.length;
  const poleLat = meanLat < 0 ? -90 : 90;
  return [...ring, [last[0], poleLat], [first[0], poleLat], [first[0], first[1]]];
}

/** Sutherland–Hodgman clip of a ring to the half-plane `sign * (lon - edge) <= 0`. */
function clipToEdge(ring: readonly Position[], edge: number, sign: 1 | -1): Position[] {
  const inside = (p: Position) => sign * (p[0] - edge) <= 0;
  const out: Position[] = [];
  for (let i = 0; i < ring.length; i++) {
    const a = ring[i];
    const b = ring[(i + 1) % ring.length];
    const aIn = inside(a);
    const bIn = inside(b);
    if (aIn) out.push(a);
    if (aIn !== bIn) {
      const t = (edge - a[0]) / (b[0] - a[0]);
      out.push([edge, a[1] + t * (b[1] - a[1])]);
    }
  }
  return out;
}

function closeRing(ring: Position[]): Position[] {
  if (ring.length === 0) return ring;
  const [f, l] = [ring[0], ring[ring.length - 1]];
  return f[0] === l[0] && f[1] === l[1] ? ring : [...ring, [f[0], f[1]]];
}

function openRing(ring: readonly Position[]): Position[] {
  const [f, l] = [ring[0], ring[ring.length - 1]];
  return ring.length > 1 && f[0] === l[0] && f[1] === l[1] ? ring.slice(0, -1) : [...ring];
}

/** The part of a ring inside one world copy (-180..180) after shifting it by `shift` degrees. */
function clipRingToWorld(ring: readonly Position[], shift: number): Position[] {
  const shifted = openRing(ring).map((p) => [p[0] + shift, p[1]]);
  const clipped = clipToEdge(clipToEdge(shifted, 180, 1), -180, -1);
  return clipped.length >= 3 ? closeRing(clipped) : [];
}

/** Orients a ring counterclockwise (outer, RFC 7946 §3.1.6) or clockwise (hole). */
function orient(ring: Position[], counterclockwise: boolean): Position[] {
  return ringArea(ring) > 0 === counterclockwise ? ring : [...ring].reverse();
}

/** A ring running along a pole line only (zero height around the whole globe) encloses nothing. */
function isPoleLine(ring: readonly Position[]): boolean {
  let minLat = Number.POSITIVE_INFINITY;
  let maxLat = Number.NEGATIVE_INFINITY;
  for (const p of ring) {
    minLat = Math.min(minLat, p[1]);
    maxLat = Math.max(maxLat, p[1]);
  }
  return maxLat - minLat < 0.01 && Math.abs(minLat) > 89;
}

/**
 * One polygon (outer ring + holes) as one or more polygons that stay within -180..180 and never jump
 * across the map. Outer rings come out counterclockwise, holes clockwise.
 */
export function splitPolygonAtAntimeridian(polygon: readonly (readonly Position[])[]): Position[][][] {
  const rings = polygon
    .map((r) => closePolarRing(unwrapRing(r)))
    .filter((r) => r.length >= 4 && !isPoleLine(r));
  if (rings.length === 0) return [];
  let minLon = Number.POSITIVE_INFINITY;
  let maxLon = Number.NEGATIVE_INFINITY;
  for (const ring of rings)
    for (const p of ring) {
      minLon = Math.min(minLon, p[0]);
      maxLon = Math.max(maxLon, p[0]);
    }
  const oriented = rings.map((r, i) => orient(r, i === 0));
  if (minLon >= -180 && maxLon <= 180) return [oriented];

  const parts: Position[][][] = [];
  for (const shift of [-720, -360, 0, 360, 720]) {
    if (maxLon + shift <= -180 || minLon + shift >= 180) continue;
    const outer = clipRingToWorld(oriented[0], shift);
    if (outer.length === 0 || Math.abs(ringArea(outer)) < 1e-12) continue;
    const holes = oriented.slice(1).map((h) => clipRingToWorld(h, shift));
    parts.push([outer, ...holes.filter((h) => h.length > 0 && Math.abs(ringArea(h)) > 1e-12)]);
  }
  return parts;
}

/** A country shape fixed for planar rendering (see {@link splitPolygonAtAntimeridian}). */
export function fixAntimeridian(geometry: Polygon | MultiPolygon): Polygon | MultiPolygon {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const parts = polygons.flatMap((p) => splitPolygonAtAntimeridian(p));
  return parts.length === 1
    ? { type: 'Polygon', coordinates: parts[0] }
    : { type: 'MultiPolygon', coordinates: parts };
}
