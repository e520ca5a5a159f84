import type { LocalizedText } from '../i18n/languages.ts';

/** The five UN regional groups of Member States. */
export const UN_GROUPS = [
  'african',
  'asia_pacific',
  'eastern_european',
  'latin_american_caribbean',
  'western_european_others',
] as const;
export type UnGroup = (typeof UN_GROUPS)[number];

/** A UN Member State or observer State, as `GET /api/countries` returns it. */
export interface Country {
  iso3: string;
  iso2: string;
  /** UN M49 numeric code, three digits (also the world-atlas feature id). */
  m49: string;
  name: LocalizedText;
  unMember: boolean;
  unGroup: UnGroup | null;
}

export const ROLES = [
  'secretariat',
  'co_chair',
  'focal_point',
  'observer_contact',
  'operator',
  'reviewer',
] as const;
export type Role = (typeof ROLES)[number];

export interface SessionUser {
  id: string;
  email: string;
  role: Role;
  countryIso3: string | null;
  organisationId: string | null;
  companyId: string | null;
  displayName: string | null;
}

export interface Session {
  user: SessionUser | null;
  csrfToken: string | null;
}

/** One field-level issue of an RFC 9457 problem (`errors` extension). */
export interface FieldIssue {
  path: string;
  message: string;
}

/** RFC 9457 problem details, as the server answers every error. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  errors?: FieldIssue[];
}
