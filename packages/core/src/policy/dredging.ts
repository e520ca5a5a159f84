import type { Actor, Resource, RuleSet } from './types.ts';

/** Only the secretariat (which may do everything) passes. */
const secretariatOnly = () => false;
/** The account that brought the dataset or queued the job. */
const owner = (actor: Actor, r: Resource) => !!r.ownerUserId && actor.userId === r.ownerUserId;

/**
 * Who may do what in the dredging module. Each action is named `dredging.<entity>.<verb>`.
 * The dredging figures are published data: reading a published dataset needs no action. Loading or
 * deleting a dataset for the platform changes what it publishes for every country, so it is the
 * secretariat's alone. Any signed-in researcher may bring their own AIS file: it becomes a private
 * dataset that only they (and the secretariat) see until they publish it.
 */
export const dredgingRules: RuleSet = {
  'dredging.dataset.import': secretariatOnly,
  'dredging.dataset.delete': secretariatOnly,
  /** Upload an AIS file to be analysed in the background. */
  'dredging.upload.create': () => true,
  /** See an upload job and its progress. */
  'dredging.upload.read': owner,
  /** See a dataset that is not published yet. */
  'dredging.dataset.read_private': owner,
  /** Publish a dataset one brought. */
  'dredging.dataset.publish': owner,
};
