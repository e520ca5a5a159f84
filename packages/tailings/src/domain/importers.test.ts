import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { sharedDataFile } from '@strata/core';
import fc from 'fast-check';
import { parseCsp2Failures } from './csp2.ts';
import { parseGtpJson } from './gtp.ts';
import { type ColumnMapping, parseMappedCsv, parseMappedGeoJson, validateMapping } from './mapped.ts';
import { parseSigbm } from './sigbm.ts';

const sigbmFile = sharedDataFile('tailings/br-anm-sigbm-2021-09.csv');
const csp2File = sharedDataFile('tailings/csp2-tailings-failures-1915-2022.csv');

const HEADER =
  '"ID";"Nome";"Empreendedor";"UF";"Município";"Latitude";"Longitude";"Posicionamento";"Categoria de Risco - CRI";"Dano Potencial Associado - DPA";"Classe";"Nível de Emergência";"Situação Operacional";"Minério principal presente no reservatório";"A Barragem armazena rejeitos/residuos que contenham Cianeto";"Altura máxima atual (m)";"Método construtivo da barragem";"Volume atual do Reservatório (m³)"';

function latin1(text: string): string {
  // Round-trip through Latin-1 bytes as the real export is encoded.
  return new TextDecoder('latin1').decode(Uint8Array.from([...text].map((c) => c.charCodeAt(0))));
}

describe('parseSigbm (synthetic)', () => {
  it('reads a row, its DMS coordinates with decimal commas, ratings verbatim and Brazilian numbers', () => {
    const text = latin1(
      `${HEADER}\r\n"1";"B1";"Mina SA";"MG";"Brumadinho";"-20°07'11,9''";"-44°07'18,2''";"Sul do Equador";"Alta";"Alta";"A";"Emergência Nivel 2";"Inativa";"Minério de Ferro";"Não";"86,00";"Alteamento a montante ou desconhecido";"11.700.000,00"\r\n`,
    );
    const b = parseSigbm(text);
    assert.deepEqual(b.rejected, []);
    const r = b.records[0]?.record;
    assert.ok(r);
    assert.equal(r.sourceId, '1');
    assert.ok(Math.abs((r.lat ?? 0) - -20.119972) < 1e-5);
    assert.ok(Math.abs((r.lon ?? 0) - -44.121722) < 1e-5);
    assert.deepEqual(r.classification, { system: 'br_dpa', raw: 'Alta' });
    assert.deepEqual(r.otherRatings, [
      { system: 'br_cri', raw: 'Alta' },
      { system: 'br_class', raw: 'A' },
    ]);
    assert.equal(r.volumeM3, 11_700_000);
    assert.equal(r.heightM, 86);
    assert.equal(r.raiseMethod, 'unknown');
    assert.equal(r.raiseMethodRaw, 'Alteamento a montante ou desconhecido');
    assert.equal(r.status, 'inactive');
    assert.equal(r.stabilityConcerns, true);
    assert.equal(r.commodity, 'iron');
    assert.equal(r.toxicity.cyanide, false);
    assert.equal(r.provenance.licence.includes('Brazilian open government data'), true);
  });
  it('maps renamed, reordered and re-cased headers, and reports unknown columns', () => {
    const text =
      '"LONGITUDE";"nome";"id";"latitude";"Coluna Nova";"situacao operacional"\r\n' +
      `"-44°00'00.0''";"X";"7";"-20°00'00.0''";"abc";"Ativa"\r\n`;
    const b = parseSigbm(text);
    assert.deepEqual(b.unknownColumns, ['Coluna Nova']);
    assert.equal(b.records.length, 1);
    assert.equal(b.records[0]?.record.extra['Coluna Nova'], 'abc');
    assert.equal(b.records[0]?.record.lat, -20);
  });
  it('rejects each bad row with its line and reason, keeping the good ones', () => {
    const text =
      '"ID";"Nome";"Latitude";"Longitude"\r\n' +
      `"1";"ok";"-20°00'00.0''";"-44°00'00.0''"\r\n` +
      `"2";"bad lat";"north";"-44°00'00.0''"\r\n` +
      `"";"no id";"-20°00'00.0''";"-44°00'00.0''"\r\n` +
      `"1";"dup";"-20°00'00.0''";"-44°00'00.0''"\r\n` +
      `"3";"short"\r\n`;
    const b = parseSigbm(text);
    assert.equal(b.records.length, 1);
    assert.deepEqual(
      b.rejected.map((r) => [r.line, r.reason.split(' ').slice(0, 2).join(' ')]),
      [
        [3, 'column "Latitude":'],
        [4, 'no source'],
        [5, 'duplicate ID'],
        [6, 'has 2'],
      ],
    );
  });
  it('reports missing required columns and imports nothing', () => {
    const b = parseSigbm('"ID";"Nome"\r\n"1";"x"\r\n');
    assert.equal(b.records.length, 0);
    assert.ok(b.missingColumns.includes('Latitude'));
  });
});

describe('parseSigbm (the 2021-09 export)', { skip: sigbmFile ? false : 'shared data absent' }, () => {
  it('imports all 909 dams with coordinates in Brazil and no unknown column', () => {
    const text = new TextDecoder('latin1').decode(readFileSync(sigbmFile ?? ''));
    const b = parseSigbm(text);
    assert.deepEqual(b.unknownColumns, []);
    assert.equal(b.records.length + b.rejected.length, 909);
    assert.equal(b.rejected.length, 0);
    for (const { record } of b.records) {
      assert.ok(
        record.lat !== null && record.lat > -34 && record.lat < 6,
        `${record.sourceId} lat ${record.lat}`,
      );
      assert.ok(
        record.lon !== null && record.lon > -74 && record.lon < -28,
        `${record.sourceId} lon ${record.lon}`,
      );
    }
    // SIGBM's only upstream label is "a montante ou desconhecido" (upstream or unknown): scored unknown, raw kept.
    const upstreamOrUnknown = b.records.filter((r) => /montante/i.test(r.record.raiseMethodRaw ?? ''));
    assert.equal(upstreamOrUnknown.length, 65);
    assert.equal(b.records.filter((r) => r.record.raiseMethod === 'upstream').length, 0);
    assert.ok(upstreamOrUnknown.every((r) => r.record.raiseMethod === 'unknown'));
    assert.ok(b.records.some((r) => r.record.name.includes('ã') || r.record.name.includes('ç')));
  });
});

const MAPPING: ColumnMapping = {
  source: 'test-registry',
  sourceName: 'Test registry',
  licence: 'CC BY 4.0',
  retrieved: '2024-01-01',
  classificationSystem: 'cda',
  defaults: { country: 'CAN' },
  columns: {
    sourceId: 'Dam ID',
    name: 'Facility',
    lat: 'Lat',
    lon: 'Lon',
    classification: 'Consequence',
    status: 'Status',
  },
};

describe('generic CSV and GeoJSON with a mapping', () => {
  it('validates a mapping file', () => {
    assert.deepEqual(validateMapping(MAPPING).problems, []);
    const bad = validateMapping({ source: 'x', columns: { nope: 'A' } });
    assert.ok(bad.problems.some((p) => p.includes('unknown field "nope"')));
    assert.ok(bad.problems.some((p) => p.includes('licence')));
  });
  it('imports CSV rows by header, reports unknown columns and bad rows with lines', () => {
    const csv =
      'dam id,FACILITY,lat,lon,consequence,status,Owner note\n1,A,49.1,-120.5,Very High,Closed,x\n2,B,95,-120,Low,Active,\n';
    const b = parseMappedCsv(new TextEncoder().encode(csv), MAPPING);
    assert.equal(b.records.length, 1);
    assert.deepEqual(b.unknownColumns, ['Owner note']);
    assert.equal(b.records[0]?.record.countryIso3, 'CAN');
    assert.equal(b.records[0]?.record.status, 'closed');
    assert.deepEqual(b.records[0]?.record.classification, { system: 'cda', raw: 'Very High' });
    assert.equal(b.rejected[0]?.line, 3);
    assert.match(b.rejected[0]?.reason ?? '', /column "lat"/);
  });
  it('imports GeoJSON points, taking coordinates from the geometry', () => {
    const geo = JSON.stringify({
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          geometry: { type: 'Point', coordinates: [-120, 50] },
          properties: { 'Dam ID': 'g1', Facility: 'G' },
        },
        {
          type: 'Feature',
          geometry: { type: 'LineString', coordinates: [] },
          properties: { 'Dam ID': 'g2', Facility: 'H' },
        },
      ],
    });
    const b = parseMappedGeoJson(geo, { ...MAPPING, columns: { sourceId: 'Dam ID', name: 'Facility' } });
    assert.equal(b.records[0]?.record.lat, 50);
    assert.equal(b.records[0]?.record.lon, -120);
    assert.deepEqual(
      b.rejected.map((r) => r.line),
      [2],
    );
  });
});

describe('parseGtpJson', () => {
  it('reads the portal form, keeps unknown keys, and reports rows it cannot read', () => {
    const json = JSON.stringify([
      {
        'TSF ID': 101,
        'TSF Name': 'North Dam',
        Country: 'Chile',
        Latitude: -24.2,
        Longitude: -69.1,
        Status: 'Active',
        'Raise Type': 'Centreline',
        'Hazard Categorisation': 'High C',
        'Classification System': 'ANCOLD',
        Commodity: 'Cu',
        Owners: ['A Corp', 'B Ltd'],
        'Favourite colour': 'blue',
      },
      { 'TSF ID': 102, 'TSF Name': 'Nowhere', Country: 'Atlantis' },
    ]);
    const b = parseGtpJson(json);
    const r = b.records[0]?.record;
    assert.ok(r);
    assert.equal(r.countryIso3, 'CHL');
    assert.equal(r.raiseMethod, 'centreline');
    assert.deepEqual(r.classification, { system: 'ANCOLD', raw: 'High C' });
    assert.deepEqual(r.owners, ['A Corp', 'B Ltd']);
    assert.equal(r.commodity, 'copper');
    assert.deepEqual(b.unknownColumns, ['Favourite colour']);
    assert.equal(b.rejected[0]?.line, 2);
    assert.match(b.rejected[0]?.reason ?? '', /Atlantis/);
  });
  it('rejects a file that is not JSON', () => {
    assert.match(parseGtpJson('{nope').rejected[0]?.reason ?? '', /not JSON/);
  });
});

describe('parseCsp2Failures', { skip: csp2File ? false : 'shared data absent' }, () => {
  it('reads the failures list with release, runout and dam type', () => {
    const b = parseCsp2Failures(readFileSync(csp2File ?? '', 'utf8'));
    assert.ok(b.records.length > 350, `${b.records.length}`);
    const ids = new Set(b.records.map((r) => r.sourceId));
    assert.equal(ids.size, b.records.length);
    const jager = b.records.find((r) => r.location.startsWith('Jagersfontein'));
    assert.equal(jager?.countryIso3, 'ZAF');
    assert.equal(jager?.releaseM3, 5_040_000);
    assert.equal(jager?.runoutKm, 63);
    assert.equal(jager?.date, '2022-09-11');
    assert.ok(b.records.filter((r) => r.raiseMethod === 'upstream').length > 20);
  });
});

describe('parsers never throw on arbitrary input (property)', () => {
  it('SIGBM, GTP and mapped CSV return rejected rows instead of throwing', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (noise) => {
        const sigbm = parseSigbm(
          `"ID";"Nome";"Latitude";"Longitude"\r\n${noise}\r\n"1";"${noise.replaceAll('"', '')}";"x";"y"`,
        );
        assert.equal(sigbm.records.length, sigbm.records.filter((r) => r.record.sourceId !== '').length);
        parseGtpJson(noise);
        parseMappedCsv(new TextEncoder().encode(`Dam ID,Facility\n${noise}`), MAPPING);
      }),
      { numRuns: 300 },
    );
  });
});
