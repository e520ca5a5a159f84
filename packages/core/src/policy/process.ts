import type { RuleSet } from './types.ts';

/** Who may do what in the process module. Each action is named `process.<entity>.<verb>`. */
export const processRules: RuleSet = {};
