import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { precompressDir } from './precompress.ts';

describe('precompressing the built web app', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'strata-precompress-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('writes gzip and Brotli copies of the text files that decompress to the same bytes', () => {
    mkdirSync(path.join(dir, 'assets'));
    const json = JSON.stringify({ features: Array.from({ length: 2000 }, (_, i) => [i, i * 2]) });
    writeFileSync(path.join(dir, 'assets', 'shapes.json'), json);
    writeFileSync(path.join(dir, 'small.js'), 'export const a = 1;');
    writeFileSync(path.join(dir, 'picture.png'), Buffer.alloc(4096, 7));

    const result = precompressDir(dir);

    assert.equal(result.files, 1);
    assert.equal(result.bytes, Buffer.byteLength(json));
    assert.ok(result.gzipBytes < result.bytes / 2, `${result.gzipBytes} of ${result.bytes}`);
    const file = path.join(dir, 'assets', 'shapes.json');
    assert.equal(gunzipSync(readFileSync(`${file}.gz`)).toString(), json);
    assert.equal(brotliDecompressSync(readFileSync(`${file}.br`)).toString(), json);
    // Too small to gain, or not text: left alone.
    assert.throws(() => readFileSync(path.join(dir, 'small.js.gz')), /ENOENT/);
    assert.throws(() => readFileSync(path.join(dir, 'picture.png.gz')), /ENOENT/);
  });
});
