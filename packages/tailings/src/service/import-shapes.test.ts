import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { sharedDataFile } from '@strata/core';
import { type Database, migrate, platformMigrations } from '@strata/db';
import { testDatabases } from '@strata/db/testing';
import { createTailingsServices, type TailingsServices } from '../index.ts';
import { tailingsMigrations } from '../migrations.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const chileFile = sharedDataFile('tailings/cl-sernageomin-catastro-relaves-2025-10.xlsx');
const chileMapping = JSON.parse(
  readFileSync(path.join(here, '../../data/cl-sernageomin-catastro-relaves.mapping.json'), 'utf8'),
);

/** A later-shape SIGBM export, built here: `,`, UTF-8 with BOM, lower-case headers, no `classe` column. */
const LATER =
  '\uFEFFid,nome,latitude,longitude,categoria de risco - cri,dano potencial associado - dpa,altura máxima atual (m),fase (teste)\r\n' +
  '"501","Fictícia Cinco","-19,5","-43,5",Alta,Alta,"-11,00","Concluída"\r\n' +
  '"502","Fictícia Seis","-19,6","-43,6",Baixa,Baixa,"12,5",""\r\n';
const bytes = new TextEncoder().encode(LATER);
const columns = { columns: { decharacterisationPhase: 'fase (teste)' } };

for (const factory of testDatabases()) {
  describe(`imports of other shapes on ${factory.name}`, () => {
    let db: Database;
    let t: TailingsServices;
    before(async () => {
      db = await factory.open();
      await migrate(db, [...platformMigrations, ...tailingsMigrations]);
      t = createTailingsServices(db, { now: () => new Date('2026-06-01T00:00:00Z') });
    });
    after(() => db.close());
    const total = async () => (await t.facilities.listFacilities({}, { limit: 1, offset: 0 })).total;

    it('a dry run reports detection, columns and counts and writes nothing', async () => {
      const dry = await t.imports.importFile(null, 'sigbm', bytes, {
        system: true,
        dryRun: true,
        mapping: columns,
      });
      assert.equal(dry.dryRun, true);
      assert.deepEqual(dry.detected, { encoding: 'utf-8 with BOM', delimiter: ',' });
      assert.deepEqual([dry.created, dry.updated, dry.unchanged, dry.rejected.length], [2, 0, 0, 0]);
      assert.deepEqual(
        dry.invalidFields.map((f) => [f.sourceId, f.field, f.raw]),
        [['501', 'heightM', '-11,00']],
      );
      assert.equal(await total(), 0);
    });

    it('imports every dam, keeps the bad height as invalid and stores the derived class and details', async () => {
      const r = await t.imports.importFile(null, 'sigbm', bytes, { system: true, mapping: columns });
      assert.deepEqual([r.created, r.rejected.length], [2, 0]);
      const listed = await t.facilities.listFacilities({ q: 'Fictícia Cinco' }, { limit: 5, offset: 0 });
      const id = listed.items[0]?.id;
      assert.ok(id);
      const page = await t.facilities.facilityPage(id);
      assert.equal(page.record.heightM, null);
      assert.deepEqual(
        page.record.invalidFields?.map((f) => f.raw),
        ['-11,00'],
      );
      assert.deepEqual(page.record.details, { decharacterisationPhase: 'Concluída' });
      const cls = page.classification.otherRatings.find((x) => x.system === 'br_class');
      assert.equal(cls?.raw, 'A');
      assert.ok(cls?.derivedBy);
      // The stored record compares equal after its JSONB round trip: a second import changes nothing.
      const again = await t.imports.importFile(null, 'sigbm', bytes, { system: true, mapping: columns });
      assert.deepEqual([again.created, again.updated, again.unchanged], [0, 0, 2]);
      const dry = await t.imports.importFile(null, 'sigbm', bytes, {
        system: true,
        dryRun: true,
        mapping: columns,
      });
      assert.deepEqual([dry.created, dry.updated, dry.unchanged], [0, 0, 2]);
    });

    it('refuses a SIGBM mapping with an unknown key', async () => {
      await assert.rejects(
        t.imports.importFile(null, 'sigbm', bytes, { system: true, mapping: { columns: { crest: 'x' } } }),
        /column mapping is not valid/,
      );
    });

    it("imports Chile's catastro (XLSX) through its mapping: 836 deposits placed", {
      skip: chileFile ? false : 'shared data absent',
    }, async () => {
      const xlsx = new Uint8Array(readFileSync(chileFile ?? ''));
      const dry = await t.imports.importFile(null, 'xlsx', xlsx, {
        system: true,
        mapping: chileMapping,
        dryRun: true,
      });
      assert.deepEqual([dry.dryRun, dry.created, dry.headerRow, dry.headers?.missing], [true, 836, 7, []]);
      assert.equal(
        (await t.facilities.countryAggregates()).find((a) => a.countryIso3 === 'CHL'),
        undefined,
      );
      const r = await t.imports.importFile(null, 'xlsx', xlsx, { system: true, mapping: chileMapping });
      assert.deepEqual([r.created, r.rejected.length, r.detected, r.headerRow], [836, 0, null, 7]);
      const agg = await t.facilities.countryAggregates();
      assert.equal(agg.find((a) => a.countryIso3 === 'CHL')?.facilities, 836);
    });
  });
}
