import type { RuleSet } from './types.ts';

/** Who may do what in the instruments module. Each action is named `instruments.<entity>.<verb>`. */
export const instrumentsRules: RuleSet = {};
