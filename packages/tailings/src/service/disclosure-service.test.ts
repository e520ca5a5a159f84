// Fast unit tests of the disclosure workflow against in-memory repositories (no database): the rules,
// the policy and the audit trail. The database behaviour (joins, transactions) is in service.test.ts.
import assert from 'node:assert/strict';
import { beforeEach, describe, it } from 'node:test';
import { type Actor, newId } from '@strata/core';
import { inMemoryUnitOfWork } from '@strata/db';
import { emptyFacility } from '../domain/facility.ts';
import { disclosedValues } from '../domain/history.ts';
import type {
  Disclosure,
  FacilityVersion,
  FacilityWrite,
  NewDisclosure,
  StoredFacility,
  TailingsRepositories,
} from '../repository/index.ts';
import { DisclosureService } from './disclosure-service.ts';

const NOW = new Date('2025-06-01T00:00:00Z');
const companyId = newId();
const actor = (role: Actor['role'], company: string | null = null): Actor => ({
  userId: newId(),
  email: `${role}@strata.test`,
  role,
  countryIso3: null,
  organisationId: null,
  companyId: company,
});
const operator = actor('operator', companyId);
const secretariat = actor('secretariat');

/** The repositories the disclosure workflow uses, kept in maps. */
function fakeRepositories() {
  const facilities = new Map<string, StoredFacility>();
  const disclosures = new Map<string, Disclosure>();
  const versions: FacilityVersion[] = [];
  const repos = {
    facilities: {
      find: async (id: string) => facilities.get(id),
      setCompany: async (id: string, company: string | null) => {
        const f = facilities.get(id);
        if (f) f.companyId = company;
      },
      upsert: async (rows: FacilityWrite[]) => {
        for (const w of rows) {
          const f = facilities.get(w.id);
          if (f) Object.assign(f, { version: w.version, record: w.record, sourceHash: w.sourceHash });
        }
      },
      insertVersions: async (rows: FacilityVersion[]) => {
        versions.push(...rows);
      },
    },
    disclosures: {
      insert: async (d: NewDisclosure) => {
        const f = facilities.get(d.facilityId);
        disclosures.set(d.id, {
          id: d.id,
          facilityId: d.facilityId,
          facilityName: f?.name ?? '',
          countryIso3: f?.countryIso3 ?? '',
          companyId: d.companyId,
          status: 'submitted',
          changes: d.changes,
          current: disclosedValues(f?.record ?? {}, d.changes),
          note: d.note,
          comments: null,
          submittedBy: d.submittedBy.email,
          submittedById: d.submittedBy.userId,
          submittedAt: NOW.toISOString(),
          decidedAt: null,
        });
      },
      find: async (id: string) => disclosures.get(id),
      list: async () => [...disclosures.values()],
      decide: async (id: string, status: 'published' | 'returned', _by: string, comments: string | null) => {
        const d = disclosures.get(id);
        if (d) Object.assign(d, { status, comments, decidedAt: NOW.toISOString() });
      },
    },
  };
  // Only the repositories this service calls are faked; the others are never reached.
  return { repos: repos as unknown as TailingsRepositories, facilities, versions };
}

describe('DisclosureService (in-memory repositories)', () => {
  let fake: ReturnType<typeof fakeRepositories>;
  let work: ReturnType<typeof inMemoryUnitOfWork<TailingsRepositories>>;
  let service: DisclosureService;
  let facilityId: string;

  beforeEach(() => {
    fake = fakeRepositories();
    work = inMemoryUnitOfWork(fake.repos);
    service = new DisclosureService(work, () => NOW);
    facilityId = newId();
    const provenance = {
      source: 'demo register',
      sourceUrl: null,
      licence: 'CC BY 4.0',
      retrieved: '2024-01-01',
      method: 'demo',
    };
    fake.facilities.set(facilityId, {
      id: facilityId,
      name: 'Demo facility',
      countryIso3: 'CAN',
      companyId,
      version: 3,
      record: { ...emptyFacility('demo', 'D1', 'Demo facility', 'CAN', provenance), heightM: 10 },
      sourceHash: 'h',
      updatedAt: NOW,
    });
  });

  it("lets an operator disclose for its company's facility, audited, and refuses another company", async () => {
    const d = await service.submitDisclosure(operator, facilityId, { heightM: 12 }, 'survey');
    assert.equal(d.status, 'submitted');
    assert.deepEqual(
      work.audited.map((a) => [a.action, a.entityId]),
      [['tailings.disclosure.submit', d.id]],
    );
    const stranger = actor('operator', newId());
    await assert.rejects(service.submitDisclosure(stranger, facilityId, { heightM: 12 }, null), {
      status: 403,
    });
    await assert.rejects(service.submitDisclosure(operator, facilityId, {}, null), { status: 400 });
    assert.equal(work.audited.length, 1, 'refused submissions write no audit row');
  });

  it('shows each disclosed field beside the value it would replace, to the secretariat and the operator', async () => {
    const d = await service.submitDisclosure(operator, facilityId, { heightM: 12, closurePlan: true }, null);
    const expected = [
      { field: 'heightM', current: 10, proposed: 12, changed: true },
      { field: 'closurePlan', current: null, proposed: true, changed: true },
    ];
    assert.deepEqual(d.fields, expected);
    assert.deepEqual(
      (await service.listDisclosures(secretariat)).map((x) => x.fields),
      [expected],
    );
    assert.deepEqual(
      (await service.listDisclosures(operator)).map((x) => x.fields),
      [expected],
    );
    assert.equal('current' in d, false, 'the view carries the comparison, not the raw values');
  });

  it('publishes: the facility gets the next version with the disclosed value and its provenance', async () => {
    const d = await service.submitDisclosure(operator, facilityId, { heightM: 12 }, null);
    await assert.rejects(service.reviewDisclosure(operator, d.id, 'publish', null), { status: 403 });
    const published = await service.reviewDisclosure(secretariat, d.id, 'publish', null);
    assert.equal(published.status, 'published');
    const facility = fake.facilities.get(facilityId);
    assert.equal(facility?.version, 4);
    assert.equal(facility?.record.heightM, 12);
    assert.equal(facility?.record.fieldProvenance.heightM?.retrieved, '2025-06-01');
    assert.deepEqual(
      fake.versions[0]?.changes.find((c) => c.path === 'heightM'),
      {
        path: 'heightM',
        before: 10,
        after: 12,
      },
    );
    assert.deepEqual(
      work.audited.map((a) => a.action),
      ['tailings.disclosure.submit', 'tailings.disclosure.review'],
    );
    await assert.rejects(service.reviewDisclosure(secretariat, d.id, 'return', 'late'), { status: 409 });
  });

  it('returns a disclosure only with a reason, and leaves the facility unchanged', async () => {
    const d = await service.submitDisclosure(operator, facilityId, { heightM: 12 }, null);
    await assert.rejects(service.reviewDisclosure(secretariat, d.id, 'return', '  '), { status: 400 });
    const returned = await service.reviewDisclosure(secretariat, d.id, 'return', 'attach the survey');
    assert.deepEqual([returned.status, returned.comments], ['returned', 'attach the survey']);
    assert.equal(fake.facilities.get(facilityId)?.version, 3);
    assert.equal(fake.versions.length, 0);
  });
});
