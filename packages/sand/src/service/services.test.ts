import assert from 'node:assert/strict';
import { after, before, describe, it, test } from 'node:test';
import { type Actor, ForbiddenError, UnauthenticatedError, ValidationError } from '@strata/core';
import { AuditRepository, type Database, migrate, platformMigrations } from '@strata/db';
import { testDatabases } from '@strata/db/testing';
import { CEMENT_FACTORS } from '../domain/parameters.ts';
import { createSandServices, parseIrpFile, type SandServices } from '../index.ts';
import { sandMigrations } from '../migrations.ts';

const actor = (role: Actor['role'], n: number): Actor => ({
  userId: `00000000-0000-4000-8000-00000000000${n}`,
  email: `${role}@strata.test`,
  role,
  countryIso3: role === 'focal_point' ? 'USA' : null,
  organisationId: null,
  companyId: null,
});
const SECRETARIAT = actor('secretariat', 1);
const REVIEWER = actor('reviewer', 2);
const FOCAL_POINT = actor('focal_point', 3);
const bytes = (text: string) => new TextEncoder().encode(text);
const AGG = 'construction-aggregates';

// Small hand-made files, fictional figures in the real files' formats.
const IRP = [
  'alphanumiso;CCC_Code;year;unit;value',
  'FRA250;A.3.8.2;2019;t;400000000',
  'FRA250;A.3.2.3;2019;t;5',
  'DEU276;A.3.8.2;2019;t;500000000',
  'USA840;A.3.8.2;2019;t;2000000000',
  'USA840;A.3.8.2;2018;t;1900000000',
].join('\n');
const CEMENT = '"Year","FRA","NER","Zanzibar"\n2019,16000,1000,3\n';
const OFFICIAL_SOURCE = {
  id: 'test-official-usa',
  title: '[TEST] fictional national statistics',
  publisher: 'test',
  licence: 'test',
  url: null,
  retrieved: '2024-01-01',
  method: 'reported production',
};

test('IRP rows of a former entity give way to the current country for the years both cover', () => {
  const file = parseIrpFile(
    [
      'alphanumiso;CCC_Code;year;unit;value',
      'SDN736;A.3.8.2;2010;t;5',
      'SDN736;A.3.8.2;2011;t;6',
      'SDN729;A.3.8.2;2011;t;7',
    ].join('\n'),
  );
  assert.deepEqual(file.rows, [
    { iso3: 'SDN', year: 2010, tonnes: 5 },
    { iso3: 'SDN', year: 2011, tonnes: 7 },
  ]);
  assert.deepEqual(file.superseded, [
    { line: 3, message: 'SDN (M49 736) 2011: superseded by M49 729 on line 4' },
  ]);
  assert.deepEqual(file.rejected, []);
});

for (const factory of testDatabases()) {
  describe(`sand services (${factory.name})`, () => {
    let db: Database;
    let s: SandServices;
    const audits = () => new AuditRepository(db.kysely).list({ entity: 'sand_source', limit: 1000 });
    before(async () => {
      db = await factory.open();
      await migrate(db, [...platformMigrations, ...sandMigrations]);
      s = createSandServices(db, { now: () => new Date('2025-06-01T00:00:00Z') });
    });
    after(() => db.close());

    it('lets only the secretariat import sources and record official figures', async () => {
      await assert.rejects(s.imports.importIrp(null, bytes(IRP)), UnauthenticatedError);
      await assert.rejects(s.imports.importCement(REVIEWER, bytes(CEMENT)), ForbiddenError);
      await assert.rejects(
        s.imports.recordOfficial(FOCAL_POINT, {
          iso3: 'USA',
          source: OFFICIAL_SOURCE,
          figures: [{ year: 2019, value: 1, unit: 't' }],
        }),
        ForbiddenError,
      );
      assert.equal((await audits()).length, 0);
    });

    it('imports the IRP rows of code A.3.8.2 and the cement proxy, each with an audit row', async () => {
      const irp = await s.imports.importIrp(SECRETARIAT, bytes(IRP), { fileName: 'irp.csv' });
      assert.deepEqual(
        { rows: irp.rows, rejected: irp.rejected, saved: irp.saved },
        { rows: 4, rejected: [], saved: true },
      );
      const cement = await s.imports.importCement(SECRETARIAT, bytes(CEMENT));
      assert.deepEqual(
        { rows: cement.rows, saved: cement.saved, skippedColumns: cement.skippedColumns },
        { rows: 2, saved: true, skippedColumns: ['Zanzibar'] },
      );
      const log = await audits();
      assert.deepEqual(log.map((a) => a.action).sort(), ['sand.source.import', 'sand.source.import']);
    });

    it('keeps the stronger tier as headline and every estimate visible', async () => {
      const fra = await s.observatory.profile('fra');
      const [point] = fra.indicators[0]?.points ?? [];
      assert.equal(point?.headline.tier, 'irp');
      assert.equal(point?.headline.central, 400_000_000);
      assert.deepEqual(
        point?.all.map((v) => [v.tier, v.central]),
        [
          ['irp', 400_000_000],
          // 16,000 kt of cement × the central factor
          ['cement-proxy', 16_000_000 * CEMENT_FACTORS.central],
        ],
      );
      assert.deepEqual(
        fra.sources.map((x) => x.id),
        ['andrew-cement-v231016', 'irp-gmfd-2022-12-20'],
      );
      const ner = await s.observatory.profile('NER');
      assert.equal(ner.indicators[0]?.points[0]?.headline.tier, 'cement-proxy');
      assert.equal(ner.indicators[0]?.points[0]?.headline.high, 1_000_000 * CEMENT_FACTORS.high);
    });

    it('lets an official figure replace the estimate for its year, both staying visible', async () => {
      // 1,500,000 kt = 1.5 Gt, fictional.
      const n = await s.imports.recordOfficial(SECRETARIAT, {
        iso3: 'USA',
        source: OFFICIAL_SOURCE,
        figures: [{ year: 2019, value: 1_500_000, unit: 'kt' }],
      });
      assert.equal(n, 1);
      const usa = await s.observatory.profile('USA');
      const points = usa.indicators[0]?.points ?? [];
      assert.deepEqual(
        points.map((p) => [p.year, p.headline.tier, p.all.map((v) => `${v.tier}:${v.central}`)]),
        [
          [2018, 'irp', ['irp:1900000000']],
          [2019, 'official', ['official:1500000000', 'irp:2000000000']],
        ],
      );
      const map = await s.observatory.map(AGG, 2019);
      assert.deepEqual(
        map.items.find((i) => i.iso3 === 'USA'),
        {
          iso3: 'USA',
          tier: 'official',
          sourceId: 'test-official-usa',
          low: 1.5e9,
          central: 1.5e9,
          high: 1.5e9,
          candidates: 2,
        },
      );
      const rows = await s.observatory.exportRows({ year: 2019 });
      assert.deepEqual(
        rows.filter((r) => r.iso3 === 'USA').map((r) => [r.tier, r.headline]),
        [
          ['irp', false],
          ['official', true],
        ],
      );
    });

    it('sums the headline figure of each country into the world total, bounds added', async () => {
      const [world, map] = await Promise.all([s.observatory.world(AGG, 2019), s.observatory.map(AGG, 2019)]);
      assert.deepEqual(
        map.items.map((i) => i.iso3),
        ['DEU', 'FRA', 'NER', 'USA'],
      );
      assert.equal(world.countries, 4);
      for (const k of ['low', 'central', 'high'] as const) {
        assert.equal(
          world.total[k],
          map.items.reduce((sum, i) => sum + i[k], 0),
        );
      }
      // The IRP tier alone is the sum of the file's 2019 rows: 0.4 + 0.5 + 2 Gt.
      assert.deepEqual(world.byTier.find((t) => t.tier === 'irp')?.total, {
        low: 2.9e9,
        central: 2.9e9,
        high: 2.9e9,
      });
      assert.deepEqual(map.years, [2018, 2019]);
    });

    it('refuses a file with bad rows, listing their lines, and saves nothing', async () => {
      const before = await s.observatory.exportRows();
      const auditsBefore = (await audits()).length;
      const bad = [
        'alphanumiso;CCC_Code;year;unit;value',
        'FRA250;A.3.8.2;2020;t;1',
        'DEU276;A.3.8.2;2019;t;-5',
        'ITA380;A.3.8.2;20x9;t;7',
        'FRA250;A.3.8.2;2020;t;2',
        'ESP724;A.3.8.2;2019;kt;3',
      ].join('\n');
      const report = await s.imports.importIrp(SECRETARIAT, bytes(bad));
      assert.equal(report.saved, false);
      assert.deepEqual(
        report.rejected.map((r) => r.line),
        [3, 4, 5, 6],
      );
      assert.match(report.rejected[2]?.message ?? '', /repeats line 2/);
      const header = await s.imports.importIrp(SECRETARIAT, bytes('iso;code\nFRA250;A.3.8.2;2019;t;1'));
      assert.deepEqual(
        header.rejected.map((r) => r.line),
        [1],
      );
      const cement = await s.imports.importCement(SECRETARIAT, bytes('"Year","FRA"\n2019,-3\n'));
      assert.deepEqual(cement.rejected, [
        { line: 2, message: 'FRA: value "-3" is not a non-negative number' },
      ]);
      assert.deepEqual(await s.observatory.exportRows(), before);
      assert.equal((await audits()).length, auditsBefore);
    });

    it('refuses an invalid official series whole, with the failing fields', async () => {
      const error = await s.imports
        .recordOfficial(SECRETARIAT, {
          iso3: 'USA',
          source: { ...OFFICIAL_SOURCE, id: 'test-official-usa-2' },
          figures: [
            { year: 2017, value: 10, unit: 't' },
            { year: 2017, value: 11, unit: 't' },
            { year: 2016, value: -1, unit: 't' },
            { year: 2015, value: 5, unit: 'm3' },
            { year: 2030, value: 5, unit: 't' },
          ],
        })
        .catch((e: unknown) => e);
      assert.ok(error instanceof ValidationError);
      assert.deepEqual(
        error.detailFields?.map((f) => f.path),
        ['figures[1].year', 'figures[2].value', 'figures[3].densityTPerM3', 'figures[4].year'],
      );
      const usa = await s.observatory.profile('USA');
      assert.deepEqual(
        usa.indicators[0]?.points.map((p) => p.year),
        [2018, 2019],
      );
    });

    it('re-importing a source replaces its figures; a seen file is skipped on request', async () => {
      const smaller = 'alphanumiso;CCC_Code;year;unit;value\nFRA250;A.3.8.2;2019;t;10\n';
      await s.imports.importIrp(SECRETARIAT, bytes(smaller));
      const world = await s.observatory.world(AGG, 2019);
      assert.deepEqual(
        world.byTier.find((t) => t.tier === 'irp'),
        {
          tier: 'irp',
          countries: 1,
          total: { low: 10, central: 10, high: 10 },
        },
      );
      const again = await s.imports.importIrp(null, bytes(smaller), { system: true, skipIfSeen: true });
      assert.equal(again.skipped, true);
      await assert.rejects(s.observatory.profile('XYZ'), /not found|XYZ/i);
    });

    it('imports a population table all-or-nothing: a bad row saves nothing and names its line', async () => {
      const head = 'Country Name,Country Code,Year,Value\n';
      // Fictional figures in the World Bank table's format.
      const good = await s.imports.importDenominator(
        SECRETARIAT,
        'population',
        bytes(`${head}France,FRA,2019,1000\nWorld,WLD,2019,5000\n`),
      );
      assert.equal(good.saved, true);
      assert.equal(good.aggregates, 1);
      const denominators = () =>
        new AuditRepository(db.kysely).list({ entity: 'sand_denominator_set', limit: 100 });
      const auditsBefore = (await denominators()).length;
      assert.equal(auditsBefore, 1);
      const bad = await s.imports.importDenominator(
        SECRETARIAT,
        'population',
        bytes(`${head}France,FRA,2019,2000\nGermany,DEU,2019,-4\nFrance,FRA,2019,3\n`),
      );
      assert.equal(bad.saved, false);
      assert.deepEqual(
        bad.rejected.map((r) => r.line),
        [3, 4],
      );
      assert.equal((await denominators()).length, auditsBefore);
      await assert.rejects(
        s.imports.importDenominator(FOCAL_POINT, 'gdp', bytes(`${head}France,FRA,2019,1\n`)),
        ForbiddenError,
      );
    });
  });
}
