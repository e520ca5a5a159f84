import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { sharedDataFile } from '@strata/core';
import { parseIrpLine } from './irp.ts';

test('IRP line: A.3.8.2 rows parse, other codes are skipped, bad rows carry their line number', () => {
  assert.deepEqual(parseIrpLine('ABW533;A.3.8.2;2019;t;1200.5', 2), {
    iso3: 'ABW',
    year: 2019,
    tonnes: 1200.5,
  });
  assert.equal(parseIrpLine('ABW533;A.3.2.3;1988;t;39149.12', 3), null);
  assert.deepEqual(parseIrpLine('ABW533;A.3.8.2;2019;kt;5', 7), { line: 7, message: 'unit "kt" is not t' });
  assert.equal((parseIrpLine('ABW533;A.3.8.2;2019;t;-1', 9) as { line: number }).line, 9);
});

test('IRP file: every A.3.8.2 row of the shared export parses without a reject', async (t) => {
  const file = sharedDataFile('sand/irp-gmfd-domestic-extraction-ccc-2022-12-20.csv');
  if (!file) return t.skip('shared IRP file absent');
  const lines = readFileSync(file, 'utf8').split(/\r?\n/).slice(1).filter(Boolean);
  const parsed = lines.map((l, i) => parseIrpLine(l, i + 2)).filter((r) => r !== null);
  // grep -c 'A.3.8.2' on the file counts 9166 lines.
  assert.equal(parsed.length, 9166);
  assert.deepEqual(
    parsed.filter((r) => 'message' in r),
    [],
  );
});
