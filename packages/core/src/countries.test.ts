import assert from 'node:assert/strict';
import { test } from 'node:test';
import { COUNTRIES, findCountry, UN_GROUPS } from './countries.ts';
import { LANGUAGES } from './languages.ts';

test('193 Member States and 2 observer States', () => {
  assert.equal(COUNTRIES.length, 195);
  assert.equal(COUNTRIES.filter((c) => c.unMember).length, 193);
  assert.deepEqual(
    COUNTRIES.filter((c) => !c.unMember)
      .map((c) => c.iso3)
      .sort(),
    ['PSE', 'VAT'],
  );
});

test('regional group sizes are 54/54/23/33/29', () => {
  const sizes = Object.fromEntries(
    UN_GROUPS.map((g) => [g, COUNTRIES.filter((c) => c.unGroup === g).length]),
  );
  assert.deepEqual(sizes, {
    african: 54,
    asia_pacific: 54,
    eastern_european: 23,
    latin_american_caribbean: 33,
    western_european_others: 29,
  });
});

test('override: the Holy See is an observer State, not a member, and in no group', () => {
  const vat = findCountry('VAT');
  assert.ok(vat);
  assert.equal(vat.unMember, false);
  assert.equal(vat.unGroup, null);
  assert.equal(vat.name.en, 'Holy See');
});

test('every country has distinct codes and a name in all six languages', () => {
  assert.equal(new Set(COUNTRIES.map((c) => c.iso3)).size, 195);
  assert.equal(new Set(COUNTRIES.map((c) => c.iso2)).size, 195);
  assert.equal(new Set(COUNTRIES.map((c) => c.m49)).size, 195);
  for (const c of COUNTRIES) {
    assert.match(c.m49, /^\d{3}$/);
    for (const lang of LANGUAGES) assert.ok(c.name[lang]?.length, `${c.iso3} lacks a ${lang} name`);
  }
  assert.equal(findCountry('fr')?.name.ar, 'فرنسا');
  assert.equal(findCountry('CHN')?.name.zh, '中国');
  assert.equal(findCountry('BRA')?.m49, '076');
});
