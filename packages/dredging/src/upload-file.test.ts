import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, it } from 'node:test';
import { receiveUpload } from './upload-file.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'strata-upload-file-'));
after(() => rmSync(dir, { recursive: true, force: true }));

/** A body of `chunks` chunks of `size` bytes, as a request without a length arrives. */
const body = (chunks: number, size: number) =>
  new ReadableStream<Uint8Array>({
    start(controller) {
      for (let i = 0; i < chunks; i++) controller.enqueue(new Uint8Array(size).fill(65 + i));
      controller.close();
    },
  });

it('streams a body to a file in the folder and counts its bytes', async () => {
  const got = await receiveUpload(body(3, 1000), dir, 3000);
  assert.equal(got.bytes, 3000);
  assert.equal(readFileSync(got.filePath).length, 3000);
  assert.equal(path.dirname(got.filePath), dir);
  rmSync(got.filePath);
});

it('refuses a streamed body one byte past the limit with 413, leaving no partial file', async () => {
  await assert.rejects(receiveUpload(body(3, 1000), dir, 2999), (e: Error & { status?: number }) => {
    assert.equal(e.status, 413);
    assert.match(e.message, /STRATA_AIS_UPLOAD_MB/);
    return true;
  });
  assert.deepEqual(readdirSync(dir), []);
});
