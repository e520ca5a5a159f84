import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sha256Hex } from '@strata/core';
import { minimalPdf } from '@strata/core/files/testing';
import { AuditRepository } from '@strata/db';
import { testDatabases } from '@strata/db/testing';
import { exchangeModule } from '../../modules/exchange.ts';
import { processModule } from '../../modules/process.ts';
import { createTestPlatform, type TestClient, type TestPlatform } from '../../test-support.ts';

const json = async <T>(res: Response): Promise<T> => (await res.json()) as T;
const caseInput = (title: string) => ({
  countryIso3: 'BRA',
  stage: 'processing',
  theme: 'mercury_artisanal',
  language: 'en',
  title,
  problem: 'Mercury amalgamation in artisanal gold processing.',
  actions: 'Retorts lent to cooperatives, with training.',
  results: 'Mercury use down by half in two years.',
});

for (const factory of testDatabases()) {
  describe(`exchange merges of duplicate cases on ${factory.name}`, () => {
    let p: TestPlatform;
    let brazil: TestClient;
    let secretariat: TestClient;
    let kept: string;
    let duplicate: string;
    before(async () => {
      p = await createTestPlatform(await factory.open(), { modules: [processModule, exchangeModule] });
      brazil = await p.clientAs('focal_point', { countryIso3: 'BRA' });
      secretariat = await p.clientAs('secretariat');
      const create = async (title: string) =>
        (
          await json<{ case: { id: string } }>(
            await brazil.request('POST', '/api/exchange/cases', caseInput(title)),
          )
        ).case.id;
      kept = await create('Retorts for artisanal gold miners');
      duplicate = await create('Retorts lent to artisanal gold cooperatives');
      // The duplicate has a history of its own: a second version and a file.
      const v2 = await brazil.request('POST', `/api/exchange/cases/${duplicate}/versions`, {
        ...caseInput('Retorts lent to artisanal gold cooperatives (2)'),
      });
      assert.ok(v2.ok, await v2.clone().text());
      const form = new FormData();
      form.append('file', new File([minimalPdf('retorts') as Uint8Array<ArrayBuffer>], 'retorts.pdf'));
      assert.equal(
        (await brazil.request('POST', `/api/exchange/cases/${duplicate}/attachments`, form)).status,
        201,
      );
    });
    after(() => p.close());

    test('only the secretariat merges: 401 anonymous, 403 a focal point', async () => {
      const body = { kind: 'case', duplicateId: duplicate, intoId: kept };
      assert.equal((await p.anonymous().request('POST', '/api/exchange/merges', body)).status, 401);
      assert.equal((await brazil.request('POST', '/api/exchange/merges', body)).status, 403);
    });

    test('a merge keeps both histories, moves the files, leaves the library and is audited', async () => {
      const res = await secretariat.request('POST', '/api/exchange/merges', {
        kind: 'case',
        duplicateId: duplicate,
        intoId: kept,
      });
      assert.equal(res.status, 200);
      assert.deepEqual(await res.json(), { merged: duplicate, into: kept });
      const dup = await json<{ mergedInto: string; versions: { number: number }[] }>(
        await brazil.request('GET', `/api/exchange/cases/${duplicate}`),
      );
      assert.equal(dup.mergedInto, kept);
      assert.deepEqual(
        dup.versions.map((v) => v.number),
        [1, 2],
      );
      const into = await json<{ mergedFrom: string[]; versions: unknown[] }>(
        await brazil.request('GET', `/api/exchange/cases/${kept}`),
      );
      assert.deepEqual(into.mergedFrom, [duplicate]);
      assert.equal(into.versions.length, 1);
      const files = await json<{ items: { sha256: string }[] }>(
        await brazil.request('GET', `/api/exchange/cases/${kept}/attachments`),
      );
      assert.deepEqual(
        files.items.map((f) => f.sha256),
        [sha256Hex(minimalPdf('retorts'))],
      );
      const list = await json<{ items: { id: string }[] }>(
        await brazil.request('GET', '/api/exchange/cases'),
      );
      assert.ok(!list.items.some((c) => c.id === duplicate));
      assert.ok(list.items.some((c) => c.id === kept));
      const audit = await new AuditRepository(p.ctx.db.kysely).list({ entityId: duplicate });
      assert.ok(audit.some((a) => a.action === 'exchange.duplicate.merge'));
    });

    test('a merged case is not merged again (409), nor a case into itself (400)', async () => {
      const again = { kind: 'case', duplicateId: duplicate, intoId: kept };
      assert.equal((await secretariat.request('POST', '/api/exchange/merges', again)).status, 409);
      const self = { kind: 'case', duplicateId: kept, intoId: kept };
      assert.equal((await secretariat.request('POST', '/api/exchange/merges', self)).status, 400);
    });
  });
}
