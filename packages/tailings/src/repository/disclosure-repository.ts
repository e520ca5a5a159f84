import type { Executor } from '@strata/db';
import type { FacilityRecord } from '../domain/facility.ts';
import { type DisclosableField, type DisclosurePatch, disclosedValues } from '../domain/history.ts';

export type DisclosureStatus = 'submitted' | 'published' | 'returned';

/** An operator's disclosure for a facility, with the facility's name and country. */
export interface Disclosure {
  id: string;
  facilityId: string;
  facilityName: string;
  countryIso3: string;
  companyId: string | null;
  status: DisclosureStatus;
  changes: DisclosurePatch;
  /** The facility's values now of the fields the disclosure names (null where the registry has none). */
  current: Partial<Record<DisclosableField, unknown>>;
  note: string | null;
  comments: string | null;
  /** The submitting account's e-mail: only the secretariat sees it (the server shows others a label). */
  submittedBy: string | null;
  submittedById: string | null;
  /** ISO 8601. */
  submittedAt: string;
  /** ISO 8601, or null while pending. */
  decidedAt: string | null;
}

export interface NewDisclosure {
  id: string;
  facilityId: string;
  companyId: string | null;
  changes: DisclosurePatch;
  note: string | null;
  submittedBy: { userId: string; email: string };
}

/** Which disclosures a list shows. */
export interface DisclosureFilter {
  status?: string;
  facilityId?: string;
  companyId?: string;
  country?: string;
}

/** Operators' disclosures and the secretariat's decisions on them. */
export class DisclosureRepository {
  constructor(private readonly db: Executor) {}

  private joined() {
    return this.db
      .selectFrom('tailings_disclosure as d')
      .innerJoin('tailings_facility as f', 'f.id', 'd.facility_id')
      .selectAll('d')
      .select(['f.name as facility_name', 'f.country_iso3', 'f.data as facility_data']);
  }

  async insert(d: NewDisclosure): Promise<void> {
    await this.db
      .insertInto('tailings_disclosure')
      .values({
        id: d.id,
        facility_id: d.facilityId,
        company_id: d.companyId,
        status: 'submitted',
        changes: JSON.stringify(d.changes),
        note: d.note,
        submitted_by: d.submittedBy.userId,
        submitted_by_email: d.submittedBy.email,
      })
      .execute();
  }

  async find(id: string): Promise<Disclosure | undefined> {
    const row = await this.joined().where('d.id', '=', id).executeTakeFirst();
    return row ? disclosureOf(row) : undefined;
  }

  /** Disclosures, newest first (at most 500). */
  async list(filter: DisclosureFilter): Promise<Disclosure[]> {
    let q = this.joined();
    if (filter.status) q = q.where('d.status', '=', filter.status);
    if (filter.facilityId) q = q.where('d.facility_id', '=', filter.facilityId);
    if (filter.companyId) q = q.where('d.company_id', '=', filter.companyId);
    if (filter.country) q = q.where('f.country_iso3', '=', filter.country);
    return (await q.orderBy('d.submitted_at', 'desc').limit(500).execute()).map(disclosureOf);
  }

  async decide(id: string, status: 'published' | 'returned', by: string, comments: string | null) {
    await this.db
      .updateTable('tailings_disclosure')
      .set({ status, decided_by: by, decided_at: new Date(), comments })
      .where('id', '=', id)
      .execute();
  }
}

function disclosureOf(d: {
  id: string;
  facility_id: string;
  facility_name: string;
  country_iso3: string;
  company_id: string | null;
  status: string;
  changes: unknown;
  facility_data: unknown;
  note: string | null;
  comments: string | null;
  submitted_by: string | null;
  submitted_by_email: string | null;
  submitted_at: Date;
  decided_at: Date | null;
}): Disclosure {
  return {
    id: d.id,
    facilityId: d.facility_id,
    facilityName: d.facility_name,
    countryIso3: d.country_iso3,
    companyId: d.company_id,
    status: d.status as DisclosureStatus,
    changes: d.changes as DisclosurePatch,
    current: disclosedValues(d.facility_data as FacilityRecord, d.changes as DisclosurePatch),
    note: d.note,
    comments: d.comments,
    submittedBy: d.submitted_by_email,
    submittedById: d.submitted_by,
    submittedAt: new Date(d.submitted_at).toISOString(),
    decidedAt: d.decided_at ? new Date(d.decided_at).toISOString() : null,
  };
}
