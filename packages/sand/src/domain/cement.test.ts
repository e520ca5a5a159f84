import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseCementCsv } from './cement.ts';
import { CEMENT_FACTORS } from './parameters.ts';

test('cement table: thousand tonnes become tonnes, then the factor band; old years, blanks and zeros left out', () => {
  const text = '"Year","FRA","YEMEN","DEU"\n1969,5,,\n2019,16000,3,0\n2020,,,x\nabc,1,,\n';
  const batch = parseCementCsv(text);
  assert.deepEqual(batch.skippedColumns, ['YEMEN']);
  // 16,000 kt = 16,000,000 t; × 5.26 / 6.5 / 10
  assert.deepEqual(batch.rows, [
    {
      iso3: 'FRA',
      year: 2019,
      cementT: 16_000_000,
      band: {
        low: 16_000_000 * CEMENT_FACTORS.low,
        central: 16_000_000 * CEMENT_FACTORS.central,
        high: 16_000_000 * CEMENT_FACTORS.high,
      },
    },
  ]);
  assert.deepEqual(batch.rejected, [
    { line: 4, message: 'DEU: value "x" is not a non-negative number' },
    { line: 5, message: 'year "abc" is not a year' },
  ]);
});

test('cement table: a file without the Year column is refused at line 1', () => {
  assert.deepEqual(parseCementCsv('"Country","FRA"\n2019,1\n').rejected, [
    { line: 1, message: 'the first column must be "Year"' },
  ]);
});
