import type { Actor, Resource, RuleSet } from './types.ts';

const nobodyButSecretariat = () => false;
/** A focal point acting for its own country (the resource's country). */
const ownCountry = (actor: Actor, r: Resource) =>
  actor.role === 'focal_point' && !!actor.countryIso3 && actor.countryIso3 === r.countryIso3;

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
  /** Upload a version of a country's national statistics: its focal point (or the secretariat). */
  'sand.submission.create': ownCountry,
  /** See a country's submitted versions, pending or decided. */
  'sand.submission.read': ownCountry,
  /** Approve a pending version (its figures become official) or reject it with a reason. */
  'sand.submission.decide': nobodyButSecretariat,
  /** Record, correct or remove a sourced entry of the governance tracker. */
  'sand.governance.edit': nobodyButSecretariat,
};
