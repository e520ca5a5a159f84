import assert from 'node:assert/strict';
import { test } from 'node:test';
import { coverageHeatMap } from '@strata/instruments';
import { formatHeatMap } from './instruments.ts';

test('heat map table: requirements over graded instruments per cell, binding requirements starred', () => {
  // One binding instrument with a requirement on water × extraction, graded nowhere else.
  const column = new Int8Array(96).fill(-1);
  column[1] = 2; // water (row 0) × extraction (column 1)
  const text = formatHeatMap(coverageHeatMap([{ id: 't', binding: true }], new Map([['t', column]])));
  const water = text.split('\n').find((l) => l.startsWith('water'));
  assert.ok(water);
  // exploration 0/0, extraction 1/1*, then 0/0 for the six other stages
  assert.deepEqual(water.split(/\s+/).slice(1), ['0/0', '1/1*', '0/0', '0/0', '0/0', '0/0', '0/0', '0/0']);
});
