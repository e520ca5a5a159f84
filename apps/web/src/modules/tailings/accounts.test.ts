import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Company } from '@strata/server/api-types';
import { generatePassword, matchCompanies } from './accounts.ts';

const company = (name: string): Company => ({
  id: name,
  name,
  country_iso3: null,
  created_at: '2025-01-01T00:00:00Z',
});

test('matchCompanies finds every typed word, ignoring case and accents, sorted by name', () => {
  const list = ['Vale S.A.', 'Mineração Serra Azul', 'Azul Metals', 'Serra Verde'].map(company);
  assert.deepEqual(
    matchCompanies(list, 'AZUL').map((c) => c.name),
    ['Azul Metals', 'Mineração Serra Azul'],
  );
  assert.deepEqual(
    matchCompanies(list, ' serra   mineracao ').map((c) => c.name),
    ['Mineração Serra Azul'],
  );
  assert.equal(matchCompanies(list, '').length, 4, 'an empty search lists them all');
  assert.deepEqual(matchCompanies(list, 'gold'), []);
});

test('generatePassword gives 20 unambiguous letters and digits, different each time', () => {
  const passwords = Array.from({ length: 200 }, () => generatePassword());
  for (const p of passwords) assert.match(p, /^[a-km-zA-HJ-NP-Z2-9]{20}$/);
  assert.equal(new Set(passwords).size, passwords.length);
  // Every letter of the alphabet turns up over 4,000 draws: the rejection sampling drops none.
  assert.equal(new Set(passwords.join('')).size, 57);
  assert.equal(generatePassword(32).length, 32);
});
