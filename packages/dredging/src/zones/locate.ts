import { COUNTRIES } from '@strata/core';
import { latLngToCell } from 'h3-js';
import { type EezGrid, eezCountryAt } from './eez.ts';
import { PolygonIndex, polygonsOf } from './polygons.ts';

/** A user area (concession, marine protected area, …) read from GeoJSON. */
export interface UserArea {
  id: string;
  name: string;
  kind: 'protected' | 'concession' | 'other';
}

/** Where a point is: country waters, H3 cell, user areas. */
export interface ZoneAttribution {
  /** ISO alpha-3, or null on the high seas (or where the zones say nothing). */
  country: string | null;
  /** `approximate` (equidistance from Natural Earth land) or `official` (the user's zones file). */
  countryMethod: 'approximate' | 'official';
  /** H3 cell at the locator's resolution. */
  h3: string;
  /** Ids of the user areas containing the point. */
  areas: string[];
  /** True when one of those areas is a protected area. */
  inProtectedArea: boolean;
}

export interface GeoJsonIssue {
  feature: number;
  message: string;
}

interface GeoJsonFeature {
  type?: string;
  id?: string | number;
  properties?: Record<string, unknown> | null;
  geometry?: { type: string; coordinates?: unknown } | null;
}

function featuresOf(text: string): GeoJsonFeature[] {
  const doc = JSON.parse(text) as { type?: string; features?: GeoJsonFeature[] };
  if (doc.type === 'FeatureCollection' && Array.isArray(doc.features)) return doc.features;
  if (doc.type === 'Feature') return [doc as GeoJsonFeature];
  throw new Error('not a GeoJSON FeatureCollection or Feature');
}

const KNOWN_ISO3 = new Set(COUNTRIES.map((c) => c.iso3));

/**
 * Reads official maritime zones in the Marine Regions EEZ format (`ISO_TER1`, `ISO_SOV1` properties, or
 * their lower-case spelling `iso_ter1`, `iso_sov1`).
 * A zone counts for its territory's code when that is a UN Member or observer State, else for its
 * sovereign's (so French Polynesia's EEZ counts for France).
 */
export function parseZonesGeoJson(text: string): { index: PolygonIndex<string>; issues: GeoJsonIssue[] } {
  const index = new PolygonIndex<string>();
  const issues: GeoJsonIssue[] = [];
  featuresOf(text).forEach((f, k) => {
    const p = f.properties ?? {};
    // Marine Regions' shapefiles say ISO_TER1; its GeoJSON exports (and the simplified v12) say iso_ter1.
    const terValue = p.ISO_TER1 ?? p.iso_ter1;
    const sovValue = p.ISO_SOV1 ?? p.iso_sov1;
    const ter = typeof terValue === 'string' ? terValue : null;
    const sov = typeof sovValue === 'string' ? sovValue : null;
    const iso3 = ter && KNOWN_ISO3.has(ter) ? ter : sov && KNOWN_ISO3.has(sov) ? sov : (ter ?? sov);
    if (!iso3) {
      issues.push({ feature: k, message: 'no ISO_TER1 or ISO_SOV1 (iso_ter1, iso_sov1) property' });
      return;
    }
    const polys = polygonsOf(f.geometry ?? null);
    if (polys.length === 0) issues.push({ feature: k, message: 'geometry is not a Polygon or MultiPolygon' });
    for (const rings of polys) index.add(rings, iso3);
  });
  return { index, issues };
}

function areaKind(p: Record<string, unknown>): UserArea['kind'] {
  const text = ['kind', 'type', 'category', 'designation', 'DESIG', 'DESIG_ENG', 'DESIG_TYPE']
    .map((k) => (typeof p[k] === 'string' ? (p[k] as string) : ''))
    .join(' ')
    .toLowerCase();
  if (
    p.WDPAID !== undefined ||
    p.IUCN_CAT !== undefined ||
    /protect|mpa|reserve|natura|sanctuary|park/.test(text)
  ) {
    return 'protected';
  }
  if (/concession|licen|permit|extraction|lease/.test(text)) return 'concession';
  return 'other';
}

/**
 * Reads user areas from GeoJSON. An area is `protected` when it has WDPA fields (`WDPAID`, `IUCN_CAT`) or
 * its kind/type/category/designation mentions protection (protected, MPA, reserve, Natura, sanctuary,
 * park); `concession` when it mentions a concession, licence, permit, lease or extraction.
 */
export function parseAreasGeoJson(text: string): {
  areas: UserArea[];
  index: PolygonIndex<UserArea>;
  issues: GeoJsonIssue[];
} {
  const index = new PolygonIndex<UserArea>();
  const areas: UserArea[] = [];
  const issues: GeoJsonIssue[] = [];
  featuresOf(text).forEach((f, k) => {
    const p = f.properties ?? {};
    const id = String(f.id ?? p.id ?? p.WDPAID ?? `area-${k + 1}`);
    const name = String(p.name ?? p.NAME ?? p.Name ?? id);
    const polys = polygonsOf(f.geometry ?? null);
    if (polys.length === 0) {
      issues.push({ feature: k, message: 'geometry is not a Polygon or MultiPolygon' });
      return;
    }
    const area: UserArea = { id, name, kind: areaKind(p) };
    areas.push(area);
    for (const rings of polys) index.add(rings, area);
  });
  return { areas, index, issues };
}

export interface LocatorOptions {
  eez: EezGrid;
  /** Official zones; when given they replace the approximate grid. */
  zones?: PolygonIndex<string> | null;
  areas?: PolygonIndex<UserArea> | null;
  /** H3 resolution of the attribution (default 7, about 5 km²). */
  h3Resolution?: number;
}

export type Locator = (lon: number, lat: number) => ZoneAttribution;

/**
 * A function that attributes a point to country waters, an H3 cell and user areas.
 *
 * @example const where = createLocator({ eez: loadEezGrid() })(3.72, 52.08); // { country: 'NLD', … }
 */
export function createLocator(options: LocatorOptions): Locator {
  const res = options.h3Resolution ?? 7;
  return (lon, lat) => {
    const official = options.zones ?? null;
    const country = official ? (official.lookup(lon, lat)[0] ?? null) : eezCountryAt(options.eez, lon, lat);
    const inside = options.areas ? options.areas.lookup(lon, lat) : [];
    return {
      country,
      countryMethod: official ? 'official' : 'approximate',
      h3: latLngToCell(lat, lon, res),
      areas: inside.map((a) => a.id),
      inProtectedArea: inside.some((a) => a.kind === 'protected'),
    };
  };
}
