import type { RuleSet } from './types.ts';

const nobodyButSecretariat = () => false;

/**
 * Who may do what in the sand observatory. Each action is named `sand.<entity>.<verb>`.
 * The secretariat imports the source data sets (IRP, cement production) and records approved official
 * statistics; published figures are public (no rule needed to read).
 */
export const sandRules: RuleSet = {
  /** Import (replace) the figures of a source data set from its file. */
  'sand.source.import': nobodyButSecretariat,
  /** Record a country's official statistics once approved, as the strongest tier. */
  'sand.official.record': nobodyButSecretariat,
  /** Record, correct or remove a sourced entry of the governance tracker. */
  'sand.governance.edit': nobodyButSecretariat,
};
