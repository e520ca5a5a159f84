import assert from 'node:assert/strict';
import { test } from 'node:test';
import { viewQuery } from './view.ts';

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
