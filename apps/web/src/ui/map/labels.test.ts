import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Polygon } from 'geojson';
import { labelPlace, pointInside, ringAreaKm2 } from './labels.ts';

/** Whether a point lies inside a ring (even–odd rule). */
function inside([x, y]: [number, number], ring: number[][]): boolean {
  let result = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi = 0, yi = 0] = ring[i] ?? [];
    const [xj = 0, yj = 0] = ring[j] ?? [];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) result = !result;
  }
  return result;
}

describe('basemap name labels', () => {
  it('measures a one-degree square at the equator as about 111 × 111 km', () => {
    const square = [
      [0, 0],
      [1, 0],
      [1, 1],
      [0, 1],
      [0, 0],
    ];
    assert.ok(Math.abs(ringAreaKm2(square) - 12_392) < 10, String(ringAreaKm2(square)));
  });

  it('puts the label inside a crescent, where the centroid would fall outside', () => {
    // A C shape open to the east: its centroid lies in the gap.
    const c = [
      [0, 0],
      [10, 0],
      [10, 2],
      [2, 2],
      [2, 8],
      [10, 8],
      [10, 10],
      [0, 10],
      [0, 0],
    ];
    const p = pointInside(c);
    assert.ok(inside(p, c), `${p} is inside`);
  });

  it('names large countries from the world view and small ones closer in', () => {
    const box = (size: number): Polygon => ({
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [size, 0],
          [size, size],
          [0, size],
          [0, 0],
        ],
      ],
    });
    assert.equal(labelPlace(box(20))?.minZoom, -1); // ≈ 4.9 million km²
    assert.equal(labelPlace(box(1))?.minZoom, 3.5); // ≈ 12,000 km²
    assert.equal(labelPlace(box(0.1))?.minZoom, 4.5);
    assert.deepEqual(
      labelPlace(box(2))?.lngLat.map((x) => Math.round(x)),
      [1, 1],
    );
    assert.equal(labelPlace({ type: 'Polygon', coordinates: [] }), null);
  });
});
