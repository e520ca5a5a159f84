import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { decodeText, decodeTextDetected, parseDelimited, sniffDelimiter } from './csv-read.ts';
import { toCsv } from './csv-write.ts';

describe('parseDelimited', () => {
  it('reads quoted fields with delimiters, doubled quotes and line breaks, and reports start lines', () => {
    const rows = parseDelimited('a;b\r\n1;"x;""y"""\r\n"multi\r\nline";2\r\n\r\n3;4', ';');
    assert.deepEqual(rows, [
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['1', 'x;"y"'] },
      { line: 3, fields: ['multi\r\nline', '2'] },
      { line: 6, fields: ['3', '4'] },
    ]);
  });
  it('drops a byte-order mark', () => {
    assert.deepEqual(parseDelimited('\uFEFFid,name\n1,x\n')[0]?.fields, ['id', 'name']);
  });
  it('round-trips what toCsv writes (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.string(), { minLength: 2, maxLength: 2 }), { maxLength: 5 }),
        (rows) => {
          const nonBlank = rows.filter((r) => !(r[0] === '' && r[1] === ''));
          const text = toCsv(['h1', 'h2'], nonBlank);
          const back = parseDelimited(text).map((r) => r.fields);
          // A cell a spreadsheet would run as a formula comes back behind the neutralising quote.
          const neutralised = nonBlank.map((r) => r.map((c) => (/^[=+\-@\t\r]/.test(c) ? `'${c}` : c)));
          assert.deepEqual(back, [['h1', 'h2'], ...neutralised]);
        },
      ),
      { numRuns: 200 },
    );
  });
  it('sniffs the delimiter from the header', () => {
    assert.equal(sniffDelimiter('"a;b",c,d\n'), ',');
    assert.equal(sniffDelimiter('a;b;c\n'), ';');
  });
  it('decodes Latin-1 when the bytes are not UTF-8', () => {
    assert.equal(decodeText(new Uint8Array([0x4d, 0xe9, 0x64, 0x69, 0x61])), 'Média');
    assert.equal(decodeText(new TextEncoder().encode('Média')), 'Média');
  });
  it('says which encoding it found: UTF-8 with or without BOM, else Windows-1252', () => {
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Média')]);
    assert.deepEqual(decodeTextDetected(bom), { text: 'Média', encoding: 'utf-8 with BOM' });
    assert.deepEqual(decodeTextDetected(new TextEncoder().encode('Média')), {
      text: 'Média',
      encoding: 'utf-8',
    });
    // 0x96 is an en dash in Windows-1252 (a C1 control code in strict ISO-8859-1).
    assert.deepEqual(decodeTextDetected(new Uint8Array([0x4d, 0xe9, 0x64, 0x96])), {
      text: 'Méd–',
      encoding: 'windows-1252',
    });
  });
});
