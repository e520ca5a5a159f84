import type { FieldIssue, Role } from '@strata/core/browser';

export type { Country, FieldIssue, Role, UnGroup } from '@strata/core/browser';
/** Shared with the server: regional groups, the country shape, roles and field errors. */
export { ROLES, UN_GROUPS } from '@strata/core/browser';

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

/** RFC 9457 problem details, as the server answers every error. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  errors?: FieldIssue[];
}
