import { type AuditReadRules, auditRowsFor, auditRowsWithout } from './audit-read.ts';
import type { Actor, Resource, RuleSet } from './types.ts';

const nobodyButSecretariat = () => false;
const coChair = (actor: Actor) => actor.role === 'co_chair';
/** A focal point acting for its own country (the resource's country). */
const ownCountry = (actor: Actor, r: Resource) =>
  actor.role === 'focal_point' && !!actor.countryIso3 && actor.countryIso3 === r.countryIso3;
/** An observer contact acting for its own organisation. */
const ownOrganisation = (actor: Actor, r: Resource) =>
  actor.role === 'observer_contact' && !!actor.organisationId && actor.organisationId === r.organisationId;

/**
 * Who may do what in the intergovernmental process hub. Each action is named `process.<entity>.<verb>`.
 * The secretariat may do everything (it records on a state's behalf, marked so); a state acts only
 * through its own focal point; observers through their organisation's contact; the co-chairs steer
 * proposals, amendments and prioritisation rounds.
 */
export const processRules: RuleSet = {
  'process.process.create': nobodyButSecretariat,
  'process.process.update': nobodyButSecretariat,
  /** Nominate or change a focal point of a country: the state's own account or the secretariat. */
  'process.focal_point.nominate': ownCountry,
  'process.focal_point.update': ownCountry,
  /** Contact details of focal points: the secretariat and the focal points of the process. */
  'process.focal_point.read_contacts': (actor) => actor.role === 'focal_point',
  'process.meeting.create': nobodyButSecretariat,
  'process.meeting.update': nobodyButSecretariat,
  'process.call.create': nobodyButSecretariat,
  'process.call.update': nobodyButSecretariat,
  /** Close a call before its deadline: no submission is accepted afterwards. */
  'process.call.close': nobodyButSecretariat,
  /** Submit to a call: a state through its focal point, an observer through its contact. */
  'process.submission.submit': (actor, r) => ownCountry(actor, r) || ownOrganisation(actor, r),
  /** See a submission before publication: its submitter, the co-chairs (and the secretariat). */
  'process.submission.read_unpublished': (actor, r) =>
    coChair(actor) || ownCountry(actor, r) || ownOrganisation(actor, r),
  /** Publish or reject from the clearing queue. */
  'process.submission.clear': nobodyButSecretariat,
  /** Withdraw a published submission (with a note): its submitter or the secretariat. */
  'process.submission.withdraw': (actor, r) => ownCountry(actor, r) || ownOrganisation(actor, r),
  'process.proposal.create': coChair,
  'process.proposal.version': coChair,
  'process.proposal.merge': coChair,
  'process.proposal.split': coChair,
  /** Propose an amendment: a state through its focal point. */
  'process.amendment.propose': ownCountry,
  /** Record the co-chairs' handling and accept or reject. */
  'process.amendment.handle': coChair,
  /** Record a state's position: only its focal point (the secretariat on its behalf, marked so). */
  'process.endorsement.record': ownCountry,
  'process.round.create': coChair,
  'process.round.close': coChair,
  /** Cast the state's one ballot: only its focal point (the secretariat on its behalf, marked so). */
  'process.ballot.cast': ownCountry,
  /** Read the state's own ballot while the round is open. */
  'process.ballot.read_own': ownCountry,
};

const coChairReads = auditRowsFor(coChair);

/**
 * Who reads the process hub's audit rows besides the secretariat: the co-chairs, who steer the process
 * and read its records through its routes. Focal points' contact details stay with those who may read
 * them. Ballots are written to the log sealed (a digest) until their round closes, then in full.
 */
export const processAuditReads: AuditReadRules = {
  process: coChairReads,
  process_meeting: coChairReads,
  process_meeting_document: coChairReads,
  process_call: coChairReads,
  process_submission: coChairReads,
  process_cluster: coChairReads,
  process_proposal: coChairReads,
  process_proposal_version: coChairReads,
  process_amendment: coChairReads,
  process_endorsement: coChairReads,
  process_round: coChairReads,
  process_ballot: coChairReads,
  process_focal_point: auditRowsWithout(
    coChair,
    ['email', 'phone'],
    (actor) => processRules['process.focal_point.read_contacts']?.(actor, {}) === true,
  ),
};
