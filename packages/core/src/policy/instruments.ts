import type { Actor, RuleSet } from './types.ts';

const nobodyButSecretariat = () => false;
const reviewer = (actor: Actor) => actor.role === 'reviewer';

/**
 * Who may do what in the global assessment of instruments and standards. Each action is named
 * `instruments.<entity>.<verb>`. The public reads everything published (no rule needed to read);
 * independent reviewers grade cells of the matrix and confirm provisional grades; the secretariat edits
 * the facts of the catalogue, imports parties lists, links instruments and publishes.
 */
export const instrumentsRules: RuleSet = {
  /** Add an instrument to the catalogue. */
  'instruments.instrument.create': nobodyButSecretariat,
  /** Edit an instrument's facts and their sources (a new version is recorded). */
  'instruments.instrument.update': nobodyButSecretariat,
  /** Publish or withdraw an instrument (only published ones enter the analyses). */
  'instruments.instrument.publish': nobodyButSecretariat,
  /** Grade or regrade a cell of the matrix, citing the clause (the grade becomes provisional). */
  'instruments.cell.grade': reviewer,
  /** Confirm a provisional grade. */
  'instruments.cell.confirm': reviewer,
  /** Import parties lists (CSV template). */
  'instruments.party.import': nobodyButSecretariat,
  /** Link an instrument to a proposal, a cluster, a GISTM requirement or a practice. */
  'instruments.link.create': nobodyButSecretariat,
};
