import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Feature, FeatureCollection } from 'geojson';
import { pointsExtent } from './extent.ts';

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
