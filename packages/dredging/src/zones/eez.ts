/**
 * Approximate exclusive economic zones from Natural Earth land (world-atlas 1:50m countries): every sea
 * point within 200 nautical miles of a coast belongs to the country of the nearest coast (the
 * equidistance principle of UNCLOS art. 15 and 74 in its simplest form, and the 200 nm limit of art. 57).
 * It ignores agreed boundaries, baselines, islands' reduced effect and disputes: every figure made with it
 * is labelled approximate. Precomputed once as a grid, so each lookup is one array read.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import { COUNTRIES } from '@strata/core';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { EARTH_RADIUS_M, METRES_PER_NAUTICAL_MILE } from '../domain/geo.ts';
import { type PolygonRings, polygonsOf } from './polygons.ts';

/**
 * Non-member territories in world-atlas (ISO 3166 numeric ids) → the administering State (ISO alpha-3),
 * as Marine Regions' `ISO_SOV1` does. Disputed or unattributed land (Western Sahara, Taiwan, Antarctica,
 * features without an id) is left without a country.
 */
export const TERRITORY_SOVEREIGN: Record<string, string> = {
  '580': 'USA', // Northern Mariana Islands
  '850': 'USA', // US Virgin Islands
  '316': 'USA', // Guam
  '016': 'USA', // American Samoa
  '630': 'USA', // Puerto Rico
  '239': 'GBR', // South Georgia and the South Sandwich Islands
  '086': 'GBR', // British Indian Ocean Territory
  '654': 'GBR', // Saint Helena
  '612': 'GBR', // Pitcairn
  '660': 'GBR', // Anguilla
  '238': 'GBR', // Falkland Islands (Malvinas): administered by GBR, sovereignty disputed
  '136': 'GBR', // Cayman Islands
  '060': 'GBR', // Bermuda
  '092': 'GBR', // British Virgin Islands
  '796': 'GBR', // Turks and Caicos
  '500': 'GBR', // Montserrat
  '832': 'GBR', // Jersey
  '831': 'GBR', // Guernsey
  '833': 'GBR', // Isle of Man
  '570': 'NZL', // Niue
  '184': 'NZL', // Cook Islands
  '533': 'NLD', // Aruba
  '531': 'NLD', // Curaçao
  '534': 'NLD', // Sint Maarten
  '666': 'FRA', // Saint Pierre and Miquelon
  '876': 'FRA', // Wallis and Futuna
  '663': 'FRA', // Saint Martin
  '652': 'FRA', // Saint Barthélemy
  '258': 'FRA', // French Polynesia
  '540': 'FRA', // New Caledonia
  '260': 'FRA', // French Southern Territories
  '248': 'FIN', // Åland
  '304': 'DNK', // Greenland
  '234': 'DNK', // Faroe Islands
  '446': 'CHN', // Macao
  '344': 'CHN', // Hong Kong
  '334': 'AUS', // Heard and McDonald Islands
  '574': 'AUS', // Norfolk Island
};

/** Options of {@link buildEezGrid}. */
export interface EezGridOptions {
  /** Cell size in degrees (default 0.1°, about 11 km). */
  resolutionDeg?: number;
  /** Outer limit (default 200 nm, UNCLOS art. 57). */
  maxDistanceNm?: number;
}

/** The precomputed grid: one country slot per cell (0 = high seas or unattributed). */
export interface EezGrid {
  resolutionDeg: number;
  width: number;
  height: number;
  /** Country slot per cell, row 0 at 90° N. */
  cells: Uint16Array;
  /** ISO alpha-3 per slot (slot 0 unused). */
  countries: string[];
  /** Distance to the nearest coast per cell, nautical miles (capped at 65 535). */
  distanceNm: Uint16Array;
}

/** ISO alpha-3 of a world-atlas feature id (M49 / ISO numeric), or null. */
export function iso3OfAtlasId(id: string | undefined): string | null {
  if (!id) return null;
  const member = COUNTRIES.find((c) => c.m49 === id);
  if (member) return member.iso3;
  return TERRITORY_SOVEREIGN[id] ?? null;
}

/** The world-atlas 1:50m countries as polygons with their ISO alpha-3. */
export function naturalEarthCountries(): { iso3: string; polygons: PolygonRings[] }[] {
  const require = createRequire(import.meta.url);
  const topology = require('world-atlas/countries-50m.json') as Topology<{ countries: GeometryCollection }>;
  const fc = feature(topology, topology.objects.countries);
  const out: { iso3: string; polygons: PolygonRings[] }[] = [];
  for (const f of fc.features) {
    const iso3 = iso3OfAtlasId(f.id === undefined ? undefined : String(f.id));
    if (!iso3) continue;
    out.push({ iso3, polygons: polygonsOf(f.geometry as { type: string; coordinates: unknown }) });
  }
  return out;
}

/**
 * Builds the approximate EEZ grid: rasterises land (scanline fill plus every coastline vertex, so
 * small islands count), then propagates each cell's nearest land cell with two raster passes
 * (Danielsson's vector distance transform, 8 neighbours, longitude wrapping), keeping cells within
 * `maxDistanceNm`. About a second at 0.1°.
 */
export function buildEezGrid(options: EezGridOptions = {}): EezGrid {
  const res = options.resolutionDeg ?? 0.1;
  const maxNm = options.maxDistanceNm ?? 200;
  const W = Math.round(360 / res);
  const H = Math.round(180 / res);
  const n = W * H;
  const land = new Uint16Array(n);
  const countries = [''];
  const slotOf = new Map<string, number>();
  const col = (lon: number) => Math.min(W - 1, Math.max(0, Math.floor((lon + 180) / res)));
  const row = (lat: number) => Math.min(H - 1, Math.max(0, Math.floor((90 - lat) / res)));

  for (const c of naturalEarthCountries()) {
    let slot = slotOf.get(c.iso3);
    if (slot === undefined) {
      slot = countries.length;
      countries.push(c.iso3);
      slotOf.set(c.iso3, slot);
    }
    for (const rings of c.polygons) {
      // Scanline fill at cell-centre latitudes (even-odd over all rings, so holes stay open).
      let minLat = 90;
      let maxLat = -90;
      for (const [, y] of rings[0]) {
        if (y < minLat) minLat = y;
        if (y > maxLat) maxLat = y;
      }
      const crossings: number[] = [];
      for (let r = row(maxLat); r <= row(minLat); r++) {
        const y = 90 - (r + 0.5) * res;
        crossings.length = 0;
        for (const ring of rings) {
          for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
            const yi = ring[i][1];
            const yj = ring[j][1];
            if (yi > y !== yj > y)
              crossings.push(ring[i][0] + ((y - yi) / (yj - yi)) * (ring[j][0] - ring[i][0]));
          }
        }
        crossings.sort((a, b) => a - b);
        for (let k = 0; k + 1 < crossings.length; k += 2) {
          const c0 = Math.ceil((crossings[k] + 180) / res - 0.5);
          const c1 = Math.floor((crossings[k + 1] + 180) / res - 0.5);
          for (let cc = Math.max(0, c0); cc <= Math.min(W - 1, c1); cc++) land[r * W + cc] = slot;
        }
      }
      for (const ring of rings)
        for (const [x, y] of ring) {
          const i = row(y) * W + col(x);
          if (land[i] === 0) land[i] = slot;
        }
    }
  }

  // Nearest land cell per cell, by two raster passes.
  const nearest = new Int32Array(n).fill(-1);
  const best = new Float32Array(n).fill(Number.POSITIVE_INFINITY);
  for (let i = 0; i < n; i++) {
    if (land[i] !== 0) {
      nearest[i] = i;
      best[i] = 0;
    }
  }
  const cosRow = new Float64Array(H);
  for (let r = 0; r < H; r++) cosRow[r] = Math.cos(((90 - (r + 0.5) * res) * Math.PI) / 180);
  // Squared equirectangular distance in degrees² between cell i and seed s.
  const dist2 = (r: number, c: number, s: number) => {
    const sr = (s / W) | 0;
    const sc = s - sr * W;
    let dc = Math.abs(c - sc);
    if (dc > W / 2) dc = W - dc;
    const k = (cosRow[r] + cosRow[sr]) / 2;
    const dx = dc * k;
    const dy = r - sr;
    return dx * dx + dy * dy;
  };
  const relax = (r: number, c: number, nr: number, nc: number) => {
    if (nr < 0 || nr >= H) return;
    const ncw = nc < 0 ? nc + W : nc >= W ? nc - W : nc;
    const s = nearest[nr * W + ncw];
    if (s < 0) return;
    const i = r * W + c;
    const d = dist2(r, c, s);
    if (d < best[i]) {
      best[i] = d;
      nearest[i] = s;
    }
  };
  for (let round = 0; round < 2; round++) {
    for (let r = 0; r < H; r++) {
      for (let c = 0; c < W; c++) {
        relax(r, c, r, c - 1);
        relax(r, c, r - 1, c - 1);
        relax(r, c, r - 1, c);
        relax(r, c, r - 1, c + 1);
      }
      for (let c = W - 1; c >= 0; c--) relax(r, c, r, c + 1);
    }
    for (let r = H - 1; r >= 0; r--) {
      for (let c = W - 1; c >= 0; c--) {
        relax(r, c, r, c + 1);
        relax(r, c, r + 1, c + 1);
        relax(r, c, r + 1, c);
        relax(r, c, r + 1, c - 1);
      }
      for (let c = 0; c < W; c++) relax(r, c, r, c - 1);
    }
  }
  const cells = new Uint16Array(n);
  const distanceNm = new Uint16Array(n);
  const nmPerCell = ((res * Math.PI) / 180) * (EARTH_RADIUS_M / METRES_PER_NAUTICAL_MILE);
  for (let i = 0; i < n; i++) {
    const s = nearest[i];
    if (s < 0) {
      distanceNm[i] = 65535;
      continue;
    }
    const nm = Math.sqrt(best[i]) * nmPerCell;
    distanceNm[i] = Math.min(65535, Math.round(nm));
    if (nm <= maxNm) cells[i] = land[s];
  }
  return { resolutionDeg: res, width: W, height: H, cells, countries, distanceNm };
}

/** The approximate EEZ country (ISO alpha-3) at a point, or null on the high seas. */
export function eezCountryAt(grid: EezGrid, lon: number, lat: number): string | null {
  if (!(lon >= -180 && lon <= 180 && lat >= -90 && lat <= 90)) return null;
  const c = Math.min(grid.width - 1, Math.floor((lon + 180) / grid.resolutionDeg));
  const r = Math.min(grid.height - 1, Math.floor((90 - lat) / grid.resolutionDeg));
  const slot = grid.cells[r * grid.width + c];
  return slot === 0 ? null : grid.countries[slot];
}

let shared: EezGrid | null = null;
/** The default grid (0.1°, 200 nm), built on first use and kept for the process. */
export function defaultEezGrid(): EezGrid {
  shared ??= buildEezGrid();
  return shared;
}

const CACHE_VERSION = 1;

/** Serialises a grid (country slots only) as gzip: a JSON header line, then the cells. */
export function serialiseEezGrid(grid: EezGrid): Buffer {
  const header = Buffer.from(
    `${JSON.stringify({ v: CACHE_VERSION, res: grid.resolutionDeg, w: grid.width, h: grid.height, countries: grid.countries })}\n`,
  );
  const body = Buffer.from(grid.cells.buffer, grid.cells.byteOffset, grid.cells.byteLength);
  return gzipSync(Buffer.concat([header, body]), { level: 6 });
}

/** Reads a grid written by {@link serialiseEezGrid}; null when the data is not one. */
export function deserialiseEezGrid(data: Buffer): EezGrid | null {
  try {
    const raw = gunzipSync(data);
    const nl = raw.indexOf(10);
    const h = JSON.parse(raw.subarray(0, nl).toString()) as {
      v: number;
      res: number;
      w: number;
      h: number;
      countries: string[];
    };
    if (h.v !== CACHE_VERSION) return null;
    const body = raw.subarray(nl + 1);
    const cells = new Uint16Array(h.w * h.h);
    Buffer.from(cells.buffer).set(body.subarray(0, cells.byteLength));
    return {
      resolutionDeg: h.res,
      width: h.w,
      height: h.h,
      cells,
      countries: h.countries,
      distanceNm: new Uint16Array(0),
    };
  } catch {
    return null;
  }
}

/** The grid file shipped with the package (built by `bench/dredging/build-eez-grid.ts`). */
export const BUNDLED_EEZ_GRID = fileURLToPath(
  new URL(`../../data/eez-approx-0.1deg-200nm-v${CACHE_VERSION}.bin.gz`, import.meta.url),
);

/**
 * The default grid: the copy shipped with the package (a fraction of a second to read), else built
 * from world-atlas (a few seconds) and kept for the process.
 */
export function loadEezGrid(): EezGrid {
  if (shared) return shared;
  if (existsSync(BUNDLED_EEZ_GRID)) {
    const grid = deserialiseEezGrid(readFileSync(BUNDLED_EEZ_GRID));
    if (grid) {
      shared = grid;
      return grid;
    }
  }
  return defaultEezGrid();
}

/** Builds the default grid and writes it where {@link loadEezGrid} looks first. */
export function writeBundledEezGrid(file = BUNDLED_EEZ_GRID): EezGrid {
  const grid = buildEezGrid();
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, serialiseEezGrid(grid));
  return grid;
}
