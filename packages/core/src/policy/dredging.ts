import type { RuleSet } from './types.ts';

/** Only the secretariat (which may do everything) passes. */
const secretariatOnly = () => false;

/**
 * Who may do what in the dredging module. Each action is named `dredging.<entity>.<verb>`.
 * The dredging figures are published data: reading needs no action. Loading or deleting an analysed
 * dataset changes what the platform publishes for every country, so it is the secretariat's alone.
 */
export const dredgingRules: RuleSet = {
  'dredging.dataset.import': secretariatOnly,
  'dredging.dataset.delete': secretariatOnly,
};
