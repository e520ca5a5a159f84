import { createRequire } from 'node:module';
import { LANGUAGES, type Language, type LocalizedText } from './languages.ts';
import type { Country, UnGroup } from './un.ts';

export { type Country, UN_GROUPS, type UnGroup } from './un.ts';

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
 * Short names as the UN uses them, where the ISO-based package differs (UN Protocol and Liaison Service,
 * "Member States" list and UNTERM).
 */
const NAME_OVERRIDES: Record<string, Partial<LocalizedText>> = {
  VAT: {
    en: 'Holy See',
    fr: 'Saint-Siège',
    es: 'Santa Sede',
    ru: 'Святой Престол',
    zh: '教廷',
    ar: 'الكرسي الرسولي',
  },
  PSE: {
    en: 'State of Palestine',
    fr: 'État de Palestine',
    es: 'Estado de Palestina',
    ru: 'Государство Палестина',
    zh: '巴勒斯坦国',
    ar: 'دولة فلسطين',
  },
  TUR: { en: 'Türkiye', fr: 'Türkiye', es: 'Türkiye' },
  CIV: { en: "Côte d'Ivoire" },
  CZE: { en: 'Czechia' },
  SWZ: { en: 'Eswatini' },
  MKD: { en: 'North Macedonia' },
  FSM: { en: 'Micronesia (Federated States of)' },
  KOR: { en: 'Republic of Korea' },
  PRK: { en: "Democratic People's Republic of Korea" },
  LAO: { en: "Lao People's Democratic Republic" },
  MDA: { en: 'Republic of Moldova' },
  TZA: { en: 'United Republic of Tanzania' },
  VNM: { en: 'Viet Nam' },
  BOL: { en: 'Bolivia (Plurinational State of)' },
  VEN: { en: 'Venezuela (Bolivarian Republic of)' },
  IRN: { en: 'Iran (Islamic Republic of)' },
  SYR: { en: 'Syrian Arab Republic' },
  RUS: { en: 'Russian Federation' },
  GBR: { en: 'United Kingdom of Great Britain and Northern Ireland' },
  USA: { en: 'United States of America' },
  COD: { en: 'Democratic Republic of the Congo' },
  COG: { en: 'Congo' },
  BRN: { en: 'Brunei Darussalam' },
  CPV: { en: 'Cabo Verde' },
  NLD: { en: 'Netherlands (Kingdom of the)' },
};

function loadIsoNames(): IsoCountries {
  const iso = require('i18n-iso-countries') as IsoCountries;
  for (const lang of LANGUAGES) iso.registerLocale(require(`i18n-iso-countries/langs/${lang}.json`));
  return iso;
}

function nameOf(iso: IsoCountries, c: WorldCountry): LocalizedText {
  const override = NAME_OVERRIDES[c.cca3] ?? {};
  const out = {} as LocalizedText;
  for (const lang of LANGUAGES) {
    out[lang] =
      override[lang] ?? iso.getName(c.cca2, lang as Language, { select: 'official' }) ?? c.name.common;
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
