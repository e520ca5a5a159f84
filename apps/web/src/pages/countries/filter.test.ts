import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Country } from '../../api/types.ts';
import { filterCountries } from './filter.ts';

function country(iso3: string, en: string, fr: string, group: Country['unGroup'], unMember = true): Country {
  return {
    iso3,
    iso2: iso3.slice(0, 2),
    m49: String(iso3.charCodeAt(0)).padStart(3, '0'),
    name: { ar: en, zh: en, en, fr, ru: en, es: en },
    unMember,
    unGroup: group,
  };
}

const countries = [
  country('CIV', "Côte d'Ivoire", "Côte d'Ivoire", 'african'),
  country('EGY', 'Egypt', 'Égypte', 'african'),
  country('VAT', 'Holy See', 'Saint-Siège', null, false),
  country('FJI', 'Fiji', 'Fidji', 'asia_pacific'),
  country('DEU', 'Germany', 'Allemagne', 'western_european_others'),
];

describe('filterCountries', () => {
  it('finds names without accents, in any language, and ISO codes', () => {
    const names = (text: string) =>
      filterCountries(countries, { text, group: 'all', membership: 'all', lang: 'en' }).map((c) => c.iso3);
    assert.deepEqual(names('cote'), ['CIV']);
    assert.deepEqual(names('egypte'), ['EGY']);
    assert.deepEqual(names('fj'), ['FJI']);
  });

  it('filters by group, including the observers without group, and by membership', () => {
    const by = (group: 'african' | 'none', membership: 'all' | 'member' | 'observer') =>
      filterCountries(countries, { text: '', group, membership, lang: 'en' }).map((c) => c.iso3);
    assert.deepEqual(by('african', 'all'), ['CIV', 'EGY']);
    assert.deepEqual(by('none', 'observer'), ['VAT']);
    assert.deepEqual(by('none', 'member'), []);
  });

  it('sorts by the name in the UI language', () => {
    const order = (lang: 'en' | 'fr') =>
      filterCountries(countries, { text: '', group: 'all', membership: 'all', lang }).map((c) => c.iso3);
    assert.deepEqual(order('en'), ['CIV', 'EGY', 'FJI', 'DEU', 'VAT']);
    assert.deepEqual(order('fr'), ['DEU', 'CIV', 'EGY', 'FJI', 'VAT']);
  });
});
