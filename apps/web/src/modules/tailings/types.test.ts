import assert from 'node:assert/strict';
import { test } from 'node:test';
import { emptyFacility, exposureScore, hazardScore } from '@strata/tailings';
import { FACTOR_KEYS, filterQuery, sequentialColour } from './types.ts';

test('filterQuery keeps only the filters that are set', () => {
  assert.equal(filterQuery({ country: 'BRA', status: '', class: 'high' }), '?country=BRA&class=high');
  assert.equal(filterQuery({ country: '' }), '');
});

test('sequentialColour darkens with the share and stays in range', () => {
  assert.equal(sequentialColour(0), '#fee8c8');
  assert.equal(sequentialColour(1), '#b30000');
  assert.equal(sequentialColour(-3), '#fee8c8');
});

test('every score factor the API names has a translated label', () => {
  const f = emptyFacility('t', '1', 'x', 'BRA', {
    source: 's',
    sourceUrl: null,
    licence: 'l',
    retrieved: 'r',
    method: 'm',
  });
  const factors = [...hazardScore(f, new Date()).components, ...exposureScore(f).components].map(
    (c) => c.factor,
  );
  assert.deepEqual(
    factors.filter((x) => !(x in FACTOR_KEYS)),
    [],
  );
});
