/**
 * The part of `@strata/tailings` that runs in a browser: the closed value lists and the disclosable
 * field list, from the pure domain (no Node built-ins, no database). The web app imports from
 * `@strata/tailings/browser`, so the lists exist once.
 */

export { CROSSWALKS, type Crosswalk } from './domain/classification.ts';
export { FACILITY_STATUSES, GISTM_CLASSES, RAISE_METHODS } from './domain/facility.ts';
export { SELF_ASSESSMENT_STATUSES } from './domain/gistm.ts';
export {
  GISTM_TEXT_SOURCES,
  type GistmTextSource,
  type PrincipleText,
  principleText,
} from './domain/gistm-texts.ts';
export { DISCLOSABLE_FIELDS } from './domain/history.ts';
export { reviewInterval } from './domain/review-interval.ts';
export { DEFAULT_RUNOUT_C, TOXICITY_CLASSES } from './domain/scores.ts';
export { type FacilitySort, formatFacilitySort, parseFacilitySort } from './domain/sort.ts';
