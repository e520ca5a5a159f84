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

/** The five M49 regions (UN Statistics Division), by their M49 code. */
export const M49_REGIONS = ['002', '019', '142', '150', '009'] as const;
export type M49Region = (typeof M49_REGIONS)[number];

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
  /** M49 region (Africa 002, Americas 019, Asia 142, Europe 150, Oceania 009); null for fictional States. */
  m49Region?: M49Region | null;
  /** A fictional State of the demonstration data (see FICTIONAL_STATES); absent for real States. */
  fictional?: true;
}
