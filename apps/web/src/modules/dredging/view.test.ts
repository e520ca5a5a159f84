import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hexResolutionForZoom, viewQuery } from './view.ts';

test('viewQuery drops a month without a year and keeps extra parameters', () => {
  assert.equal(viewQuery({}), '');
  assert.equal(viewQuery({ month: '3' }), '');
  assert.equal(
    viewQuery({ year: '2025', month: '1' }, { resolution: '5' }),
    '?year=2025&month=1&resolution=5',
  );
  assert.equal(
    viewQuery({ dataset: 'demo-synthetic-v1', year: '2024' }),
    '?dataset=demo-synthetic-v1&year=2024',
  );
});

test('hexResolutionForZoom asks for coarser cells as the map zooms out, never outside 3–6', () => {
  const zooms = [-1, 0, 1, 2, 2.5, 3, 4, 5, 5.5, 6, 8, 12];
  const resolutions = zooms.map(hexResolutionForZoom);
  assert.deepEqual(resolutions, [3, 3, 3, 3, 4, 4, 5, 5, 6, 6, 6, 6]);
  for (let i = 1; i < resolutions.length; i++) assert.ok(resolutions[i] >= resolutions[i - 1]);
});
