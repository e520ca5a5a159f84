import {
  type Actor,
  authorize,
  ConflictError,
  isUuid,
  NotFoundError,
  newId,
  ValidationError,
} from '@strata/core';
import type { FacilityProvenance } from '../domain/facility.ts';
import {
  applyDisclosure,
  compareDisclosure,
  type DisclosedField,
  type DisclosurePatch,
  diffRecords,
} from '../domain/history.ts';
import type { Disclosure, DisclosureFilter } from '../repository/disclosure-repository.ts';
import type { TailingsWork } from '../repository/index.ts';
import { deriveValues } from './derive.ts';
import { requireFacility } from './lookup.ts';

/**
 * A disclosure as the workflow shows it: each disclosed field beside the facility's value now, so a reviewer
 * reads what would change (while pending, `current` is the value the disclosure would replace).
 */
export interface DisclosureView extends Omit<Disclosure, 'current'> {
  fields: DisclosedField[];
}

function viewOf({ current, ...d }: Disclosure): DisclosureView {
  return { ...d, fields: compareDisclosure(current, d.changes) };
}

/** The disclosure workflow: company links, operators' disclosures and the secretariat's decisions. */
export class DisclosureService {
  constructor(
    private readonly work: TailingsWork,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Links a facility to the company whose operator accounts disclose for it (secretariat). */
  async assignCompany(actor: Actor | null, facilityId: string, companyId: string | null): Promise<void> {
    const facility = await requireFacility(this.work.read, facilityId);
    authorize(actor, 'tailings.facility.assign_company', { countryIso3: facility.countryIso3 });
    await this.work.run(async ({ facilities }, tx) => {
      await facilities.setCompany(facilityId, companyId);
      await tx.audit({
        actor,
        action: 'tailings.facility.assign_company',
        entity: 'tailings_facility',
        entityId: facilityId,
        before: { companyId: facility.companyId },
        after: { companyId },
      });
    });
  }

  /** An operator submits (or updates) a disclosure for a facility of its company: pending until reviewed. */
  async submitDisclosure(
    actor: Actor | null,
    facilityId: string,
    changes: DisclosurePatch,
    note: string | null,
  ): Promise<DisclosureView> {
    const facility = await requireFacility(this.work.read, facilityId);
    authorize(actor, 'tailings.disclosure.submit', {
      companyId: facility.companyId,
      countryIso3: facility.countryIso3,
    });
    if (Object.keys(changes).length === 0) {
      throw new ValidationError('The disclosure changes nothing.', [
        { path: 'changes', message: 'at least one field' },
      ]);
    }
    const id = newId();
    await this.work.run(async ({ disclosures }, tx) => {
      await disclosures.insert({
        id,
        facilityId,
        companyId: facility.companyId,
        changes,
        note,
        submittedBy: { userId: actor.userId, email: actor.email },
      });
      await tx.audit({
        actor,
        action: 'tailings.disclosure.submit',
        entity: 'tailings_disclosure',
        entityId: id,
        before: null,
        after: { facilityId, changes, note },
      });
    });
    return this.getDisclosure(actor, id);
  }

  /** One disclosure: published ones for everybody, pending ones for whom the policy allows. */
  async getDisclosure(actor: Actor | null, id: string): Promise<DisclosureView> {
    if (!isUuid(id)) throw new NotFoundError(`Disclosure ${id}`);
    const d = await this.work.read.disclosures.find(id);
    if (!d) throw new NotFoundError(`Disclosure ${id}`);
    if (d.status !== 'published') {
      authorize(actor, 'tailings.disclosure.read', { companyId: d.companyId, countryIso3: d.countryIso3 });
    }
    return viewOf(d);
  }

  /** Disclosures the actor may see: the secretariat all; an operator its company's; a regulator its country's. */
  async listDisclosures(actor: Actor | null, status?: string): Promise<DisclosureView[]> {
    return (await this.work.read.disclosures.list(visibleTo(actor, status))).map(viewOf);
  }

  /**
   * The secretariat publishes a submitted disclosure (the facility gets a new version with the disclosed
   * fields and their provenance) or returns it with comments.
   */
  async reviewDisclosure(
    actor: Actor | null,
    id: string,
    decision: 'publish' | 'return',
    comments: string | null,
  ): Promise<DisclosureView> {
    authorize(actor, 'tailings.disclosure.review');
    if (!isUuid(id)) throw new NotFoundError(`Disclosure ${id}`);
    if (decision === 'return' && !comments?.trim()) {
      throw new ValidationError('Say why the disclosure is returned.', [
        { path: 'comments', message: 'required when returning' },
      ]);
    }
    await this.work.run(async (repos, tx) => {
      const d = await repos.disclosures.find(id);
      if (!d) throw new NotFoundError(`Disclosure ${id}`);
      if (d.status !== 'submitted') throw new ConflictError(`The disclosure is ${d.status} already.`);
      const status = decision === 'publish' ? 'published' : 'returned';
      await repos.disclosures.decide(id, status, actor.userId, comments);
      if (decision === 'publish') {
        const f = await repos.facilities.find(d.facilityId);
        if (!f) throw new NotFoundError(`Facility ${d.facilityId}`);
        const provenance: FacilityProvenance = {
          source: `operator disclosure ${id}`,
          sourceUrl: null,
          licence: 'CC BY 4.0 (disclosed for publication on Strata)',
          retrieved: this.now().toISOString().slice(0, 10),
          method: 'disclosed by operator, published by the secretariat',
        };
        const record = applyDisclosure(f.record, d.changes, provenance);
        const changes = diffRecords(f.record, record);
        const version = f.version + 1;
        // The source hash stays: it describes the registry record, which the disclosure did not change.
        await repos.facilities.upsert([
          { id: f.id, version, record, derived: deriveValues(record, this.now()), sourceHash: f.sourceHash },
        ]);
        await repos.facilities.insertVersions([
          {
            facilityId: f.id,
            version,
            changes,
            reason: `disclosure published (${id})`,
            actorId: actor.userId,
            actorEmail: actor.email,
          },
        ]);
      }
      await tx.audit({
        actor,
        action: 'tailings.disclosure.review',
        entity: 'tailings_disclosure',
        entityId: id,
        before: { status: d.status },
        after: { status, comments },
      });
    });
    return this.getDisclosure(actor, id);
  }
}

/** Which disclosures an actor may list: the secretariat all; an operator its company's; a regulator its country's. */
function visibleTo(actor: Actor | null, status?: string): DisclosureFilter {
  if (actor?.role === 'secretariat') return { status };
  if (actor?.role === 'operator' && actor.companyId) return { status, companyId: actor.companyId };
  if (actor?.role === 'focal_point' && actor.countryIso3) return { status, country: actor.countryIso3 };
  return { status: 'published' };
}
