import assert from 'node:assert/strict';
import { test } from 'node:test';
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
