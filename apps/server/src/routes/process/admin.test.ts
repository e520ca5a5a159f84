import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { testDatabases } from '@strata/db/testing';
import { minimalPdf } from '@strata/process/testing';
import { processModule } from '../../modules/process.ts';
import { createTestPlatform, type TestClient, type TestPlatform } from '../../test-support.ts';

interface Problem {
  status: number;
  detail?: string;
  errors?: { path: string }[];
}
const json = async <T>(res: Response): Promise<T> => (await res.json()) as T;
const errorPaths = async (res: Response) => ((await json<Problem>(res)).errors ?? []).map((e) => e.path);

/** The secretariat's administration of a process over HTTP: editing processes, meetings and calls, closing calls. */
for (const factory of testDatabases()) {
  describe(`process administration API on ${factory.name}`, () => {
    let p: TestPlatform;
    let sec: TestClient;
    let coChair: TestClient;
    let fpFra: TestClient;

    before(async () => {
      p = await createTestPlatform(await factory.open(), { modules: [processModule] });
      sec = await p.clientAs('secretariat');
      coChair = await p.clientAs('co_chair');
      fpFra = await p.clientAs('focal_point', { countryIso3: 'FRA' });
      const created = await sec.request('POST', '/api/process/processes', {
        slug: 'admin-api',
        resolution: 'Fictional resolution 1/1',
        title: 'A fictional process for the administration tests',
        secretariat: 'Test secretariat',
      });
      assert.equal(created.status, 201);
    });
    after(async () => p.close());

    test('PATCH a process: 401 anonymous, 403 co-chair, 400 bad phase, 200 with the change audited', async () => {
      const path = '/api/process/processes/admin-api';
      const change = { title: 'Renamed fictional process', coChairs: ['Co-chair A', 'Co-chair B'] };
      assert.equal((await p.anonymous().request('PATCH', path, change)).status, 401);
      assert.equal((await coChair.request('PATCH', path, change)).status, 403);
      const badPhase = await sec.request('PATCH', path, {
        phases: [{ name: 'Consultations', start: '2024-05-01', end: '2024-04-01' }],
      });
      assert.equal(badPhase.status, 400);
      assert.deepEqual(await errorPaths(badPhase), ['phases.0.end']);
      assert.equal((await sec.request('PATCH', path, {})).status, 400, 'an empty change is refused');
      const ok = await sec.request('PATCH', path, change);
      assert.equal(ok.status, 200);
      const after = await json<{ slug: string; title: string; coChairs: string[]; resolution: string }>(ok);
      assert.deepEqual(
        [after.slug, after.title, after.coChairs, after.resolution],
        ['admin-api', 'Renamed fictional process', ['Co-chair A', 'Co-chair B'], 'Fictional resolution 1/1'],
      );
      const audit = await json<{ items: { action: string }[] }>(
        await sec.request('GET', '/api/audit?entity=process&limit=1'),
      );
      assert.equal(audit.items[0]?.action, 'process.process.update');
    });

    test('PATCH a meeting: 401, 403, 400 when the end falls before the start, 200 keeping the other fields', async () => {
      const created = await sec.request('POST', '/api/process/processes/admin-api/meetings', {
        type: 'briefing',
        title: 'First briefing',
        startDate: '2024-03-01',
        endDate: '2024-03-01',
        place: 'Nairobi',
      });
      assert.equal(created.status, 201);
      const path = `/api/process/meetings/${(await json<{ id: string }>(created)).id}`;
      assert.equal((await p.anonymous().request('PATCH', path, { title: 'x' })).status, 401);
      assert.equal((await fpFra.request('PATCH', path, { title: 'x' })).status, 403);
      const bad = await sec.request('PATCH', path, { endDate: '2024-02-01' });
      assert.equal(bad.status, 400);
      assert.deepEqual(await errorPaths(bad), ['endDate']);
      const ok = await sec.request('PATCH', path, { title: 'Second briefing', endDate: '2024-03-02' });
      assert.equal(ok.status, 200);
      const m = await json<{ title: string; place: string; startDate: string; endDate: string }>(ok);
      assert.deepEqual(
        [m.title, m.place, m.startDate, m.endDate],
        ['Second briefing', 'Nairobi', '2024-03-01', '2024-03-02'],
      );
    });

    test('calls: PATCH and close (401, 403, 400, 200, 409); a closed call refuses submissions', async () => {
      const created = await sec.request('POST', '/api/process/processes/admin-api/calls', {
        title: 'Call for views',
        deadline: '2099-01-01T00:00:00Z',
      });
      assert.equal(created.status, 201);
      const id = (await json<{ id: string }>(created)).id;
      const path = `/api/process/calls/${id}`;
      assert.equal((await p.anonymous().request('PATCH', path, { title: 'x' })).status, 401);
      assert.equal((await coChair.request('PATCH', path, { title: 'x' })).status, 403);
      const bad = await sec.request('PATCH', path, { deadline: 'not a date' });
      assert.equal(bad.status, 400);
      assert.deepEqual(await errorPaths(bad), ['deadline']);
      const edited = await sec.request('PATCH', path, {
        title: 'Call for written views',
        openTo: ['states'],
      });
      assert.equal(edited.status, 200);
      const call = await json<{ title: string; openTo: string[]; open: boolean; deadline: string }>(edited);
      assert.deepEqual(
        [call.title, call.openTo, call.open, call.deadline.slice(0, 10)],
        ['Call for written views', ['states'], true, '2099-01-01'],
      );

      assert.equal((await p.anonymous().request('POST', `${path}/close`)).status, 401);
      assert.equal((await coChair.request('POST', `${path}/close`)).status, 403);
      const closed = await sec.request('POST', `${path}/close`);
      assert.equal(closed.status, 200);
      const after = await json<{ open: boolean; closedAt: string | null }>(closed);
      assert.equal(after.open, false);
      assert.ok(after.closedAt && Date.parse(after.closedAt) <= Date.now());
      assert.equal((await sec.request('POST', `${path}/close`)).status, 409, 'closing twice conflicts');
      const audit = await json<{ items: { action: string }[] }>(
        await sec.request('GET', '/api/audit?entity=process_call&limit=1'),
      );
      assert.equal(audit.items[0]?.action, 'process.call.close');
      const moved = await json<{ open: boolean; deadline: string }>(
        await sec.request('PATCH', path, { deadline: '2099-06-30T12:00:00Z' }),
      );
      assert.deepEqual(
        [moved.open, moved.deadline.slice(0, 10)],
        [false, '2099-06-30'],
        'a closed call stays closed',
      );

      const form = new FormData();
      form.append('title', 'Late views');
      form.append('countryIso3', 'FRA');
      form.append('file', new File([minimalPdf() as Uint8Array<ArrayBuffer>], 'views.pdf'));
      form.append('language', 'en');
      const late = await fpFra.request('POST', `${path}/submissions`, form);
      assert.equal(late.status, 409);
      assert.match((await json<Problem>(late)).detail ?? '', /closed/);
    });

    test('a round lists the titles of its proposals, which is what the ballot shows', async () => {
      const demo = await json<{
        items: { currentVersion: { id: string; texts: { language: string; title: string }[] } }[];
      }>(await p.anonymous().request('GET', '/api/process/processes/demo/proposals'));
      const chosen = demo.items.slice(0, 2);
      const res = await coChair.request('POST', '/api/process/processes/demo/rounds', {
        title: 'Approval round',
        parameters: { method: 'approval' },
        versionIds: chosen.map((x) => x.currentVersion.id),
        opensAt: '2020-01-01T00:00:00Z',
        closesAt: '2099-01-01T00:00:00Z',
      });
      assert.equal(res.status, 201);
      const round = await json<{ items: { versionId: string; titles: { title: string }[] }[] }>(res);
      for (const [i, item] of round.items.entries()) {
        const expected = chosen[i]?.currentVersion.texts.map((x) => x.title).sort();
        assert.ok(item.titles.length > 0);
        assert.deepEqual(item.titles.map((x) => x.title).sort(), expected);
      }
    });
  });
}
