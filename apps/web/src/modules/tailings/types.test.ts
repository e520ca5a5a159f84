import assert from 'node:assert/strict';
import { test } from 'node:test';
import { filterQuery, sequentialColour } from './types.ts';

test('filterQuery keeps only the filters that are set', () => {
  assert.equal(filterQuery({ country: 'BRA', status: '', class: 'high' }), '?country=BRA&class=high');
  assert.equal(filterQuery({ country: '' }), '');
});

test('sequentialColour darkens with the share and stays in range', () => {
  assert.equal(sequentialColour(0), '#fee8c8');
  assert.equal(sequentialColour(1), '#b30000');
  assert.equal(sequentialColour(-3), '#fee8c8');
});
