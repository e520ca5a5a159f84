import type { AuditReadRules } from './audit-read.ts';
import type { Actor, Resource, RuleSet } from './types.ts';

const nobodyButSecretariat = () => false;
/** An operator account acting for the company that operates the facility. */
const ownCompany = (actor: Actor, r: Resource) =>
  actor.role === 'operator' && !!actor.companyId && actor.companyId === r.companyId;
/** A focal point acting as (or for) the national regulator of the facility's country. */
const ownCountry = (actor: Actor, r: Resource) =>
  actor.role === 'focal_point' && !!actor.countryIso3 && actor.countryIso3 === r.countryIso3;
const reviewer = (actor: Actor) => actor.role === 'reviewer';

/**
 * Who may do what in the tailings module. Each action is named `tailings.<entity>.<verb>`.
 * Operators disclose for their own company's facilities; the secretariat publishes or returns
 * disclosures; independent reviewers and the national regulator (the country's focal point) record
 * reviews, audits and findings; the secretariat curates imports, the GISTM requirement list, the
 * resources library and the knowledge-gaps register. Published data is public (no rule needed to read).
 */
export const tailingsRules: RuleSet = {
  /** Bulk import from a registry file (SIGBM, CSV/GeoJSON with a mapping, GTP JSON). */
  'tailings.facility.import': nobodyButSecretariat,
  /** Link a facility to the operating company whose accounts may disclose for it. */
  'tailings.facility.assign_company': nobodyButSecretariat,
  /** Submit or update a disclosure for a facility of the operator's own company. */
  'tailings.disclosure.submit': ownCompany,
  /** See unpublished disclosures: the submitting company and the facility country's regulator. */
  'tailings.disclosure.read': (actor, r) => ownCompany(actor, r) || ownCountry(actor, r),
  /** Publish a disclosure, or return it to the operator with comments. */
  'tailings.disclosure.review': nobodyButSecretariat,
  /** Record an independent review or audit (with findings) of a facility. */
  'tailings.review.create': (actor, r) => reviewer(actor) || ownCountry(actor, r),
  /** Close or reopen a finding of a review or audit. */
  'tailings.finding.update': (actor, r) => reviewer(actor) || ownCountry(actor, r),
  /** Answer the GISTM self-assessment of a facility. */
  'tailings.self_assessment.update': ownCompany,
  /** Edit the GISTM requirement list (stored as data). */
  'tailings.requirement.update': nobodyButSecretariat,
  /** Add to the library of best practice and training resources. */
  'tailings.resource.create': nobodyButSecretariat,
  /** Add to or update the knowledge-gaps register. */
  'tailings.gap.create': nobodyButSecretariat,
  /** The national regulator's view: a country's overdue reviews and open findings. */
  'tailings.regulator.read': (actor, r) => ownCountry(actor, r) || actor.role === 'co_chair',
  /** Import the historical failures list from a user-supplied copy. */
  'tailings.failure.import': nobodyButSecretariat,
};

/**
 * Who reads the tailings module's audit rows besides the secretariat. A disclosure is public once
 * published, so the row that publishes it may be read by any reader of the audit log; its submission
 * and a return to the operator stay hidden (the disclosure routes show pending ones only to the
 * submitting company and the regulator, who do not read the audit log).
 */
export const tailingsAuditReads: AuditReadRules = {
  tailings_disclosure: (_actor, row) => {
    const after = row.after as { status?: unknown } | null;
    return row.action === 'tailings.disclosure.review' && after?.status === 'published'
      ? { before: row.before, after: row.after }
      : null;
  },
};
