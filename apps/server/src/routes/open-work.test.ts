import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { testDatabases } from '@strata/db/testing';
import { minimalPdf } from '@strata/process/testing';
import { processModule } from '../modules/process.ts';
import { tailingsModule } from '../modules/tailings.ts';
import { createTestPlatform, type TestClient, type TestPlatform } from '../test-support.ts';

interface Item {
  kind: string;
  count: number;
  due: string | null;
  title: string | null;
  link: string;
}
type Open = { modules: { module: string; items: Item[] }[] };

const openFor = async (client: TestClient): Promise<Item[]> => {
  const res = await client.request('GET', '/api/me/open');
  assert.equal(res.status, 200);
  return ((await res.json()) as Open).modules.flatMap((m) => m.items);
};

for (const factory of testDatabases()) {
  describe(`what is open for the signed-in person (${factory.name})`, () => {
    let p: TestPlatform;
    let sec: TestClient;
    let fp: TestClient;
    let callId: string;
    before(async () => {
      p = await createTestPlatform(await factory.open(), { modules: [processModule, tailingsModule] });
      sec = await p.clientAs('secretariat');
      fp = await p.clientAs('focal_point', { countryIso3: 'FRA' });
      const created = await sec.request('POST', '/api/process/processes', {
        slug: 'open-work',
        resolution: 'Fictional resolution 2/2',
        title: 'A fictional process for the open-work tests',
        secretariat: 'Test secretariat',
      });
      assert.equal(created.status, 201);
      const call = await sec.request('POST', '/api/process/processes/open-work/calls', {
        title: 'Fictional call for written submissions',
        deadline: '2099-06-30T00:00:00Z',
      });
      assert.equal(call.status, 201);
      callId = ((await call.json()) as { id: string }).id;
    });
    after(() => p.close());

    test('anonymous: 401', async () => {
      assert.equal((await p.anonymous().request('GET', '/api/me/open')).status, 401);
    });

    test("a focal point sees the call with its deadline, then counts its own submission; the secretariat's queue grows", async () => {
      const before = await openFor(fp);
      const call = before.find(
        (i) => i.kind === 'process.call' && i.title === 'Fictional call for written submissions',
      );
      assert.ok(call, JSON.stringify(before));
      assert.equal(call.due?.slice(0, 10), '2099-06-30');
      assert.equal(call.link, '/process/p/open-work/mine');
      const mine = () =>
        openFor(fp).then(
          (items) =>
            items.find(
              (i) => i.kind === 'process.submissions' && i.title === 'Fictional call for written submissions',
            )?.count,
        );
      assert.equal(await mine(), 0);
      const queue = async () => (await openFor(sec)).find((i) => i.kind === 'process.clearing')?.count ?? -1;
      const queued = await queue();
      const form = new FormData();
      form.append('title', 'Fictional submission');
      form.append('countryIso3', 'FRA');
      form.append('file', new File([minimalPdf() as Uint8Array<ArrayBuffer>], 'paper.pdf'));
      form.append('language', 'en');
      const sent = await fp.request('POST', `/api/process/calls/${callId}/submissions`, form);
      assert.equal(sent.status, 201, await sent.clone().text());
      assert.equal(await mine(), 1);
      assert.equal(await queue(), queued + 1);
      // items are sorted nearest deadline first, items without one last
      const dues = (await openFor(fp)).map((i) => i.due ?? '\uffff');
      assert.deepEqual(dues, [...dues].sort());
    });

    test('an operator sees its facilities and disclosures; a co-chair sees no clearing queue', async () => {
      const operator = await p.clientAs('operator');
      const items = await openFor(operator);
      const facilities = items.find((i) => i.kind === 'tailings.facilities');
      assert.equal(facilities?.count, 0, 'a new company has no facility linked yet');
      assert.equal(items.find((i) => i.kind === 'tailings.disclosure.submitted')?.count, 0);
      const coChair = await p.clientAs('co_chair');
      assert.equal(
        (await openFor(coChair)).find((i) => i.kind === 'process.clearing'),
        undefined,
      );
    });
  });
}
