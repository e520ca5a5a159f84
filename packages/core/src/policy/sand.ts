import type { RuleSet } from './types.ts';

/** Who may do what in the sand module. Each action is named `sand.<entity>.<verb>`. */
export const sandRules: RuleSet = {};
