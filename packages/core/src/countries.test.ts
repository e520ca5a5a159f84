import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  COUNTRIES,
  findCountry,
  M49_REGION_OF,
  M49_REGIONS,
  UN_COUNTRY_NAMES,
  UN_GROUPS,
} from './countries.ts';
import { FICTIONAL_STATES, findFictionalState } from './fictional-states.ts';
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

test('country names are the UN short names (UNTERM) in all six languages, with their source', () => {
  assert.match(UN_COUNTRY_NAMES.source, /UNTERM/);
  assert.match(UN_COUNTRY_NAMES.licence, /ODC-PDDL/);
  for (const c of COUNTRIES) {
    const un = UN_COUNTRY_NAMES.names[c.iso3];
    assert.ok(un, `${c.iso3} has no UN name`);
    for (const lang of LANGUAGES) assert.equal(c.name[lang], un[lang], `${c.iso3} ${lang}`);
  }
  // A sample per language where everyday (CLDR) names differ from the UN's.
  const name = (iso3: string) => findCountry(iso3)?.name;
  assert.equal(name('USA')?.ru, 'Соединенные Штаты Америки');
  assert.equal(name('GBR')?.ru, 'Соединенное Королевство Великобритании и Северной Ирландии');
  assert.equal(name('MDA')?.ru, 'Республика Молдова');
  assert.equal(name('GBR')?.zh, '大不列颠及北爱尔兰联合王国');
  assert.equal(name('KOR')?.zh, '大韩民国');
  assert.equal(name('SWZ')?.ar, 'إسواتيني');
  assert.equal(name('KOR')?.fr, 'République de Corée');
  assert.equal(name('RUS')?.fr, 'Fédération de Russie');
  assert.equal(name('BOL')?.es, 'Bolivia (Estado Plurinacional de)');
  assert.equal(name('GBR')?.en, 'United Kingdom of Great Britain and Northern Ireland');
  // No bracketed article or observer asterisk survives the cleaning.
  for (const c of COUNTRIES)
    for (const lang of LANGUAGES)
      assert.doesNotMatch(c.name[lang], /\((the|la|le|les|l'|el|los|las)\)$|\*$/, `${c.iso3} ${lang}`);
});

test('fictional demonstration States use codes no real State has and say they are fictional', () => {
  assert.equal(FICTIONAL_STATES.length, 10);
  for (const f of FICTIONAL_STATES) {
    assert.match(f.iso2, /^Q[M-Z]$/, 'ISO 3166-1 user-assigned alpha-2');
    assert.match(f.iso3, /^Q[M-Z][A-Z]$/, 'ISO 3166-1 user-assigned alpha-3');
    assert.ok(Number(f.m49) >= 900 && Number(f.m49) <= 999, 'user-assigned numeric');
    assert.equal(findCountry(f.iso3), undefined, 'never a real State');
    assert.equal(findFictionalState(f.iso3.toLowerCase()), f);
    for (const lang of LANGUAGES)
      assert.match(f.name[lang], /fictional|fictif|ficticio|Вымышленное|虚构|خيالية/i);
  }
  assert.ok(COUNTRIES.every((c) => !c.fictional && !findFictionalState(c.iso3)));
});

test('every State has its M49 region, with the file’s source', () => {
  assert.match(M49_REGION_OF.source, /M49/);
  const sizes: Record<string, number> = {};
  for (const c of COUNTRIES) {
    assert.ok(c.m49Region && M49_REGIONS.includes(c.m49Region), `${c.iso3} has no M49 region`);
    sizes[c.m49Region] = (sizes[c.m49Region] ?? 0) + 1;
  }
  assert.deepEqual(sizes, { '002': 54, '019': 35, '142': 48, '150': 44, '009': 14 });
  assert.equal(findCountry('BRA')?.m49Region, '019');
  assert.equal(findCountry('TUR')?.m49Region, '142');
});
