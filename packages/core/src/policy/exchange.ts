import type { Actor, Resource, RuleSet } from './types.ts';

const nobodyButSecretariat = () => false;
/** A focal point acting for its own country (the resource's country). */
const ownCountry = (actor: Actor, r: Resource) =>
  actor.role === 'focal_point' && !!actor.countryIso3 && actor.countryIso3 === r.countryIso3;
/** An observer contact acting for its own organisation. */
const ownOrganisation = (actor: Actor, r: Resource) =>
  actor.role === 'observer_contact' && !!actor.organisationId && actor.organisationId === r.organisationId;
/** An observer contact invited into the space (the service sets `status: 'member'` when so). */
const invitedObserver = (actor: Actor, r: Resource) =>
  actor.role === 'observer_contact' && r.status === 'member';
const author = (actor: Actor, r: Resource) => !!r.ownerUserId && actor.userId === r.ownerUserId;

/**
 * Who may do what in knowledge exchange. Each action is named `exchange.<entity>.<verb>`. Focal points
 * write in their own country's name only; observers write where invited and offer support for their
 * organisation; the secretariat moderates, reviews cases before publication and merges duplicates.
 * The public reads public spaces and published cases (no rule needed to read those).
 */
export const exchangeRules: RuleSet = {
  'exchange.space.create': nobodyButSecretariat,
  /** Invite an observer into a space. */
  'exchange.space.invite': nobodyButSecretariat,
  /** Follow (or stop following) a space one reads: any signed-in account; the service checks reading. */
  'exchange.space.follow': () => true,
  /** Read members-only spaces (focal points, invited observers). */
  'exchange.space.read_members': (actor, r) => actor.role === 'focal_point' || invitedObserver(actor, r),
  /** Open a thread or reply, in the name of one's country, or as an invited observer. */
  'exchange.thread.create': (actor, r) => ownCountry(actor, r) || invitedObserver(actor, r),
  'exchange.reply.create': (actor, r) => ownCountry(actor, r) || invitedObserver(actor, r),
  /** Accept an answer to a question: the question's author. */
  'exchange.thread.accept_answer': author,
  /** Hide, lock, move or merge threads and replies, with a reason kept. */
  'exchange.thread.moderate': nobodyButSecretariat,
  /** Record a good-practice case of one's country, or add a version to it. */
  'exchange.case.create': ownCountry,
  'exchange.case.version': ownCountry,
  /** See a case before publication: its country's focal point. */
  'exchange.case.read_unpublished': ownCountry,
  /** Contacts of cases: focal points (the public never sees them). */
  'exchange.case.read_contacts': (actor) => actor.role === 'focal_point',
  /** Publish or return a case after review. */
  'exchange.case.review': nobodyButSecretariat,
  /** Record a need of one's country. */
  'exchange.need.create': ownCountry,
  /** Record an offer for one's country or one's organisation. */
  'exchange.offer.create': (actor, r) => ownCountry(actor, r) || ownOrganisation(actor, r),
  /** Move a match on, with a note: the needing country or the offering country or organisation. */
  'exchange.match.update': (actor, r) => ownCountry(actor, r) || ownOrganisation(actor, r),
  /** Attach a file to a thread, reply or case: its author or a focal point of its country. */
  'exchange.attachment.create': (actor, r) => author(actor, r) || ownCountry(actor, r),
  /** Remove every record marked demo (spaces, threads, cases, needs, offers, matches, files). */
  'exchange.demo.remove': nobodyButSecretariat,
  /** Merge duplicates, keeping both histories. */
  'exchange.duplicate.merge': nobodyButSecretariat,
};
