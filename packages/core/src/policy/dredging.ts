import type { RuleSet } from './types.ts';

/** Who may do what in the dredging module. Each action is named `dredging.<entity>.<verb>`. */
export const dredgingRules: RuleSet = {};
