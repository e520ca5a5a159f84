import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { csvCell, toCsv } from './csv.ts';

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
