import type { FieldIssue } from '@strata/core/browser';

export type { Country, FieldIssue, Role, UnGroup } from '@strata/core/browser';
/** Shared with the server: regional groups, the country shape, roles and field errors. */
export { ROLES, UN_GROUPS } from '@strata/core/browser';

/** The signed-in account and its CSRF token, as `/api/auth/session` answers. */
export type { Session, SessionUser } from '@strata/server/api-types';

/** RFC 9457 problem details, as the server answers every error. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  errors?: FieldIssue[];
}
