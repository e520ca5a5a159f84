import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Feature, FeatureCollection, MultiPolygon } from 'geojson';
import { countriesInView, detailParts, pointsExtent } from './extent.ts';

const point = (lon: number, lat: number): Feature => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [lon, lat] },
  properties: {},
});
const collection = (...features: Feature[]): FeatureCollection => ({ type: 'FeatureCollection', features });

describe('the extent of point layers', () => {
  it('spans every point of every collection', () => {
    assert.deepEqual(
      pointsExtent([collection(point(-43, -20), point(-48, -3)), collection(point(-60, -10))]),
      [-60, -20, -43, -3],
    );
  });

  it('is null without points, and ignores other geometries', () => {
    assert.equal(pointsExtent([collection()]), null);
    const line: Feature = {
      type: 'Feature',
      geometry: {
        type: 'LineString',
        coordinates: [
          [0, 0],
          [50, 50],
        ],
      },
      properties: {},
    };
    assert.deepEqual(pointsExtent([collection(line, point(10, 5))]), [10, 5, 10, 5]);
  });
});

describe('the detailed basemap near the view', () => {
  const square = (west: number, south: number, size: number) => [
    [
      [west, south],
      [west + size, south],
      [west + size, south + size],
      [west, south + size],
      [west, south],
    ],
  ];
  // A fictional two-part country (a mainland and a far island) and a one-part neighbour.
  const twoParts: Feature<MultiPolygon, { m49: string | null }> = {
    type: 'Feature',
    geometry: { type: 'MultiPolygon', coordinates: [square(0, 0, 10), square(100, 50, 1)] },
    properties: { m49: '901' },
  };
  const neighbour: Feature<MultiPolygon, { m49: string | null }> = {
    type: 'Feature',
    geometry: { type: 'MultiPolygon', coordinates: [square(10, 0, 5)] },
    properties: { m49: '902' },
  };

  it('splits each country into its polygons, each with its own limits and its country’s code', () => {
    const parts = detailParts([twoParts, neighbour]);
    assert.deepEqual(
      parts.map((p) => [p.index, p.feature.properties.m49, p.bounds]),
      [
        [0, '901', [0, 0, 10, 10]],
        [1, '901', [100, 50, 101, 51]],
        [2, '902', [10, 0, 15, 5]],
      ],
    );
    assert.equal(parts[1]?.feature.geometry.type, 'Polygon');
  });

  it('keeps the parts that meet the view widened by half its size, not the far island', () => {
    const parts = detailParts([twoParts, neighbour]);
    // A view of 4 × 4 degrees inside the mainland: widened to 8 × 8, it does not reach the neighbour.
    assert.deepEqual(
      countriesInView(parts, [2, 2, 6, 6]).map((p) => p.index),
      [0],
    );
    // Closer to the border, the widened view meets the neighbour too.
    assert.deepEqual(
      countriesInView(parts, [7, 2, 9, 4]).map((p) => p.index),
      [0, 2],
    );
    // Without widening, a view that ends before the border leaves the neighbour out.
    assert.deepEqual(
      countriesInView(parts, [7, 2, 9, 4], 0).map((p) => p.index),
      [0],
    );
    assert.deepEqual(
      countriesInView(parts, [99, 49, 102, 52]).map((p) => p.index),
      [1],
    );
  });
});
