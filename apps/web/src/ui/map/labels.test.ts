import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Polygon } from 'geojson';
import { insideShape, labelPlace, pointInside, ringAreaKm2, viewLabelPoint } from './labels.ts';

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

describe('a country named when its own label is out of the view', () => {
  // A fictional square country with a square lake (a hole) in its north-east.
  const country: Polygon = {
    type: 'Polygon',
    coordinates: [
      [
        [0, 0],
        [10, 0],
        [10, 10],
        [0, 10],
        [0, 0],
      ],
      [
        [6, 6],
        [9, 6],
        [9, 9],
        [6, 9],
        [6, 6],
      ],
    ],
  };

  it('tells inside from outside and from a hole', () => {
    assert.equal(insideShape([2, 2], country), true);
    assert.equal(insideShape([7, 7], country), false, 'in the lake');
    assert.equal(insideShape([11, 2], country), false);
  });

  it('places the name in the view, inside the country, off the view’s centre', () => {
    assert.deepEqual(viewLabelPoint(country, [2, 2, 4, 4]), [3, 2.5]);
    // A view across the eastern border: the spots beyond it are skipped.
    const across = viewLabelPoint(country, [8, 1, 12, 3]);
    assert.ok(across && across[0] < 10 && insideShape(across, country), String(across));
    // A view over the lake only: no spot of it is in the country.
    assert.equal(viewLabelPoint(country, [6.5, 6.5, 8.5, 8.5]), null);
    assert.equal(viewLabelPoint(country, [20, 20, 22, 22]), null);
  });
});
