import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { sharedDataFile } from '@strata/core';
import { parseUsgsAggregates } from './usgs.ts';

const HEAD =
  'Table Number,Year,State Coverage,Region,Division,Commodity,Data Description,Quantity,Total Value,Unit Value,Sort Index';

test('USGS table: the national total of construction aggregates per year, other rows ignored', () => {
  const text = [
    HEAD,
    '1,2019,United States,N/A,N/A,"Stone, crushed",National total or average,"1,500",$1,$1,1',
    '1,2019,United States,N/A,N/A,"Aggregates, construction",National total or average,"2,390,000,000",$1,$1,3',
    '2,2019,Texas,South,W,"Aggregates, construction",State,"9",$1,$1,3',
    '1,2018,United States,N/A,N/A,"Aggregates, construction",National total or average,"W",$1,$1,3',
  ].join('\n');
  assert.deepEqual(parseUsgsAggregates(text), {
    years: [{ year: 2019, tonnes: 2_390_000_000 }],
    rejected: [{ line: 5, message: 'year "2018", quantity "W" is not a national total' }],
  });
  assert.equal(parseUsgsAggregates('Year,Quantity\n').rejected[0]?.line, 1);
});

test('USGS file: 24 national totals, 2000–2023, none rejected', async (t) => {
  const file = sharedDataFile('sand/usgs-aggregates-by-state-1971-2023.csv');
  if (!file) return t.skip('shared USGS file absent');
  const { years, rejected } = parseUsgsAggregates(readFileSync(file, 'utf8'));
  assert.deepEqual(rejected, []);
  // grep -c '^1,.*United States.*Aggregates, construction' counts 24 rows.
  assert.equal(years.length, 24);
  assert.deepEqual([years[0]?.year, years.at(-1)?.year], [2000, 2023]);
});
