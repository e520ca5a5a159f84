import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type ExportColumn, exportFileName, toCsv, toFeatureCollection } from './tabular.ts';

interface Row {
  name: string;
  m49: string;
  count: number | null;
}
const columns: ExportColumn<Row>[] = [
  { key: 'name', header: 'Name', value: (r) => r.name },
  { key: 'm49', header: 'M49', value: (r) => r.m49 },
  { key: 'count', header: 'Count', value: (r) => r.count },
];

/** A small RFC 4180 reader, independent of the writer, to check round trips. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += ch;
  }
  return rows;
}

describe('toCsv', () => {
  it('writes a header and CRLF-terminated rows, quoting only where needed', () => {
    const csv = toCsv(columns, [{ name: 'Chad', m49: '148', count: 3 }]);
    assert.equal(csv, 'Name,M49,Count\r\nChad,148,3\r\n');
  });

  it('round-trips commas, quotes, line breaks, Arabic and Chinese text', () => {
    const rows: Row[] = [
      { name: 'Bolivia (Plurinational State of), "BO"', m49: '068', count: null },
      { name: 'line\nbreak', m49: '004', count: -2 },
      { name: 'المملكة العربية السعودية', m49: '682', count: 0 },
      { name: '中华人民共和国', m49: '156', count: 1.5 },
    ];
    const parsed = parseCsv(toCsv(columns, rows));
    assert.deepEqual(parsed[0], ['Name', 'M49', 'Count']);
    assert.deepEqual(
      parsed.slice(1),
      rows.map((r) => [r.name, r.m49, r.count === null ? '' : String(r.count)]),
    );
  });

  it('neutralises text that a spreadsheet would run as a formula, but not numbers', () => {
    const parsed = parseCsv(toCsv(columns, [{ name: '=HYPERLINK("x")', m49: '-1', count: -5 }]));
    assert.deepEqual(parsed[1], ['\'=HYPERLINK("x")', "'-1", '-5']);
  });
});

describe('toFeatureCollection', () => {
  it('keeps row order, puts columns in properties and allows missing geometry', () => {
    const fc = toFeatureCollection(
      columns,
      [
        { name: 'A', m49: '001', count: 1 },
        { name: 'B', m49: '002', count: null },
      ],
      (r) => (r.m49 === '001' ? { type: 'Point', coordinates: [1, 2] } : null),
    );
    assert.equal(fc.type, 'FeatureCollection');
    assert.deepEqual(
      fc.features.map((f) => [f.properties, f.geometry]),
      [
        [
          { name: 'A', m49: '001', count: 1 },
          { type: 'Point', coordinates: [1, 2] },
        ],
        [{ name: 'B', m49: '002', count: null }, null],
      ],
    );
  });
});

describe('exportFileName', () => {
  it('makes a dated ASCII slug', () => {
    assert.equal(
      exportFileName('Countries: Africa', 'csv', new Date('2026-03-01T12:00:00Z')),
      'strata-countries-africa-2026-03-01.csv',
    );
    assert.equal(
      exportFileName('بلدان', 'geojson', new Date('2026-03-01T00:00:00Z')),
      'strata-export-2026-03-01.geojson',
    );
  });
});
