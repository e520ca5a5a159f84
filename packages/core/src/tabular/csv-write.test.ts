import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { csvCell, toCsv, toCsvColumns } from './csv-write.ts';

test('CSV quoting and formula neutralising', () => {
  assert.equal(
    toCsv(
      ['a', 'b'],
      [
        ['x,y', 'say "hi"'],
        [1.5, null],
      ],
    ),
    'a,b\r\n"x,y","say ""hi"""\r\n1.5,\r\n',
  );
  assert.equal(csvCell('=HYPERLINK("x")'), `"'=HYPERLINK(""x"")"`);
  assert.equal(csvCell(-3), '-3');
});

test('property: a quoted cell round-trips through a minimal RFC 4180 reader', () => {
  const read = (cell: string) => (cell.startsWith('"') ? cell.slice(1, -1).replaceAll('""', '"') : cell);
  fc.assert(
    fc.property(fc.string(), (s) => {
      const back = read(csvCell(s));
      assert.ok(back === s || back === `'${s}`);
    }),
  );
});

test('every formula start is neutralised, in a cell and through typed columns (OWASP CSV injection)', () => {
  for (const start of ['=', '+', '-', '@', '\t', '\r']) {
    const cell = csvCell(`${start}1+1`);
    assert.ok(cell.startsWith(`'`) || cell.startsWith(`"'`), JSON.stringify(cell));
  }
  const csv = toCsvColumns(
    [{ key: 'name', header: 'Name', value: (r: { name: string }) => r.name }],
    [{ name: '=cmd|"/c calc"!A1' }],
  );
  assert.equal(csv, `Name\r\n"'=cmd|""/c calc""!A1"\r\n`);
});
