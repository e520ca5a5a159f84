/**
 * The part of `@strata/core` that runs in a browser (no Node built-ins): languages, UN groups, roles,
 * the shape of a country and of a field error. The web app imports from `@strata/core/browser`.
 */
export type { FieldIssue } from './errors.ts';
export * from './languages.ts';
export type { Actor, Role } from './policy/types.ts';
export { ROLES } from './policy/types.ts';
export * from './tabular/index.ts';
export * from './un.ts';
