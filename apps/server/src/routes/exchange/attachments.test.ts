import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { MAX_UPLOAD_BYTES, sha256Hex } from '@strata/core';
import { minimalDocx, minimalPdf } from '@strata/core/files/testing';
import { AuditRepository } from '@strata/db';
import { testDatabases } from '@strata/db/testing';
import { exchangeModule } from '../../modules/exchange.ts';
import { processModule } from '../../modules/process.ts';
import { createTestPlatform, type TestClient, type TestPlatform } from '../../test-support.ts';

const form = (name: string, bytes: Uint8Array) => {
  const f = new FormData();
  f.append('file', new File([bytes as Uint8Array<ArrayBuffer>], name));
  return f;
};
const json = async <T>(res: Response): Promise<T> => (await res.json()) as T;

for (const factory of testDatabases()) {
  describe(`exchange attachments on ${factory.name}`, () => {
    let p: TestPlatform;
    let brazil: TestClient;
    let argentina: TestClient;
    let threadId: string;
    before(async () => {
      // A request limit above the upload bound, so that the 413 below is the upload rule's own.
      p = await createTestPlatform(await factory.open(), {
        modules: [processModule, exchangeModule],
        maxBodyBytes: MAX_UPLOAD_BYTES + 1024 * 1024,
      });
      brazil = await p.clientAs('focal_point', { countryIso3: 'BRA' });
      argentina = await p.clientAs('focal_point', { countryIso3: 'ARG' });
      const res = await brazil.request('POST', '/api/exchange/spaces/theme-water/threads', {
        language: 'en',
        kind: 'question',
        title: 'Water balance of tailings facilities',
        body: 'Which water balance models do regulators ask for?',
      });
      threadId = (await json<{ thread: { id: string } }>(res)).thread.id;
    });
    after(() => p.close());

    test('a thread file: 401 anonymous, 403 another country, 201 its author with the SHA-256 kept, audited', async () => {
      const pdf = minimalPdf('water balance');
      const path = `/api/exchange/threads/${threadId}/attachments`;
      assert.equal((await p.anonymous().request('POST', path, form('model.pdf', pdf))).status, 401);
      assert.equal((await argentina.request('POST', path, form('model.pdf', pdf))).status, 403);
      const res = await brazil.request('POST', path, form('Modèle eau.pdf', pdf));
      assert.equal(res.status, 201);
      const a = await json<{
        id: string;
        sha256: string;
        mediaType: string;
        sizeBytes: number;
        name: string;
      }>(res);
      assert.equal(a.sha256, sha256Hex(pdf));
      assert.equal(a.mediaType, 'application/pdf');
      assert.equal(a.sizeBytes, pdf.length);
      assert.equal(a.name, 'Modèle eau.pdf');
      const file = await p.anonymous().request('GET', `/api/exchange/attachments/${a.id}/file`);
      assert.equal(file.status, 200);
      assert.equal(file.headers.get('etag'), `"sha256-${sha256Hex(pdf)}"`);
      assert.equal(file.headers.get('content-type'), 'application/pdf');
      assert.deepEqual(new Uint8Array(await file.arrayBuffer()), pdf);
      const audit = await new AuditRepository(p.ctx.db.kysely).list({ entityId: a.id });
      assert.deepEqual(
        audit.map((x) => x.action),
        ['exchange.attachment.create'],
      );
    });

    test('the upload rules: a text file is 415, a file over 10 MiB is 413, neither stored', async () => {
      const path = `/api/exchange/threads/${threadId}/attachments`;
      const before = (await json<{ items: unknown[] }>(await p.anonymous().request('GET', path))).items
        .length;
      const text = new TextEncoder().encode('just some text, named like a PDF');
      assert.equal((await brazil.request('POST', path, form('notes.pdf', text))).status, 415);
      const big = new Uint8Array(MAX_UPLOAD_BYTES + 1);
      big.set(minimalPdf());
      const tooBig = await brazil.request('POST', path, form('big.pdf', big));
      assert.equal(tooBig.status, 413);
      assert.equal(tooBig.headers.get('content-type'), 'application/problem+json');
      const after = (await json<{ items: unknown[] }>(await p.anonymous().request('GET', path))).items.length;
      assert.equal(after, before);
    });

    test("a reply's file is listed with its thread's; a draft case's file is for its country only", async () => {
      const reply = await json<{ id: string }>(
        await argentina.request('POST', `/api/exchange/threads/${threadId}/replies`, {
          body: 'We ask for a monthly water balance.',
        }),
      );
      const docx = minimalDocx('monthly balance');
      assert.equal(
        (await brazil.request('POST', `/api/exchange/replies/${reply.id}/attachments`, form('b.docx', docx)))
          .status,
        403,
      );
      const added = await argentina.request(
        'POST',
        `/api/exchange/replies/${reply.id}/attachments`,
        form('balance.docx', docx),
      );
      assert.equal(added.status, 201);
      const { items } = await json<{ items: { ownerKind: string; sha256: string }[] }>(
        await p.anonymous().request('GET', `/api/exchange/threads/${threadId}/attachments`),
      );
      assert.ok(items.some((i) => i.ownerKind === 'reply' && i.sha256 === sha256Hex(docx)));

      const created = await brazil.request('POST', '/api/exchange/cases', {
        countryIso3: 'BRA',
        stage: 'closure',
        theme: 'water',
        language: 'en',
        title: 'Water treatment after closure',
        problem: 'Acid drainage after closure.',
        actions: 'Passive treatment wetlands.',
        results: 'pH back to 6.5 within two years.',
      });
      const caseId = (await json<{ case: { id: string } }>(created)).case.id;
      const path = `/api/exchange/cases/${caseId}/attachments`;
      assert.equal((await argentina.request('POST', path, form('x.pdf', minimalPdf()))).status, 404);
      const res = await brazil.request('POST', path, form('wetlands.pdf', minimalPdf('wetlands')));
      assert.equal(res.status, 201);
      const { id } = await json<{ id: string }>(res);
      assert.equal((await p.anonymous().request('GET', `/api/exchange/attachments/${id}/file`)).status, 404);
      assert.equal((await brazil.request('GET', `/api/exchange/attachments/${id}/file`)).status, 200);
      assert.equal((await brazil.request('GET', path)).status, 200);
    });
  });
}
