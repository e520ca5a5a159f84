import assert from 'node:assert/strict';
import { after, before, describe, it, test } from 'node:test';
import { type Actor, ForbiddenError, UnauthenticatedError, ValidationError } from '@strata/core';
import { AuditRepository, type Database, migrate, platformMigrations } from '@strata/db';
import { testDatabases } from '@strata/db/testing';
import { GOVERNANCE_FIELDS, type GovernanceEntry, governanceCompleteness } from '../domain/governance.ts';
import { marineLayerView } from '../domain/marine.ts';
import {
  createSandGovernanceServices,
  readGovernanceSeed,
  type SandGovernanceServices,
} from '../governance.ts';
import { sandMigrations } from '../migrations.ts';

const actor = (role: Actor['role'], n: number): Actor => ({
  userId: `00000000-0000-4000-8000-00000000001${n}`,
  email: `${role}@strata.test`,
  role,
  countryIso3: role === 'focal_point' ? 'KEN' : null,
  organisationId: null,
  companyId: null,
});
const SECRETARIAT = actor('secretariat', 1);
const FOCAL_POINT = actor('focal_point', 2);

// A fictional entry for a real country code; labelled as a test in every text field.
const TEST_ENTRY: GovernanceEntry = {
  id: 'test-fra-beach',
  iso3: 'FRA',
  field: 'ban-beach',
  summary: '[TEST] fictional entry',
  scope: null,
  status: 'in-force',
  instrument: '[TEST] fictional instrument',
  instrumentDate: '2020',
  body: null,
  sourceUrl: 'https://example.org/test',
  sourceTitle: '[TEST] fictional source',
  retrieved: '2026-01-01',
  recommendations: ['ban-beach'],
};

test('every bundled governance entry cites a source address, its title and the day it was read', async () => {
  const seed = await readGovernanceSeed();
  assert.ok(seed.length >= 8);
  for (const e of seed) {
    assert.match(e.sourceUrl, /^https?:\/\/\S+$/, e.id);
    assert.ok(e.sourceTitle.length > 0, e.id);
    assert.match(e.retrieved, /^\d{4}-\d{2}-\d{2}$/, e.id);
  }
  assert.equal(new Set(seed.map((e) => e.id)).size, seed.length, 'ids are unique');
});

test('completeness is the share of tracker fields with at least one entry', () => {
  assert.deepEqual(governanceCompleteness([]), {
    known: 0,
    total: 8,
    share: 0,
    missing: [...GOVERNANCE_FIELDS],
  });
  const two = governanceCompleteness([
    { field: 'ban-export' },
    { field: 'ban-export' },
    { field: 'monitoring' },
  ]);
  assert.equal(two.known, 2);
  assert.equal(two.share, 2 / 8);
  assert.ok(!two.missing.includes('ban-export'));
  assert.equal(governanceCompleteness(GOVERNANCE_FIELDS.map((field) => ({ field }))).share, 1);
});

test('the marine layer gives each year its band and the country method beside the 6.4–16 Gt reference', () => {
  const band = { low: 1e6, central: 2e6, high: 3e6 };
  const layer = marineLayerView('NLD', {
    dataset: { id: 'd', name: 'demo', synthetic: true },
    countryMethod: 'official',
    byYear: [{ year: 2023, volumeM3: band, tonnes: band, vessels: 2 }],
  });
  assert.equal(layer.countryMethod, 'official');
  assert.deepEqual(layer.years[0]?.tonnes, band);
  assert.equal(layer.years[0]?.shareOfReference.high, 2e6 / 6.4e9);
  assert.deepEqual([layer.reference.lowGt, layer.reference.highGt], [6.4, 16]);
  assert.deepEqual(marineLayerView('NLD', null).years, []);
});

for (const factory of testDatabases()) {
  describe(`sand governance (${factory.name})`, () => {
    let db: Database;
    let s: SandGovernanceServices;
    const audits = () => new AuditRepository(db.kysely).list({ entity: 'sand_governance_entry', limit: 100 });
    before(async () => {
      db = await factory.open();
      await migrate(db, [...platformMigrations, ...sandMigrations]);
      s = createSandGovernanceServices(db);
    });
    after(() => db.close());

    it('seeds the bundled entries once, and each seeded entry has its source', async () => {
      const seed = await readGovernanceSeed();
      assert.equal(await s.governance.seed(seed), seed.length);
      assert.equal(await s.governance.seed(seed), 0, 'a second start adds nothing');
      const stored = await s.governance.entries();
      assert.equal(stored.length, seed.length);
      assert.ok(stored.every((e) => /^https?:\/\//.test(e.sourceUrl)));
      const vnm = await s.governance.country('vnm');
      assert.equal(
        vnm.completeness.known,
        new Set(seed.filter((e) => e.iso3 === 'VNM').map((e) => e.field)).size,
      );
      assert.ok(vnm.checklist.find((c) => c.key === 'monitoring')?.evidence.length);
    });

    it('refuses a seed file whose entry has no source', async () => {
      await assert.rejects(
        s.governance.seed([{ ...TEST_ENTRY, id: 'test-nosource', sourceUrl: '' }]),
        ValidationError,
      );
    });

    it('lets only the secretariat write, with an audit row', async () => {
      const before = (await audits()).length;
      await assert.rejects(s.governance.save(null, TEST_ENTRY), UnauthenticatedError);
      await assert.rejects(s.governance.save(FOCAL_POINT, TEST_ENTRY), ForbiddenError);
      await assert.rejects(s.governance.remove(FOCAL_POINT, 'ken-sand-regs-2024'), ForbiddenError);
      assert.equal((await audits()).length, before);
      await s.governance.save(SECRETARIAT, TEST_ENTRY);
      const fra = await s.governance.country('FRA');
      assert.equal(fra.completeness.share, 1 / 8);
      assert.equal(fra.checklist.find((c) => c.key === 'ban-beach')?.evidence[0]?.entryId, TEST_ENTRY.id);
      await s.governance.remove(SECRETARIAT, TEST_ENTRY.id);
      assert.equal((await s.governance.country('FRA')).completeness.share, 0);
      const log = await audits();
      assert.equal(log.length, before + 2);
      assert.ok(log.slice(0, 2).every((a) => a.action === 'sand.governance.edit'));
    });

    it('rejects an entry without a source address', async () => {
      await assert.rejects(
        s.governance.save(SECRETARIAT, { ...TEST_ENTRY, sourceUrl: 'not a url' }),
        (e: unknown) => e instanceof ValidationError && JSON.stringify(e).includes('sourceUrl'),
      );
    });
  });
}
