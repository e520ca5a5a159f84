import type { Country } from '../../api/types.ts';
import type { Language } from '../../i18n/languages.ts';
import type { GroupKey } from './groups.ts';

export type MembershipFilter = 'all' | 'member' | 'observer';

export interface CountryFilter {
  /** Matches any of the six names, ISO codes or M49, ignoring case and accents. */
  text: string;
  group: GroupKey | 'all';
  membership: MembershipFilter;
  /** Sort order: by name in this language. */
  lang: Language;
}

/** Lower case without diacritics, so "cote" finds "Côte d’Ivoire". */
function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}

/** The countries matching the filter, sorted by name in the UI language. */
export function filterCountries(countries: readonly Country[], filter: CountryFilter): Country[] {
  const needle = fold(filter.text.trim());
  const collator = new Intl.Collator(filter.lang);
  return countries
    .filter((c) => {
      if (filter.group !== 'all' && (c.unGroup ?? 'none') !== filter.group) return false;
      if (filter.membership === 'member' && !c.unMember) return false;
      if (filter.membership === 'observer' && c.unMember) return false;
      if (!needle) return true;
      const haystack = [c.iso3, c.iso2, c.m49, ...Object.values(c.name)];
      return haystack.some((value) => fold(value).includes(needle));
    })
    .sort((a, b) => collator.compare(a.name[filter.lang], b.name[filter.lang]));
}
