import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { sha256Hex, sniffFileType } from './file-type.ts';
import { minimalDocx, minimalPdf, minimalXlsx } from './fixtures.ts';
import { listZipEntries, readZipEntry, writeZip, writeZipAsync } from './zip.ts';

const enc = (s: string) => new TextEncoder().encode(s);

describe('upload content sniffing', () => {
  test('PDF, DOCX and XLSX are told apart by content', () => {
    assert.equal(sniffFileType(minimalPdf())?.kind, 'pdf');
    assert.equal(sniffFileType(minimalDocx())?.kind, 'docx');
    assert.equal(sniffFileType(minimalXlsx())?.kind, 'xlsx');
    assert.equal(
      sniffFileType(minimalDocx())?.mediaType,
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
  });

  test('a plain ZIP, an ODF-like ZIP, text and an executable are refused', () => {
    assert.equal(sniffFileType(writeZip([{ name: 'readme.txt', data: enc('hello') }])), null);
    assert.equal(
      sniffFileType(writeZip([{ name: 'word/document.xml', data: enc('<w:document/>') }])),
      null,
      'no [Content_Types].xml',
    );
    assert.equal(
      sniffFileType(
        writeZip([
          { name: 'mimetype', data: enc('application/vnd.oasis.opendocument.text') },
          { name: 'content.xml', data: enc('<office:document-content/>') },
        ]),
      ),
      null,
    );
    assert.equal(sniffFileType(enc('Just some text, not a PDF')), null);
    assert.equal(sniffFileType(new Uint8Array([0x4d, 0x5a, 0x90, 0x00])), null);
    assert.equal(sniffFileType(new Uint8Array()), null);
  });

  test('a DOCX whose content types do not declare the Word main part is refused', () => {
    const fake = writeZip([
      { name: '[Content_Types].xml', data: enc('<Types/>') },
      { name: 'word/document.xml', data: enc('<w:document/>') },
    ]);
    assert.equal(sniffFileType(fake), null);
  });

  test('sha256 of "abc" is the FIPS 180-2 test vector', () => {
    assert.equal(sha256Hex(enc('abc')), 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  test('property: sniffing never throws on arbitrary bytes, including damaged ZIPs', () => {
    const docx = minimalDocx();
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), fc.nat(docx.length - 1), fc.nat(255), (junk, at, v) => {
        sniffFileType(junk);
        const damaged = docx.slice();
        damaged[at] = v;
        const r = sniffFileType(damaged);
        assert.ok(r === null || r.kind === 'docx');
        sniffFileType(new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...junk]));
      }),
    );
  });

  test('property: a written ZIP lists and reads back every entry', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(
          fc.record({
            name: fc.string({ minLength: 1, maxLength: 20 }),
            data: fc.uint8Array({ maxLength: 300 }),
          }),
          {
            selector: (f) => f.name,
            maxLength: 8,
          },
        ),
        (files) => {
          const zip = writeZip(files);
          const entries = listZipEntries(zip);
          assert.ok(entries);
          assert.deepEqual(
            entries.map((e) => e.name),
            files.map((f) => f.name),
          );
          entries.forEach((e, i) => {
            assert.deepEqual(readZipEntry(zip, e), files[i]?.data);
          });
        },
      ),
    );
  });

  test('writeZipAsync packs the same bytes as writeZip, compressing off the event loop', async () => {
    const files = [
      { name: 'index.csv', data: new TextEncoder().encode('a,b\n'.repeat(1000)) },
      { name: 'files/001-x.pdf', data: new Uint8Array(5000).map((_, i) => (i * 7919) % 251) },
      { name: 'empty.txt', data: new Uint8Array(0) },
    ];
    assert.deepEqual(await writeZipAsync(files), writeZip(files));
  });
});
