import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { deriveBrazilClass } from './br-class.ts';
import { parseSigbmFile } from './sigbm.ts';

/**
 * Two shapes of the same register, built here: the 2021 export (`;`, Latin-1, capitalised headers, a
 * `Classe` column, DMS coordinates) and a later one (`,`, UTF-8, lower-case headers, no `Classe`). The
 * later export's extra column names below are this test's own (the real names were not available to
 * check): they reach the model through the `columns` option, as a user's mapping file would.
 */
const latin1 = (text: string) => Uint8Array.from([...text].map((c) => c.charCodeAt(0)));
const utf8 = (text: string, bom = false) =>
  new Uint8Array([...(bom ? [0xef, 0xbb, 0xbf] : []), ...new TextEncoder().encode(text)]);

const SHAPE_2021 =
  '"ID";"Nome";"Empreendedor";"Município";"Latitude";"Longitude";"Posicionamento";"Categoria de Risco - CRI";"Dano Potencial Associado - DPA";"Classe";"Altura máxima atual (m)";"Volume atual do Reservatório (m³)"\r\n' +
  `"101";"Barragem Fictícia Um";"Mineração Exemplo; Ltda";"São Tiago";"-20°07'11,9''";"-44°07'18,2''";"Sul do Equador";"Alta";"Média";"B";"86,00";"11.700.000,00"\r\n`;

const LATER_HEADER =
  'id,nome,empreendedor,município,latitude,longitude,categoria de risco - cri,dano potencial associado - dpa,altura máxima atual (m),fase descaracterização (teste),início operação (teste),cota crista (teste),capacidade total (teste),certificações (teste),largura praia (teste)';
const LATER_COLUMNS = {
  decharacterisationPhase: 'Fase descaracterização (teste)',
  operationStart: 'início operação (teste)',
  crestElevationM: 'cota crista (teste)',
  totalCapacityM3: 'capacidade total (teste)',
  certifications: 'certificações (teste)',
  beachWidthM: 'largura praia (teste)',
};
const laterRow = (cells: string[]) => `${cells.join(',')}\r\n`;

describe('SIGBM exports in either shape', () => {
  it('reads the 2021 shape: Latin-1, `;`, quoted `;` inside a field, DMS with decimal commas, Classe kept', () => {
    const b = parseSigbmFile(latin1(SHAPE_2021));
    assert.deepEqual(b.detected, { encoding: 'windows-1252', delimiter: ';' });
    assert.deepEqual(b.rejected, []);
    const r = b.records[0]?.record;
    assert.ok(r);
    assert.equal(r.name, 'Barragem Fictícia Um');
    assert.equal(r.municipality, 'São Tiago');
    assert.equal(r.operator, 'Mineração Exemplo; Ltda');
    // -(20 + 7/60 + 11.9/3600), by hand
    assert.ok(Math.abs((r.lat ?? 0) + 20.1199722) < 1e-6);
    assert.equal(r.heightM, 86);
    assert.equal(r.volumeM3, 11_700_000);
    assert.deepEqual(r.otherRatings, [
      { system: 'br_cri', raw: 'Alta' },
      { system: 'br_class', raw: 'B' },
    ]);
  });

  it('reads the later shape: UTF-8 with BOM, `,`, lower-case headers, quoted commas, decimal coordinates', () => {
    const text =
      `${LATER_HEADER}\r\n` +
      laterRow([
        '"2001"',
        '"Barragem Fictícia Dois"',
        '"Exemplo Mineração, S.A."',
        'Itabira',
        '"-19,6190"',
        '"-43,2270"',
        'Baixa',
        'Alta',
        '"42,50"',
        '"Em obras de descaracterização"',
        '15/03/1998',
        '"1.024,5"',
        '"3.500.000,00"',
        '"ISO 9001; ISO 14001"',
        '"120,0"',
      ]);
    const b = parseSigbmFile(utf8(text, true), { columns: LATER_COLUMNS });
    assert.deepEqual(b.detected, { encoding: 'utf-8 with BOM', delimiter: ',' });
    assert.deepEqual(b.rejected, []);
    const r = b.records[0]?.record;
    assert.ok(r);
    assert.equal(r.sourceId, '2001');
    assert.equal(r.operator, 'Exemplo Mineração, S.A.');
    assert.equal(r.lat, -19.619);
    assert.equal(r.lon, -43.227);
    assert.equal(r.heightM, 42.5);
    assert.deepEqual(r.details, {
      decharacterisationPhase: 'Em obras de descaracterização',
      operationStart: '1998-03-15',
      crestElevationM: 1024.5,
      totalCapacityM3: 3_500_000,
      certifications: ['ISO 9001', 'ISO 14001'],
      beachWidthM: 120,
    });
    assert.equal(r.startYear, 1998);
    // No Classe column: CRI Baixa × DPA Alta is class B, marked as derived.
    const derived = r.otherRatings.find((x) => x.system === 'br_class');
    assert.equal(derived?.raw, 'B');
    assert.match(derived?.derivedBy ?? '', /derived from CRI × DPA/);
    assert.deepEqual(
      b.headers?.matched.filter((m) => m.field === 'crestElevationM'),
      [{ field: 'crestElevationM', header: 'cota crista (teste)' }],
    );
  });

  it('keeps a facility whose height is -11,00: the height empty, flagged invalid with its raw value, reported', () => {
    const text =
      `${LATER_HEADER}\r\n` +
      laterRow([
        '3001',
        'Fictícia Três',
        'X',
        'Mariana',
        '-19.5',
        '-43.5',
        'Média',
        'Baixa',
        '"-11,00"',
        '',
        '',
        '',
        '',
        '',
        '',
      ]);
    const b = parseSigbmFile(utf8(text), { columns: LATER_COLUMNS });
    assert.equal(b.detected?.encoding, 'utf-8');
    assert.equal(b.records.length, 1);
    assert.deepEqual(b.rejected, []);
    const r = b.records[0]?.record;
    assert.equal(r?.heightM, null);
    assert.equal(r?.invalidFields?.[0]?.field, 'heightM');
    assert.equal(r?.invalidFields?.[0]?.raw, '-11,00');
    assert.equal(r?.otherRatings.find((x) => x.system === 'br_class')?.raw, 'D');
    assert.deepEqual(
      b.invalidFields?.map((f) => [f.line, f.sourceId, f.header, f.raw]),
      [[2, '3001', 'altura máxima atual (m)', '-11,00']],
    );
  });

  it('rejects only rows that cannot be identified or placed', () => {
    const text =
      'id\tnome\tlatitude\tlongitude\tcategoria de risco - cri\tdano potencial associado - dpa\r\n' +
      '1\tok\t-20.1\t-44.1\tNão se aplica\tNão se aplica\r\n' +
      '2\t\t-20.1\t-44.1\t\t\r\n' +
      '3\tsem local\tnorte\t-44.1\t\t\r\n' +
      '4\tsem coordenadas\t\t\tAlta\tSem dado\n';
    const b = parseSigbmFile(utf8(text));
    assert.equal(b.detected?.delimiter, 'tab');
    assert.deepEqual(
      b.records.map((x) => x.record.sourceId),
      ['1', '4'],
    );
    assert.deepEqual(
      b.rejected.map((x) => x.line),
      [3, 4],
    );
    // Outside the national policy ("Não se aplica"): no class and nothing to explain.
    assert.equal(
      b.records[0]?.record.otherRatings.find((x) => x.system === 'br_class'),
      undefined,
    );
    assert.equal(b.records[0]?.record.extra['Strata: class'], undefined);
    // A DPA that is not a level: no class, and the reason is kept.
    assert.match(b.records[1]?.record.extra['Strata: class'] ?? '', /not both Alta\/Média\/Baixa/);
  });

  it('reports two columns for one field as ambiguous and reads the first', () => {
    const text = 'ID;Nome;Latitude;Longitude;CRI;Categoria de Risco\r\n1;x;-20;-44;Alta;Baixa\r\n';
    const b = parseSigbmFile(utf8(text));
    assert.deepEqual(b.headers?.ambiguous, [
      { field: 'cri', headers: ['CRI', 'Categoria de Risco'], used: 'CRI' },
    ]);
    assert.equal(b.records[0]?.record.otherRatings[0]?.raw, 'Alta');
  });
});

describe('deriveBrazilClass', () => {
  it('follows the CRI × DPA matrix cell by cell', () => {
    // Rows CRI Alta/Média/Baixa, columns DPA Alta/Média/Baixa, as written in the 2021 export's Classe column.
    const expected = [
      ['A', 'B', 'C'],
      ['B', 'C', 'D'],
      ['B', 'C', 'E'],
    ];
    const levels = ['Alta', 'Média', 'Baixa'];
    levels.forEach((cri, i) => {
      levels.forEach((dpa, j) => {
        assert.equal(deriveBrazilClass(cri, dpa).class, expected[i]?.[j], `${cri} × ${dpa}`);
      });
    });
    assert.equal(deriveBrazilClass('ALTO', 'baixo').class, 'C');
    assert.equal(deriveBrazilClass('Não se aplica', 'Alta').class, null);
  });
});
