// How the tailings API writes values whose wire names predate the module's camelCase repositories: the
// change log, a facility's history and the GISTM requirement list keep the snake_case keys they have
// always had, so existing API clients are not broken. Downloads are presented in @strata/tailings.
import type { DisclosureView, FacilityService, OversightService } from '@strata/tailings';
import type { accountLabels } from '../../account-labels.ts';

type Change = Awaited<ReturnType<FacilityService['changeLog']>>[number];
type HistoryEntry = Awaited<ReturnType<FacilityService['facilityHistory']>>[number];
type Requirement = Awaited<ReturnType<OversightService['requirements']>>[number];
/** Who changed something, as the viewer may see it: a label for everyone, the e-mail for the secretariat. */
type Who = Awaited<ReturnType<typeof accountLabels>>;

/** One change-log entry as `GET /changes` has always written it. */
export function presentChange(c: Change) {
  return {
    facility_id: c.facilityId,
    name: c.name,
    country_iso3: c.countryIso3,
    version: c.version,
    reason: c.reason,
    changes: c.changes,
    at: c.at.toISOString(),
  };
}

/** One version of a facility as `GET /facilities/{id}/history` has always written it. */
export function presentHistoryEntry(h: HistoryEntry, who: Who) {
  return {
    version: h.version,
    changes: h.changes,
    reason: h.reason,
    actor_email: who.showEmails ? h.by : null,
    actor: who.label(h.byUserId),
    at: h.at.toISOString(),
  };
}

/** One version of a facility on its page: `by` is the e-mail for the secretariat, `byAccount` a label. */
export function presentPageHistoryEntry({ byUserId, ...h }: HistoryEntry, who: Who) {
  return { ...h, at: h.at.toISOString(), by: who.showEmails ? h.by : null, byAccount: who.label(byUserId) };
}

/** A disclosure: `submittedBy` is the e-mail for the secretariat, `submittedByAccount` a label. */
export function presentDisclosure({ submittedById, ...d }: DisclosureView, who: Who) {
  return {
    ...d,
    submittedBy: who.showEmails ? d.submittedBy : null,
    submittedByAccount: who.label(submittedById),
  };
}

/** One GISTM requirement as `GET /gistm/requirements` has always written it. */
export function presentRequirement(r: Requirement) {
  return { id: r.id, principle: r.principle, text: r.text, updated_at: r.updatedAt.toISOString() };
}
