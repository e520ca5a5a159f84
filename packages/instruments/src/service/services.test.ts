import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type Actor, ForbiddenError, UnauthenticatedError, ValidationError } from '@strata/core';
import { AuditRepository, type Database, migrate, platformMigrations } from '@strata/db';
import { testDatabases } from '@strata/db/testing';
import type { InstrumentFacts } from '../domain/instrument.ts';
import { PARTIES_TEMPLATE } from '../domain/parties.ts';
import {
  columnsByInstrument,
  coverageHeatMap,
  createInstrumentsServices,
  type InstrumentsServices,
} from '../index.ts';
import { instrumentsMigrations } from '../migrations.ts';

const actor = (role: Actor['role']): Actor => ({
  userId: `00000000-0000-4000-8000-00000000000${['secretariat', 'reviewer', 'focal_point'].indexOf(role)}`,
  email: `${role}@strata.test`,
  role,
  countryIso3: role === 'focal_point' ? 'BRA' : null,
  organisationId: null,
  companyId: null,
});
const SECRETARIAT = actor('secretariat');
const REVIEWER = actor('reviewer');
const FOCAL_POINT = actor('focal_point');

function facts(title: string, kind: InstrumentFacts['kind']): InstrumentFacts {
  return {
    title,
    shortTitle: null,
    kind,
    issuers: [],
    adoptionYear: null,
    entryIntoForce: null,
    currentVersion: null,
    versionDate: null,
    languages: ['en'],
    titles: {},
    commodities: [],
    stages: [],
    geography: null,
    assurance: null,
    status: null,
    url: null,
    sources: {},
  };
}
const grade = (g: 'requirement' | 'mentioned' | 'verified_requirement') => ({
  grade: g,
  clause: 'Art. 1',
  source: 'test text',
  reason: 'read',
});

for (const factory of testDatabases()) {
  describe(`instruments services (${factory.name})`, () => {
    let db: Database;
    let s: InstrumentsServices;
    before(async () => {
      db = await factory.open();
      await migrate(db, [...platformMigrations, ...instrumentsMigrations]);
      s = createInstrumentsServices(db);
      await s.catalogue.create(SECRETARIAT, 'treaty-t', facts('Treaty T', 'binding_treaty'), {
        published: true,
      });
      await s.catalogue.create(SECRETARIAT, 'standard-s', facts('Standard S', 'industry_standard'), {
        published: true,
      });
    });
    after(() => db.close());

    it('lets only the secretariat edit the catalogue', async () => {
      await assert.rejects(
        s.catalogue.create(null, 'x-1', facts('X', 'industry_standard')),
        UnauthenticatedError,
      );
      await assert.rejects(
        s.catalogue.create(REVIEWER, 'x-1', facts('X', 'industry_standard')),
        ForbiddenError,
      );
      await assert.rejects(s.catalogue.setPublished(FOCAL_POINT, 'treaty-t', false), ForbiddenError);
    });

    it('lets reviewers grade and confirm, citing the clause, and keeps who, when and why', async () => {
      await assert.rejects(
        s.matrix.grade(FOCAL_POINT, 'treaty-t', 'water', 'extraction', grade('requirement')),
        ForbiddenError,
      );
      await assert.rejects(
        s.matrix.grade(REVIEWER, 'treaty-t', 'water', 'extraction', {
          grade: 'requirement',
          clause: '',
          source: null,
          reason: 'x',
        }),
        (e: unknown) =>
          e instanceof ValidationError && e.detailFields?.map((f) => f.path).join() === 'clause,source',
      );
      await s.matrix.grade(REVIEWER, 'treaty-t', 'water', 'extraction', grade('mentioned'));
      const regraded = await s.matrix.grade(REVIEWER, 'treaty-t', 'water', 'extraction', {
        ...grade('requirement'),
        reason: 'Art. 1(2) is mandatory',
      });
      assert.equal(regraded.status, 'provisional');
      const confirmed = await s.matrix.confirm(REVIEWER, 'treaty-t', 'water', 'extraction', 'second reading');
      assert.equal(confirmed.status, 'confirmed');
      const history = await s.matrix.history({ slug: 'treaty-t' });
      assert.deepEqual(
        history.map((h) => [h.fromGrade, h.toGrade, h.toStatus, h.changedBy, h.reason]),
        [
          ['requirement', 'requirement', 'confirmed', 'reviewer@strata.test', 'second reading'],
          ['mentioned', 'requirement', 'provisional', 'reviewer@strata.test', 'Art. 1(2) is mandatory'],
          [null, 'mentioned', 'provisional', 'reviewer@strata.test', 'read'],
        ],
      );
      const audit = await new AuditRepository(db.kysely).list({ entity: 'instruments_cell' });
      assert.equal(audit.length, 3);
    });

    it('imports parties all-or-nothing, with line numbers', async () => {
      const header = PARTIES_TEMPLATE.join(',');
      const good = `treaty-t,BRA,ratification,2020-01-02,,,List,,2026-12-01`;
      const bad = [
        header,
        good,
        'treaty-t,FRA,ratification,2020-13-01,,,List,,2026-12-01',
        'standard-s,FRA,,2020-01-01,,,List,,2026-12-01',
      ].join('\n');
      await assert.rejects(s.parties.importCsv(REVIEWER, `${header}\n${good}`), ForbiddenError);
      await assert.rejects(
        s.parties.importCsv(SECRETARIAT, bad),
        (e: unknown) =>
          e instanceof ValidationError &&
          e.detailFields?.map((f) => f.path).join('; ') ===
            'line 3, column consent_date; line 4, column instrument',
      );
      assert.deepEqual(await s.parties.list({ slug: 'treaty-t' }), [], 'nothing half-imported');
      const done = await s.parties.importCsv(SECRETARIAT, `${header}\n${good}`);
      assert.deepEqual(done, { instruments: ['treaty-t'], rows: 1 });
      const [list] = await s.parties.lists();
      assert.deepEqual([list.instrumentSlug, list.listDate, list.parties], ['treaty-t', '2026-12-01', 1]);
    });

    it('computes the analyses from the stored matrix, refreshed after each write', async () => {
      let map = await s.analyses.heatMap();
      const wx = () => map.cells.find((c) => c.issue === 'water' && c.stage === 'extraction');
      assert.equal(wx()?.bindingRequirement, 1);
      assert.equal(wx()?.ungraded, 1, 'standard-s has no grade yet');
      await s.matrix.grade(REVIEWER, 'standard-s', 'water', 'extraction', grade('verified_requirement'));
      map = await s.analyses.heatMap();
      assert.equal(wx()?.counts.verified_requirement, 1);
      // J = min(2,3) / max(2,3) = 2/3 over the one shared cell.
      const dup = await s.analyses.duplications();
      assert.deepEqual(
        [dup.pairs[0].a, dup.pairs[0].b, dup.pairs[0].similarity],
        ['standard-s', 'treaty-t', 2 / 3],
      );
      const bra = await s.analyses.country('bra');
      assert.deepEqual([bra.bindingInstrumentIds, bra.covered], [['treaty-t'], 1]);
      const fra = await s.analyses.country('FRA');
      assert.deepEqual([fra.bindingInstrumentIds, fra.covered, fra.uncovered.length], [[], 0, 96]);
      const byCountry = await s.catalogue.list({ country: 'BRA' });
      assert.deepEqual(
        byCountry.map((i) => i.slug),
        ['treaty-t'],
      );
      const search = await s.catalogue.list({ q: 'standard' });
      assert.deepEqual(
        search.map((i) => i.slug),
        ['standard-s'],
      );
    });

    it('hides unpublished instruments from the public and from the analyses', async () => {
      await s.catalogue.setPublished(SECRETARIAT, 'standard-s', false);
      assert.deepEqual(
        (await s.catalogue.list({})).map((i) => i.slug),
        ['treaty-t'],
      );
      assert.equal((await s.analyses.heatMap()).instruments, 1);
      await s.catalogue.setPublished(SECRETARIAT, 'standard-s', true);
    });

    it('patches the kept matrix after each write as a whole fresh read would give it', async () => {
      const same = async (step: string) => {
        const fresh = createInstrumentsServices(db).analyses;
        const map = await s.analyses.heatMap();
        assert.deepEqual(map, await fresh.heatMap(), `heat map after ${step}`);
        assert.deepEqual(await s.analyses.duplications(), await fresh.duplications(), `pairs after ${step}`);
        // The kept columns agree with the cells themselves (computed here from every published cell).
        const published = await s.catalogue.list({});
        const instruments = published.map((i) => ({ id: i.slug, binding: i.kind === 'binding_treaty' }));
        const cells = await s.matrix.cells({});
        assert.deepEqual(
          map.cells,
          coverageHeatMap(instruments, columnsByInstrument(cells)),
          `cells after ${step}`,
        );
      };
      await s.analyses.heatMap();
      await s.matrix.grade(REVIEWER, 'treaty-t', 'air', 'processing', grade('requirement'));
      await same('a regrade');
      await s.catalogue.create(SECRETARIAT, 'a-first', facts('A first', 'certification_scheme'), {
        published: true,
      });
      await s.matrix.grade(SECRETARIAT, 'a-first', 'air', 'processing', grade('verified_requirement'));
      await s.matrix.grade(SECRETARIAT, 'a-first', 'water', 'extraction', grade('mentioned'));
      await same('a new instrument, graded');
      // J(a-first, treaty-t) = (min(3,2) + min(1,2)) / (max(3,2) + max(1,2)) = 3/5.
      const [top] = (await s.analyses.duplications()).pairs;
      assert.deepEqual([top.a, top.b, top.similarity], ['a-first', 'treaty-t', 3 / 5]);
      await s.catalogue.setPublished(SECRETARIAT, 'a-first', false);
      await same('a withdrawal');
      assert.equal((await s.analyses.heatMap()).instruments, 2);
      await s.catalogue.updateFacts(SECRETARIAT, 'standard-s', facts('Standard S', 'binding_treaty'));
      await same('a change of kind');
    });
  });
}
