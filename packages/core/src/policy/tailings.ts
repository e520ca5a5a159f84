import type { RuleSet } from './types.ts';

/** Who may do what in the tailings module. Each action is named `tailings.<entity>.<verb>`. */
export const tailingsRules: RuleSet = {};
