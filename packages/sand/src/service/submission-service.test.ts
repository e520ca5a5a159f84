import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  type Actor,
  ConflictError,
  ForbiddenError,
  PayloadTooLargeError,
  UnauthenticatedError,
  ValidationError,
} from '@strata/core';
import { AuditRepository, type Database, migrate, platformMigrations } from '@strata/db';
import { testDatabases } from '@strata/db/testing';
import { createSandServices, MAX_SUBMISSION_BYTES, type SandServices, submissionSourceId } from '../index.ts';
import { sandMigrations } from '../migrations.ts';

const actor = (role: Actor['role'], n: number, iso3: string | null = null): Actor => ({
  userId: `00000000-0000-4000-8000-00000000001${n}`,
  email: `${role}${n}@strata.test`,
  role,
  countryIso3: iso3,
  organisationId: null,
  companyId: null,
});
const SECRETARIAT = actor('secretariat', 1);
const FP_FRA = actor('focal_point', 2, 'FRA');
const FP_DEU = actor('focal_point', 3, 'DEU');
const bytes = (text: string) => new TextEncoder().encode(text);
// Fictional figures in the template's format.
const SOURCE = {
  iso3: 'FRA',
  title: '[TEST] fictional national statistics',
  publisher: '[TEST] fictional statistics office',
  url: null,
  licence: 'test',
  method: 'Reported production of quarries.',
};
const IRP =
  'alphanumiso;CCC_Code;year;unit;value\nFRA250;A.3.8.2;2019;t;400000000\nFRA250;A.3.8.2;2020;t;390000000\n';

for (const factory of testDatabases()) {
  describe(`sand submissions (${factory.name})`, () => {
    let db: Database;
    let s: SandServices;
    const audits = () =>
      new AuditRepository(db.kysely)
        .list({ entity: 'sand_submission', limit: 100 })
        .then((r) => r.map((a) => a.action));
    const headline = async (year: number) =>
      (await s.observatory.profile('FRA')).indicators[0]?.points.find((p) => p.year === year);
    before(async () => {
      db = await factory.open();
      await migrate(db, [...platformMigrations, ...sandMigrations]);
      s = createSandServices(db, { now: () => new Date('2025-06-01T00:00:00Z') });
      await s.imports.importIrp(SECRETARIAT, bytes(IRP));
    });
    after(() => db.close());

    it('takes uploads only from the country’s focal point or the secretariat', async () => {
      const file = bytes('year,value,unit\n2019,1,t\n');
      await assert.rejects(s.submissions.submit(null, SOURCE, file), UnauthenticatedError);
      await assert.rejects(s.submissions.submit(FP_DEU, SOURCE, file), ForbiddenError);
      await assert.rejects(s.submissions.submit(actor('reviewer', 4), SOURCE, file), ForbiddenError);
      await assert.rejects(s.submissions.list(FP_DEU, { iso3: 'FRA' }), ForbiddenError);
      await assert.rejects(
        s.submissions.submit(FP_FRA, SOURCE, new Uint8Array(MAX_SUBMISSION_BYTES + 1)),
        PayloadTooLargeError,
      );
      await assert.rejects(
        s.submissions.submit(FP_FRA, { ...SOURCE, title: ' ', url: 'ftp://x' }, file),
        (e: unknown) =>
          e instanceof ValidationError &&
          JSON.stringify(e).includes('title is required') &&
          JSON.stringify(e).includes('url must start'),
      );
      assert.deepEqual(await audits(), []);
    });

    it('reports every bad line and saves nothing', async () => {
      const outcome = await s.submissions.submit(
        FP_FRA,
        SOURCE,
        bytes('year,value,unit\n2019,-1,t\n2019,5,m3\n'),
      );
      assert.equal(outcome.saved, false);
      assert.deepEqual(
        outcome.rejected.map((r) => r.line),
        [2, 3],
      );
      assert.deepEqual(await s.submissions.list(SECRETARIAT), []);
      assert.deepEqual(await audits(), []);
    });

    it('records versions; a newer one supersedes the pending one; nothing is published before approval', async () => {
      const v1 = await s.submissions.submit(FP_FRA, SOURCE, bytes('year,value,unit\n2019,300000,kt\n'));
      const v2 = await s.submissions.submit(
        FP_FRA,
        { ...SOURCE, fileName: 'fra.csv' },
        bytes('année;valeur;unité;densité (t/m3)\n2019;200000000;m3;1,5\n2020;350000;kt;\n'),
      );
      assert.equal(v1.submission?.version, 1);
      assert.equal(v2.submission?.version, 2);
      assert.deepEqual(v2.superseded, [v1.submission?.id]);
      const listed = await s.submissions.list(FP_FRA);
      assert.deepEqual(
        listed.map((x) => [x.version, x.status]),
        [
          [2, 'pending'],
          [1, 'superseded'],
        ],
      );
      assert.deepEqual(await s.submissions.list(FP_DEU), []);
      assert.equal((await headline(2019))?.headline.tier, 'irp');
      await assert.rejects(s.submissions.approve(FP_FRA, v2.submission?.id as string), ForbiddenError);
      await assert.rejects(s.submissions.approve(SECRETARIAT, v1.submission?.id as string), ConflictError);
    });

    it('approval makes the figures official for their years, estimates staying visible', async () => {
      const [pending] = await s.submissions.list(SECRETARIAT, { status: 'pending' });
      const approved = await s.submissions.approve(SECRETARIAT, pending?.id as string, 'checked');
      assert.equal(approved.status, 'approved');
      assert.equal(approved.decisionNote, 'checked');
      const y2019 = await headline(2019);
      assert.deepEqual(
        y2019?.all.map((v) => `${v.tier}:${v.central}`),
        // 200,000,000 m3 × 1.5 t/m3
        ['official:300000000', 'irp:400000000'],
      );
      assert.equal((await headline(2020))?.headline.central, 350_000_000);
      const profile = await s.observatory.profile('FRA');
      const source = profile.sources.find((x) => x.id === submissionSourceId('FRA'));
      assert.equal(source?.tier, 'official');
      assert.match(source?.method ?? '', /version 2\) and approved by the secretariat on 2025-06-01/);
      await assert.rejects(s.submissions.reject(SECRETARIAT, approved.id, 'late'), ConflictError);
    });

    it('a later approved version replaces the earlier one’s figures; a rejection needs a reason', async () => {
      const v3 = await s.submissions.submit(SECRETARIAT, SOURCE, bytes('year,value,unit\n2020,360000,kt\n'));
      const id3 = v3.submission?.id as string;
      await assert.rejects(s.submissions.reject(SECRETARIAT, id3, ' '), ValidationError);
      await s.submissions.approve(SECRETARIAT, id3);
      assert.equal((await headline(2019))?.headline.tier, 'irp', 'v2’s 2019 figure is gone');
      assert.equal((await headline(2020))?.headline.central, 360_000_000);
      const v4 = await s.submissions.submit(FP_FRA, SOURCE, bytes('year,value,unit\n2020,1,t\n'));
      const rejected = await s.submissions.reject(
        SECRETARIAT,
        v4.submission?.id as string,
        'unit looks wrong',
      );
      assert.equal(rejected.decisionNote, 'unit looks wrong');
      assert.equal((await headline(2020))?.headline.central, 360_000_000);
      assert.deepEqual(
        (await s.submissions.list(FP_FRA)).map((x) => [x.version, x.status]),
        [
          [4, 'rejected'],
          [3, 'approved'],
          [2, 'superseded'],
          [1, 'superseded'],
        ],
      );
      assert.deepEqual((await audits()).sort(), [
        'sand.submission.approve',
        'sand.submission.approve',
        'sand.submission.create',
        'sand.submission.create',
        'sand.submission.create',
        'sand.submission.create',
        'sand.submission.reject',
      ]);
    });
  });
}
