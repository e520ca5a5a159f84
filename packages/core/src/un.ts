import type { LocalizedText } from './languages.ts';

/** The five UN regional groups of Member States. */
export const UN_GROUPS = [
  'african',
  'asia_pacific',
  'eastern_european',
  'latin_american_caribbean',
  'western_european_others',
] as const;
export type UnGroup = (typeof UN_GROUPS)[number];

/** A UN Member State or observer State. */
export interface Country {
  iso3: string;
  iso2: string;
  /** UN M49 numeric code, three digits with leading zeros. */
  m49: string;
  name: LocalizedText;
  unMember: boolean;
  /** UN regional group; null for the observer States, which belong to none. */
  unGroup: UnGroup | null;
  /** A fictional State of the demonstration data (see FICTIONAL_STATES); absent for real States. */
  fictional?: true;
}
