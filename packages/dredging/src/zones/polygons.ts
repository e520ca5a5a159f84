/**
 * Point-in-polygon lookup over GeoJSON polygons with a bucket index (1° cells holding the polygons
 * whose bounding box touches them), so that a lookup tests only a handful of candidate rings.
 */

/** A polygon as rings of [lon, lat] pairs (first ring outer, others holes). */
export type PolygonRings = number[][][];

export interface IndexedPolygon<T> {
  rings: PolygonRings;
  bbox: [number, number, number, number];
  value: T;
}

/** Even-odd point-in-ring test (ray casting). */
function inRing(ring: number[][], x: number, y: number): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const xi = ring[i][0];
    const yi = ring[i][1];
    const xj = ring[j][0];
    const yj = ring[j][1];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** True when (x, y) is inside the outer ring and outside every hole. */
export function inPolygon(rings: PolygonRings, x: number, y: number): boolean {
  if (rings.length === 0 || !inRing(rings[0], x, y)) return false;
  for (let h = 1; h < rings.length; h++) if (inRing(rings[h], x, y)) return false;
  return true;
}

/** Polygons of a GeoJSON geometry (Polygon or MultiPolygon; anything else gives none). */
export function polygonsOf(geometry: { type: string; coordinates?: unknown } | null): PolygonRings[] {
  if (!geometry) return [];
  if (geometry.type === 'Polygon') return [geometry.coordinates as PolygonRings];
  if (geometry.type === 'MultiPolygon') return geometry.coordinates as PolygonRings[];
  return [];
}

/** A bucket index of polygons carrying values of type T. */
export class PolygonIndex<T> {
  private readonly polygons: IndexedPolygon<T>[] = [];
  private readonly buckets = new Map<number, number[]>();

  add(rings: PolygonRings, value: T): void {
    let minX = 180;
    let minY = 90;
    let maxX = -180;
    let maxY = -90;
    for (const [x, y] of rings[0] ?? []) {
      if (x < minX) minX = x;
      if (x > maxX) maxX = x;
      if (y < minY) minY = y;
      if (y > maxY) maxY = y;
    }
    if (minX > maxX) return;
    const id = this.polygons.length;
    this.polygons.push({ rings, bbox: [minX, minY, maxX, maxY], value });
    for (let cx = Math.floor(minX); cx <= Math.floor(maxX); cx++) {
      for (let cy = Math.floor(minY); cy <= Math.floor(maxY); cy++) {
        const key = (cy + 90) * 361 + (cx + 180);
        const list = this.buckets.get(key);
        if (list) list.push(id);
        else this.buckets.set(key, [id]);
      }
    }
  }

  get size(): number {
    return this.polygons.length;
  }

  /** Values of every polygon containing (lon, lat). */
  lookup(lon: number, lat: number): T[] {
    const key = (Math.floor(lat) + 90) * 361 + (Math.floor(lon) + 180);
    const ids = this.buckets.get(key);
    if (!ids) return [];
    const out: T[] = [];
    for (const id of ids) {
      const p = this.polygons[id];
      if (lon < p.bbox[0] || lon > p.bbox[2] || lat < p.bbox[1] || lat > p.bbox[3]) continue;
      if (inPolygon(p.rings, lon, lat)) out.push(p.value);
    }
    return out;
  }
}
