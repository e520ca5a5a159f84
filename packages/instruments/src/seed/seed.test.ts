import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type Database, migrate, platformMigrations } from '@strata/db';
import { testDatabases } from '@strata/db/testing';
import type { InstrumentFacts } from '../domain/instrument.ts';
import { createInstrumentsServices } from '../index.ts';
import { instrumentsMigrations } from '../migrations.ts';
import { SEED_CATALOGUE, SEED_COLUMNS, seedInstruments } from './index.ts';
import { OFFICIAL_TITLES } from './official-titles.ts';

/** Facts that state something checkable about the instrument: each needs its source when it is given. */
const CHECKABLE: (keyof InstrumentFacts)[] = [
  'title',
  'adoptionYear',
  'entryIntoForce',
  'currentVersion',
  'versionDate',
  'languages',
  'assurance',
  'url',
  'commodities',
  'stages',
];
const given = (value: unknown) => value !== null && !(Array.isArray(value) && value.length === 0);

describe('seeded catalogue', () => {
  it('has at least 40 instruments, including those the assessment must cover', () => {
    assert.ok(Object.keys(SEED_CATALOGUE).length >= 40, `${Object.keys(SEED_CATALOGUE).length}`);
    for (const slug of ['gistm', 'irma-standard', 'minamata-convention', 'unea-resolution-5-12', 'ilo-c176'])
      assert.ok(slug in SEED_CATALOGUE, slug);
  });

  it('gives a source (title, consulted date) for every checkable fact it states', () => {
    const missing = Object.entries(SEED_CATALOGUE).flatMap(([slug, f]) =>
      CHECKABLE.filter((key) => given(f[key]) && !f.sources[key]).map((key) => `${slug}.${key}`),
    );
    assert.deepEqual(missing, []);
    for (const f of Object.values(SEED_CATALOGUE))
      for (const s of Object.values(f.sources)) assert.match(s.consulted, /^\d{4}-\d{2}-\d{2}$/);
  });

  it('gives each title in another language its source, and official titles of treaties a page to check', () => {
    const unsourced = Object.entries(SEED_CATALOGUE).flatMap(([slug, f]) =>
      Object.keys(f.titles)
        .filter((lang) => !f.sources[`titles.${lang}`] && !f.sources.titles)
        .map((lang) => `${slug}.titles.${lang}`),
    );
    assert.deepEqual(unsourced, []);
    for (const [slug, titles] of Object.entries(OFFICIAL_TITLES))
      for (const [lang, t] of Object.entries(titles)) {
        assert.equal(SEED_CATALOGUE[slug]?.titles[lang]?.title, t.title, `${slug}.${lang}`);
        assert.ok(t.source.url?.startsWith('http'), `${slug}.${lang}: no address`);
        assert.ok(['ar', 'zh', 'fr', 'ru', 'es'].includes(lang), `${slug}.${lang}: not a UN language`);
        assert.ok(
          SEED_CATALOGUE[slug].languages.includes(lang),
          `${slug}.${lang}: not an authentic language`,
        );
      }
  });

  it('grades at least 15 instruments, each graded cell citing its clause', () => {
    assert.ok(Object.keys(SEED_COLUMNS).length >= 15);
    for (const [slug, column] of Object.entries(SEED_COLUMNS)) {
      assert.ok(slug in SEED_CATALOGUE, slug);
      for (const [, , grade, clause] of column.cells)
        assert.ok(grade !== 'not_addressed' && clause.length > 3, `${slug}: ${clause}`);
    }
  });
});

for (const factory of testDatabases()) {
  describe(`seeding (${factory.name})`, () => {
    let db: Database;
    before(async () => {
      db = await factory.open();
      await migrate(db, [...platformMigrations, ...instrumentsMigrations]);
    });
    after(() => db.close());

    it('seeds once and leaves everything as it is on a second run', async () => {
      const services = createInstrumentsServices(db);
      const first = await seedInstruments(services);
      assert.equal(first.instruments, Object.keys(SEED_CATALOGUE).length);
      assert.equal(first.cells, Object.keys(SEED_COLUMNS).length * 96);
      assert.ok(first.parties > 1000, `${first.parties}`);
      assert.deepEqual(await seedInstruments(services), { instruments: 0, cells: 0, parties: 0 });
      // Ungraded instruments stay ungraded: only the graded columns have cells.
      const map = await services.analyses.heatMap();
      assert.equal(map.graded, Object.keys(SEED_COLUMNS).length);
      assert.equal(map.cells[0].ungraded, map.instruments - map.graded);
      // France is a Party to the Minamata Convention in the IEA data (ratified 2017).
      const fra = await services.analyses.country('FRA');
      assert.ok(fra.bindingInstrumentIds.includes('minamata-convention'));
    });
  });
}
