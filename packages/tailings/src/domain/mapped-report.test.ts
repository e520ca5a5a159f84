import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { sharedDataFile } from '@strata/core';
import { type ColumnMapping, matchHeaders, parseMappedCsv, validateMapping } from './mapped.ts';
import { findHeaderRow, parseMappedXlsx } from './mapped-xlsx.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const chileFile = sharedDataFile('tailings/cl-sernageomin-catastro-relaves-2025-10.xlsx');
const chileMapping = JSON.parse(
  readFileSync(path.join(here, '../../data/cl-sernageomin-catastro-relaves.mapping.json'), 'utf8'),
) as ColumnMapping;

const MAPPING: ColumnMapping = {
  source: 'test-register',
  sourceName: 'Fictional test register',
  licence: 'test',
  retrieved: '2026-01-01',
  defaults: { country: 'CAN' },
  columns: {
    sourceId: 'Dam ID',
    name: 'Facility',
    lat: 'Lat',
    lon: 'Lon',
    heightM: 'Height',
    region: 'Province',
  },
};

describe('the header-matching report', () => {
  it('lists matched, unmatched, missing and ambiguous columns', () => {
    const r = matchHeaders(
      ['DAM ID', 'dam id', 'Facility', 'Lat', 'Lon', 'Height', 'Owner'],
      MAPPING.columns,
    );
    assert.deepEqual(r.ambiguous, [{ field: 'sourceId', headers: ['DAM ID', 'dam id'], used: 'DAM ID' }]);
    assert.deepEqual(r.missing, ['Province']);
    assert.deepEqual(r.unmatched, ['dam id', 'Owner']);
    assert.deepEqual(
      r.matched.map((m) => `${m.field}=${m.header}`),
      ['sourceId=DAM ID', 'name=Facility', 'lat=Lat', 'lon=Lon', 'heightM=Height'],
    );
  });
  it('prefers the header written exactly as in the mapping', () => {
    const r = matchHeaders(['dam id', 'Dam ID'], { sourceId: 'Dam ID' });
    assert.equal(r.ambiguous[0]?.used, 'Dam ID');
  });
});

describe('mapped CSV keeps a facility with a bad value', () => {
  it('imports the row with the field empty, the raw value kept and reported; reports the encoding', () => {
    const text =
      'Dam ID;Facility;Lat;Lon;Height;Province\r\nT-1;"Dam; one";49.5;-120.2;"-3,5";BC\r\nT-2;;49;-120;1;BC\r\n';
    const b = parseMappedCsv(new TextEncoder().encode(text), MAPPING);
    assert.deepEqual(b.detected, { encoding: 'utf-8', delimiter: ';' });
    assert.equal(b.records.length, 1);
    assert.equal(b.records[0]?.record.name, 'Dam; one');
    assert.equal(b.records[0]?.record.heightM, null);
    assert.deepEqual(b.records[0]?.record.invalidFields?.[0]?.raw, '-3,5');
    assert.deepEqual(
      b.invalidFields?.map((f) => [f.line, f.header]),
      [[2, 'Height']],
    );
    // No name: the facility cannot be identified, so the row is rejected.
    assert.deepEqual(
      b.rejected.map((r) => [r.line, r.reason]),
      [[3, 'no facility name']],
    );
  });
  it('validates the XLSX options of a mapping file', () => {
    assert.deepEqual(validateMapping({ ...MAPPING, headerRow: 0 }).problems, [
      '"headerRow" must be a row number (1 or more)',
    ]);
    assert.deepEqual(validateMapping(chileMapping).problems, []);
  });
  it('finds the header under a title block: the row with the id column that matches the most headers', () => {
    const mapping: ColumnMapping = {
      ...MAPPING,
      columns: { sourceId: 'ID', name: 'Nombre', lat: 'Latitud', lon: 'Longitud' },
    };
    const rows = [
      ['Catastro de depósitos'],
      ['ID', 'del registro'],
      [],
      ['Id', 'Nombre', 'LATITUD', 'longitud'],
      ['1', 'A', '-30', '-70'],
    ];
    assert.equal(findHeaderRow(rows, mapping), 3);
    assert.equal(findHeaderRow(rows, { ...mapping, headerRow: 2 }), 1);
    assert.equal(findHeaderRow([['Title'], ['x', 'y']], mapping), -1);
  });
});

describe('Chile: SERNAGEOMIN catastro (XLSX) through its mapping', {
  skip: chileFile ? false : 'shared data absent',
}, () => {
  it('imports all 836 deposits with their coordinates, finding the header under the title block', async () => {
    const b = await parseMappedXlsx(new Uint8Array(readFileSync(chileFile ?? '')), chileMapping);
    assert.deepEqual(b.rejected, []);
    assert.equal(b.records.length, 836);
    assert.equal(b.headerRow, 7);
    assert.equal(b.records.filter((r) => r.record.lat !== null && r.record.lon !== null).length, 836);
    assert.deepEqual(b.headers?.missing, []);
    const first = b.records[0];
    // Row 8 of the sheet (header on row 7): the deposit with id 0001-1N.
    assert.equal(first?.line, 8);
    assert.equal(first?.record.sourceId, '0001-1N');
    assert.equal(first?.record.countryIso3, 'CHL');
    assert.equal(first?.record.raiseMethod, 'downstream');
    assert.ok(b.records.every((r) => r.record.lat !== null && r.record.lat < -17 && r.record.lat > -56));
    assert.ok(b.headers?.unmatched.includes('TIPO_DEPOSITO'));
    assert.equal(first?.record.extra.TIPO_DEPOSITO, 'EMBALSE');
  });
  it('answers a file that is not a workbook with a rejected row, not an exception', async () => {
    const b = await parseMappedXlsx(new TextEncoder().encode('not a zip'), chileMapping);
    assert.equal(b.records.length, 0);
    assert.match(b.rejected[0]?.reason ?? '', /not a readable XLSX workbook/);
  });
});
