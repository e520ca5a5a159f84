import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { validateMapping } from '../src/domain/mapped.ts';

test('the example column-mapping file is valid', () => {
  const mapping = JSON.parse(
    readFileSync(new URL('./mapping-example.json', import.meta.url), 'utf8'),
  ) as unknown;
  assert.deepEqual(validateMapping(mapping).problems, []);
});
