import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import type { Position } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { fixAntimeridian, ringArea, splitPolygonAtAntimeridian, unwrapRing } from './antimeridian.ts';

/** The longest east–west step between neighbouring points, ignoring edges along a pole (the map's edge). */
function maxStep(rings: Position[][]): number {
  let max = 0;
  for (const ring of rings)
    for (let i = 1; i < ring.length; i++) {
      const alongPole = Math.abs(ring[i][1]) >= 89.9 && Math.abs(ring[i - 1][1]) >= 89.9;
      if (!alongPole) max = Math.max(max, Math.abs(ring[i][0] - ring[i - 1][0]));
    }
  return max;
}

function allLons(parts: Position[][][]): number[] {
  return parts.flat(2).map((p) => p[0]);
}

describe('unwrapRing', () => {
  it('removes the ±360 jump of a ring crossing the antimeridian', () => {
    const ring = [
      [179, 0],
      [-179, 0],
      [-179, 1],
      [179, 1],
      [179, 0],
    ];
    assert.deepEqual(
      unwrapRing(ring).map((p) => p[0]),
      [179, 181, 181, 179, 179],
    );
  });
});

describe('splitPolygonAtAntimeridian', () => {
  it('leaves an ordinary polygon in one piece, counterclockwise', () => {
    const parts = splitPolygonAtAntimeridian([
      [
        [0, 0],
        [0, 1],
        [1, 1],
        [1, 0],
        [0, 0],
      ],
    ]);
    assert.equal(parts.length, 1);
    assert.ok(ringArea(parts[0][0]) > 0);
  });

  it('cuts a crossing square into an east and a west piece of the same total area', () => {
    const parts = splitPolygonAtAntimeridian([
      [
        [178, -1],
        [-178, -1],
        [-178, 1],
        [178, 1],
        [178, -1],
      ],
    ]);
    assert.equal(parts.length, 2);
    const lons = allLons(parts);
    assert.ok(lons.every((lon) => lon >= -180 && lon <= 180));
    const area = parts.reduce((s, p) => s + Math.abs(ringArea(p[0])), 0);
    assert.ok(Math.abs(area - 8) < 1e-9, `area ${area}`);
    assert.ok(maxStep(parts.map((p) => p[0])) <= 180);
  });

  it('closes a ring around the South Pole instead of drawing a band across the map', () => {
    // A coastline at 70°S all the way round, as Natural Earth stores Antarctica.
    const ring: Position[] = [];
    for (let lon = -180; lon <= 180; lon += 30) ring.push([lon, -70]);
    const parts = splitPolygonAtAntimeridian([ring]);
    const lats = parts.flat(2).map((p) => p[1]);
    assert.ok(lats.includes(-90));
    assert.ok(lats.every((lat) => lat <= -70));
    const area = parts.reduce((s, p) => s + Math.abs(ringArea(p[0])), 0);
    assert.ok(Math.abs(area - 360 * 20) < 1e-6, `area ${area}`);
  });

  it('conserves area and stays in range for any rectangle (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -180, max: 179, noNaN: true }),
        fc.double({ min: 0.5, max: 40, noNaN: true }),
        (west, width) => {
          const east = west + width;
          const wrap = (lon: number) => (lon > 180 ? lon - 360 : lon);
          const ring = [
            [west, 0],
            [wrap(east), 0],
            [wrap(east), 2],
            [west, 2],
            [west, 0],
          ];
          const parts = splitPolygonAtAntimeridian([ring]);
          const area = parts.reduce((s, p) => s + Math.abs(ringArea(p[0])), 0);
          return Math.abs(area - width * 2) < 1e-6 && allLons(parts).every((l) => l >= -180 && l <= 180);
        },
      ),
    );
  });
});

// The app draws the 1:50m countries; the 1:110m ones are checked too for callers that pick them.
for (const resolution of ['50m', '110m']) {
  describe(`world-atlas ${resolution} shapes`, () => {
    const require = createRequire(import.meta.url);
    const topology = JSON.parse(
      readFileSync(require.resolve(`world-atlas/countries-${resolution}.json`), 'utf8'),
    ) as Topology;
    const countries = feature(topology, topology.objects.countries as GeometryCollection);

    it('leaves no ring of any country jumping across the map', () => {
      for (const f of countries.features) {
        if (f.geometry.type !== 'Polygon' && f.geometry.type !== 'MultiPolygon') continue;
        const fixed = fixAntimeridian(f.geometry);
        const polygons = fixed.type === 'Polygon' ? [fixed.coordinates] : fixed.coordinates;
        assert.ok(
          maxStep(polygons.flat()) < 180,
          `${(f.properties as { name?: string } | null)?.name} still jumps`,
        );
      }
    });

    it('closes Antarctica at the South Pole and keeps its coast', () => {
      const f = countries.features.find((x) => x.id === '010');
      assert.ok(f && (f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon'));
      const fixed = fixAntimeridian(f.geometry);
      const polygons = fixed.type === 'Polygon' ? [fixed.coordinates] : fixed.coordinates;
      const lats = polygons.flat(2).map((p) => p[1]);
      assert.equal(Math.min(...lats), -90);
      assert.ok(Math.max(...lats) > -70, 'the Antarctic Peninsula reaches north of 70°S');
      const area = polygons.reduce((sum, p) => sum + Math.abs(ringArea(p[0])), 0);
      // Planar area of the land south of ~70°S across 360° of longitude: thousands of square degrees.
      assert.ok(area > 3000, `area ${area}`);
    });

    it('keeps Russia and Fiji on both sides of the antimeridian', () => {
      for (const id of ['643', '242']) {
        const f = countries.features.find((x) => x.id === id);
        assert.ok(f && (f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon'));
        const fixed = fixAntimeridian(f.geometry);
        const lons = (fixed.type === 'Polygon' ? [fixed.coordinates] : fixed.coordinates)
          .flat(2)
          .map((p) => p[0]);
        assert.ok(Math.min(...lons) < -170 && Math.max(...lons) > 170, id);
      }
    });
  });
}
