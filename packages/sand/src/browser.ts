/**
 * The part of `@strata/sand` that runs in a browser: the method tiers, the band rules, the cement factors
 * and the sources, from the pure domain (no Node built-ins, no database). The methodology page is built
 * from these, so it shows the parameters the code uses.
 */
export type { Band } from './domain/band.ts';
export {
  GOVERNANCE_FIELDS,
  type GovernanceEntry,
  UNEP_RECOMMENDATIONS,
} from './domain/governance.ts';
export {
  CEMENT_FACTORS,
  CEMENT_SOURCE,
  FIRST_YEAR,
  INDICATORS,
  type Indicator,
  IRP_SOURCE,
  type SandSource,
  TIER_RELATIVE_BAND,
  USGS_AGGREGATES_SOURCE,
} from './domain/parameters.ts';
export {
  SUBMISSION_COLUMNS,
  SUBMISSION_HEADERS,
  type SubmissionColumn,
} from './domain/submission-headers.ts';
export { TIERS, type Tier } from './domain/tiers.ts';
export { GOVERNANCE_CSV_COLUMNS } from './presenters/governance-csv.ts';
