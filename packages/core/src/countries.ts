import { createRequire } from 'node:module';
import { LANGUAGES, type Language, type LocalizedText } from './languages.ts';
import type { Country, M49Region, UnGroup } from './un.ts';

export { type Country, M49_REGIONS, type M49Region, UN_GROUPS, type UnGroup } from './un.ts';

interface WorldCountry {
  cca2: string;
  cca3: string;
  ccn3: string;
  unMember: boolean;
  unRegionalGroup: string;
  name: { common: string };
}
interface IsoCountries {
  registerLocale(locale: unknown): void;
  getName(code: string, lang: string, options?: { select: 'official' | 'alias' | 'all' }): string | undefined;
}

const require = createRequire(import.meta.url);

const GROUP_BY_WORLD_COUNTRIES_NAME: Record<string, UnGroup> = {
  'African Group': 'african',
  'Asia and the Pacific Group': 'asia_pacific',
  'Eastern European Group': 'eastern_european',
  'Latin American and Caribbean Group': 'latin_american_caribbean',
  'Western European and Others Group': 'western_european_others',
};

/** The two non-member observer States (UN General Assembly). */
export const OBSERVER_STATES = ['VAT', 'PSE'] as const;

/**
 * Known errors of `world-countries`, fixed explicitly (each has a test):
 * - it marks the Holy See (VAT) as a UN member; it is a non-member observer State.
 */
const MEMBERSHIP_OVERRIDES: Record<string, boolean> = { VAT: false };

/**
 * The UN's short names in the six official languages: UNTERM (UN Protocol and Liaison Service), compiled
 * with the UN Statistics Division's M49 names by datasets/country-codes (ODC-PDDL); see the file's
 * `source`, `method` and `corrections`. Every State Strata lists has an entry (a test checks it).
 */
interface UnNames {
  source: string;
  licence: string;
  retrieved: string;
  method: string;
  names: Record<string, LocalizedText & { from?: 'm49' }>;
}
export const UN_COUNTRY_NAMES = require('../data/un-country-names.json') as UnNames;

/** Each State's M49 region (UN Statistics Division), with the file's source and licence. */
export const M49_REGION_OF = require('../data/m49-regions.json') as {
  source: string;
  licence: string;
  retrieved: string;
  countries: Record<string, M49Region>;
};

function loadIsoNames(): IsoCountries {
  const iso = require('i18n-iso-countries') as IsoCountries;
  for (const lang of LANGUAGES) iso.registerLocale(require(`i18n-iso-countries/langs/${lang}.json`));
  return iso;
}

/** The UN's short name in each language; the ISO-based package only where the UN file has none. */
function nameOf(iso: IsoCountries, c: WorldCountry): LocalizedText {
  const un = UN_COUNTRY_NAMES.names[c.cca3];
  const out = {} as LocalizedText;
  for (const lang of LANGUAGES) {
    out[lang] =
      un?.[lang] || (iso.getName(c.cca2, lang as Language, { select: 'official' }) ?? c.name.common);
  }
  return out;
}

function buildCountries(): Country[] {
  const world = require('world-countries') as WorldCountry[];
  const iso = loadIsoNames();
  const result: Country[] = [];
  for (const c of world) {
    const observer = (OBSERVER_STATES as readonly string[]).includes(c.cca3);
    const unMember = MEMBERSHIP_OVERRIDES[c.cca3] ?? c.unMember;
    if (!unMember && !observer) continue;
    result.push({
      iso3: c.cca3,
      iso2: c.cca2,
      m49: c.ccn3.padStart(3, '0'),
      name: nameOf(iso, c),
      unMember,
      unGroup: unMember ? (GROUP_BY_WORLD_COUNTRIES_NAME[c.unRegionalGroup] ?? null) : null,
      m49Region: M49_REGION_OF.countries[c.cca3] ?? null,
    });
  }
  return result.sort((a, b) => a.name.en.localeCompare(b.name.en, 'en'));
}

/** All 193 UN Member States and the 2 observer States, sorted by English name. */
export const COUNTRIES: readonly Country[] = buildCountries();

const BY_ISO3 = new Map(COUNTRIES.map((c) => [c.iso3, c]));
const BY_ISO2 = new Map(COUNTRIES.map((c) => [c.iso2, c]));

/** The country with this ISO alpha-3 (or alpha-2) code, case-insensitive; undefined if none. */
export function findCountry(code: string): Country | undefined {
  const upper = code.trim().toUpperCase();
  return upper.length === 2 ? BY_ISO2.get(upper) : BY_ISO3.get(upper);
}
