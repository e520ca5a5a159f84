/** Geodesy helpers: distances on a sphere (IUGG mean Earth radius 6 371 008.8 m). */

export const EARTH_RADIUS_M = 6_371_008.8;
/** The international nautical mile (1 852 m). */
export const METRES_PER_NAUTICAL_MILE = 1852;
const DEG = Math.PI / 180;

/** Great-circle distance in metres between two points (haversine). */
export function distanceM(lon1: number, lat1: number, lon2: number, lat2: number): number {
  const dLat = (lat2 - lat1) * DEG;
  const dLon = (lon2 - lon1) * DEG;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * DEG) * Math.cos(lat2 * DEG) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(a)));
}

/**
 * Fast distance in metres (equirectangular approximation): within 0.1 % of the great circle for the
 * few kilometres between consecutive AIS reports, and a few percent at a few hundred kilometres.
 */
export function fastDistanceM(lon1: number, lat1: number, lon2: number, lat2: number): number {
  let dLon = Math.abs(lon2 - lon1);
  if (dLon > 180) dLon = 360 - dLon;
  const x = dLon * DEG * Math.cos(((lat1 + lat2) / 2) * DEG);
  const y = (lat2 - lat1) * DEG;
  return EARTH_RADIUS_M * Math.sqrt(x * x + y * y);
}

/** Implied speed in knots to go from one point to another in `dtMs` (Infinity when dtMs ≤ 0 and moved). */
export function impliedSpeedKnots(
  lon1: number,
  lat1: number,
  lon2: number,
  lat2: number,
  dtMs: number,
): number {
  const d = distanceM(lon1, lat1, lon2, lat2);
  if (dtMs <= 0) return d === 0 ? 0 : Number.POSITIVE_INFINITY;
  return d / METRES_PER_NAUTICAL_MILE / (dtMs / 3_600_000);
}

/** Moves a point by `distance` metres towards `bearingDeg` (flat-earth approximation, fine under ~50 km). */
export function offsetPoint(
  lon: number,
  lat: number,
  bearingDeg: number,
  distance: number,
): [number, number] {
  const b = bearingDeg * DEG;
  const dLat = (distance * Math.cos(b)) / EARTH_RADIUS_M / DEG;
  const dLon = (distance * Math.sin(b)) / (EARTH_RADIUS_M * Math.cos(lat * DEG)) / DEG;
  return [lon + dLon, lat + dLat];
}

/** Initial bearing in degrees (0 = north, clockwise) from one point to another. */
export function bearingDeg(lon1: number, lat1: number, lon2: number, lat2: number): number {
  const y = Math.sin((lon2 - lon1) * DEG) * Math.cos(lat2 * DEG);
  const x =
    Math.cos(lat1 * DEG) * Math.sin(lat2 * DEG) -
    Math.sin(lat1 * DEG) * Math.cos(lat2 * DEG) * Math.cos((lon2 - lon1) * DEG);
  return (((Math.atan2(y, x) / DEG) % 360) + 360) % 360;
}
