import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { listZipEntries } from '@strata/core';
import { testDatabases } from '@strata/db/testing';
import { minimalDocx, minimalPdf } from '@strata/process/testing';
import { processModule } from '../../modules/process.ts';
import { createTestPlatform, type TestClient, type TestPlatform } from '../../test-support.ts';

interface Problem {
  status: number;
  detail?: string;
  errors?: { path: string }[];
}
interface Proposal {
  id: string;
  code: string;
  demo: boolean;
  currentVersion: { id: string; number: number };
  endorsements: { consensusScore: number; status: string; raw: { supporting: number; expressed: number } };
}

const json = async <T>(res: Response): Promise<T> => (await res.json()) as T;
const upload = (
  fields: Record<string, string>,
  files: { name: string; bytes: Uint8Array; language: string }[],
) => {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  for (const f of files) {
    form.append('file', new File([f.bytes as Uint8Array<ArrayBuffer>], f.name));
    form.append('language', f.language);
  }
  return form;
};

for (const factory of testDatabases()) {
  describe(`process hub API on ${factory.name}`, () => {
    let p: TestPlatform;
    let sec: TestClient;
    let coChair: TestClient;
    let fpFra: TestClient;
    let fpSen: TestClient;

    before(async () => {
      p = await createTestPlatform(await factory.open(), { modules: [processModule] });
      sec = await p.clientAs('secretariat');
      coChair = await p.clientAs('co_chair');
      fpFra = await p.clientAs('focal_point', { countryIso3: 'FRA' });
      fpSen = await p.clientAs('focal_point', { countryIso3: 'SEN' });
    });
    after(async () => p.close());

    test('the 5/12 process is seeded from the report: meetings, call, totals, clusters, only the proposals it names', async () => {
      const proc = await json<{ resolution: string; publishedTotals: Record<string, number> }>(
        await p.anonymous().request('GET', '/api/process/processes/unea-5-12'),
      );
      assert.equal(proc.resolution, 'UNEP/EA.5/Res.12');
      assert.equal(proc.publishedTotals.focalPointsNominated, 115);
      assert.equal(proc.publishedTotals.regionalConsultationMemberStates, 79);
      const meetings = await json<{
        items: {
          type: string;
          place: string;
          startDate: string;
          hostIso3: string | null;
          publishedTotals: Record<string, number>;
        }[];
      }>(await p.anonymous().request('GET', '/api/process/processes/unea-5-12/meetings'));
      assert.equal(meetings.items.filter((m) => m.type === 'briefing').length, 7);
      const regional = meetings.items.filter((m) => m.type === 'regional_consultation');
      assert.deepEqual(
        regional.map((m) => [m.place, m.startDate, m.hostIso3]),
        [
          ['Geneva', '2023-04-24', null],
          ['Paris', '2023-04-27', null],
          ['Santiago', '2023-05-17', 'CHL'],
          ['Bangkok', '2023-06-15', null],
          ['Dakar', '2023-07-05', 'SEN'],
        ],
      );
      const global = meetings.items.find((m) => m.type === 'global_meeting');
      assert.deepEqual(global?.publishedTotals, { memberStates: 99, observers: 60 });
      const calls = await json<{ items: { deadline: string; publishedTotals: Record<string, number> }[] }>(
        await p.anonymous().request('GET', '/api/process/processes/unea-5-12/calls'),
      );
      assert.equal(calls.items[0]?.deadline.slice(0, 10), '2023-07-31');
      assert.deepEqual(calls.items[0]?.publishedTotals, { received: 30, memberStates: 21, observers: 9 });
      const clusters = await json<{ items: { name: string }[] }>(
        await p.anonymous().request('GET', '/api/process/processes/unea-5-12/clusters'),
      );
      assert.deepEqual(
        clusters.items.map((c) => c.name),
        ['Policies and tools', 'Value-chain aspects', 'International cooperation platforms'],
      );
      const proposals = await json<{ items: Proposal[] }>(
        await p.anonymous().request('GET', '/api/process/processes/unea-5-12/proposals'),
      );
      // The report names five proposals (§15 a–d, §20); the 24 of the background document are not invented.
      assert.deepEqual(proposals.items.map((x) => x.code).sort(), [
        'GM-a',
        'GM-b',
        'GM-c',
        'GM-d',
        'RC-sand',
      ]);
      for (const x of proposals.items) {
        assert.equal(x.demo, false);
        assert.equal(x.endorsements.raw.expressed, 0, `${x.code}: no positions invented`);
      }
      const briefings = await json<{
        items: { type: string; startDate: string; audience: string; format: string }[];
      }>(await p.anonymous().request('GET', '/api/process/processes/unea-5-12/meetings?type=briefing'));
      assert.match(
        briefings.items.find((m) => m.startDate === '2023-08-30')?.audience ?? '',
        /Environment Management Group/,
      );
      assert.ok(briefings.items.every((m) => m.type !== 'briefing' || m.format === 'online'));
      const demo = await json<{ items: Proposal[] }>(
        await p.anonymous().request('GET', '/api/process/processes/demo/proposals'),
      );
      assert.ok(demo.items.length > 0 && demo.items.every((x) => x.demo && x.code.startsWith('DEMO-')));
    });

    test('endorsing: 401 anonymous, 403 for another state, the own focal point and the secretariat on behalf', async () => {
      const demo = await json<{ items: Proposal[] }>(
        await p.anonymous().request('GET', '/api/process/processes/demo/proposals'),
      );
      const v = demo.items[0]?.currentVersion.id as string;
      const body = { countryIso3: 'SEN', kind: 'objection', venue: 'plenary' };
      assert.equal(
        (await p.anonymous().request('POST', `/api/process/versions/${v}/endorsements`, body)).status,
        401,
      );
      const other = await fpFra.request('POST', `/api/process/versions/${v}/endorsements`, body);
      assert.equal(other.status, 403);
      assert.equal(other.headers.get('content-type'), 'application/problem+json');
      assert.equal(
        (await coChair.request('POST', `/api/process/versions/${v}/endorsements`, body)).status,
        403,
      );
      const own = await fpSen.request('POST', `/api/process/versions/${v}/endorsements`, body);
      assert.equal(own.status, 201);
      assert.equal((await json<{ onBehalf: boolean }>(own)).onBehalf, false);
      const onBehalf = await sec.request('POST', `/api/process/versions/${v}/endorsements`, {
        ...body,
        countryIso3: 'FRA',
        kind: 'support',
      });
      assert.equal((await json<{ onBehalf: boolean }>(onBehalf)).onBehalf, true);
      const s = await json<{
        summary: {
          status: string;
          objectingStates: string[];
          perGroup: { group: string; members: number }[];
        };
      }>(await p.anonymous().request('GET', `/api/process/versions/${v}/endorsements`));
      assert.equal(s.summary.status, 'objected');
      assert.ok(s.summary.objectingStates.includes('SEN'));
      assert.equal(s.summary.perGroup.find((g) => g.group === 'african')?.members, 54);
      const audit = await json<{ items: { action: string }[] }>(
        await sec.request('GET', '/api/audit?entity=process_endorsement&limit=5'),
      );
      assert.equal(audit.items[0]?.action, 'process.endorsement.record');
      const bad = await fpSen.request('POST', `/api/process/versions/${v}/endorsements`, {
        ...body,
        kind: 'maybe',
      });
      assert.equal(bad.status, 400);
      assert.equal((await json<Problem>(bad)).errors?.[0]?.path, 'json.kind');
    });

    test('submissions: multipart upload typed from content, clearing queue, publication, compilation ZIP', async () => {
      const created = await sec.request('POST', '/api/process/processes/demo/calls', {
        title: 'Demo call',
        deadline: '2099-01-01T00:00:00Z',
      });
      assert.equal(created.status, 201);
      const callId = (await json<{ id: string }>(created)).id;
      const disguised = await fpFra.request(
        'POST',
        `/api/process/calls/${callId}/submissions`,
        upload({ title: 'x', countryIso3: 'FRA' }, [
          { name: 'paper.pdf', bytes: new TextEncoder().encode('GIF89a'), language: 'en' },
        ]),
      );
      assert.equal(disguised.status, 415);
      const forOther = await fpFra.request(
        'POST',
        `/api/process/calls/${callId}/submissions`,
        upload({ title: 'x', countryIso3: 'SEN' }, [{ name: 'a.pdf', bytes: minimalPdf(), language: 'en' }]),
      );
      assert.equal(forOther.status, 403);
      const ok = await fpFra.request(
        'POST',
        `/api/process/calls/${callId}/submissions`,
        upload({ title: 'France', countryIso3: 'FRA' }, [
          { name: 'position.docx', bytes: minimalDocx(), language: 'fr' },
          { name: 'annex.pdf', bytes: minimalPdf(), language: 'en' },
        ]),
      );
      assert.equal(ok.status, 201);
      const sub = await json<{
        id: string;
        status: string;
        files: { id: string; sha256: string; mediaType: string }[];
      }>(ok);
      assert.equal(sub.files.length, 2);
      assert.equal((await p.anonymous().request('GET', `/api/process/submissions/${sub.id}`)).status, 404);
      assert.equal((await fpSen.request('GET', '/api/process/submissions/queue')).status, 403);
      const queue = await json<{ items: { id: string }[] }>(
        await sec.request('GET', '/api/process/submissions/queue'),
      );
      assert.ok(queue.items.some((s) => s.id === sub.id));
      assert.equal(
        (await sec.request('POST', `/api/process/submissions/${sub.id}/clearing`, { decision: 'publish' }))
          .status,
        200,
      );
      const file = await p
        .anonymous()
        .request('GET', `/api/process/submissions/${sub.id}/files/${sub.files[0]?.id}`);
      assert.equal(file.status, 200);
      assert.equal(file.headers.get('etag'), `"sha256-${sub.files[0]?.sha256}"`);
      assert.deepEqual(new Uint8Array(await file.arrayBuffer()), minimalDocx());
      const zip = new Uint8Array(
        await (
          await p.anonymous().request('GET', `/api/process/calls/${callId}/compilation.zip`)
        ).arrayBuffer(),
      );
      assert.equal(listZipEntries(zip)?.length, 3);
      const csv = await (
        await p.anonymous().request('GET', `/api/process/calls/${callId}/submissions.csv`)
      ).text();
      assert.match(csv, /France/);
      const withdrawn = await fpFra.request('POST', `/api/process/submissions/${sub.id}/withdrawal`, {
        note: 'replaced',
      });
      assert.equal((await json<{ status: string }>(withdrawn)).status, 'withdrawn');
    });

    test('rounds: co-chairs open it, one ballot per state, ballots and results hidden until it closes', async () => {
      const demo = await json<{ items: Proposal[] }>(
        await p.anonymous().request('GET', '/api/process/processes/demo/proposals'),
      );
      const versionIds = demo.items.slice(0, 4).map((x) => x.currentVersion.id);
      const body = {
        title: 'Ranked round',
        parameters: { method: 'ranked' },
        versionIds,
        opensAt: '2020-01-01T00:00:00Z',
        closesAt: '2099-01-01T00:00:00Z',
      };
      assert.equal((await fpFra.request('POST', '/api/process/processes/demo/rounds', body)).status, 403);
      const created = await coChair.request('POST', '/api/process/processes/demo/rounds', body);
      assert.equal(created.status, 201);
      const round = await json<{ id: string; state: string; rule: string }>(created);
      assert.equal(round.state, 'open');
      assert.match(round.rule, /Borda/);
      const ballot = {
        countryIso3: 'FRA',
        content: { method: 'ranked', ranking: [versionIds[2], versionIds[0]] },
      };
      assert.equal(
        (await fpSen.request('POST', `/api/process/rounds/${round.id}/ballots`, ballot)).status,
        403,
      );
      assert.equal(
        (await fpFra.request('POST', `/api/process/rounds/${round.id}/ballots`, ballot)).status,
        201,
      );
      assert.equal(
        (await fpFra.request('POST', `/api/process/rounds/${round.id}/ballots`, ballot)).status,
        201,
      );
      await sec.request('POST', `/api/process/rounds/${round.id}/ballots`, {
        countryIso3: 'SEN',
        content: { method: 'ranked', ranking: [versionIds[1]] },
      });
      assert.equal(
        (
          await json<{ ballotsCast: number }>(
            await p.anonymous().request('GET', `/api/process/rounds/${round.id}`),
          )
        ).ballotsCast,
        2,
      );
      for (const path of ['ballots', 'ballots.csv', 'results']) {
        const sealed = await sec.request('GET', `/api/process/rounds/${round.id}/${path}`);
        assert.equal(sealed.status, 409, `${path} sealed while open`);
      }
      const own = await json<{ ballot: { countryIso3: string } | null }>(
        await fpFra.request('GET', `/api/process/rounds/${round.id}/ballots/FRA`),
      );
      assert.equal(own.ballot?.countryIso3, 'FRA');
      assert.equal((await fpFra.request('GET', `/api/process/rounds/${round.id}/ballots/SEN`)).status, 403);
      assert.equal((await coChair.request('POST', `/api/process/rounds/${round.id}/close`)).status, 200);
      const results = await json<{
        result: { ballots: number; lines: { itemId: string; points: number }[] };
      }>(await p.anonymous().request('GET', `/api/process/rounds/${round.id}/results`));
      assert.equal(results.result.ballots, 2);
      // 4 items; FRA: v2=3, v0=2, v1,v3=0.5; SEN: v1=3, others (3 unranked) share 2+1+0 → 1 each.
      const pts = new Map(results.result.lines.map((l) => [l.itemId, l.points]));
      assert.deepEqual(
        [0, 1, 2, 3].map((i) => pts.get(versionIds[i] as string)),
        [3, 3.5, 4, 1.5],
      );
      const csv = await (
        await p.anonymous().request('GET', `/api/process/rounds/${round.id}/ballots.csv`)
      ).text();
      assert.equal(csv.trim().split('\r\n').length, 4);
    });

    test('focal points: the public sees country and status, focal points see contacts', async () => {
      const res = await fpFra.request('POST', '/api/process/processes/unea-5-12/focal-points', {
        countryIso3: 'FRA',
        kind: 'primary',
        name: 'Jeanne Martin',
        email: 'jm@example.org',
      });
      assert.equal(res.status, 201);
      const pub = await json<{ items: { countryIso3: string; contact?: unknown }[] }>(
        await p.anonymous().request('GET', '/api/process/processes/unea-5-12/focal-points'),
      );
      assert.equal(pub.items[0]?.countryIso3, 'FRA');
      assert.equal(pub.items[0]?.contact, undefined);
      const seen = await json<{ items: { contact?: { email: string } }[] }>(
        await fpSen.request('GET', '/api/process/processes/unea-5-12/focal-points'),
      );
      assert.equal(seen.items[0]?.contact?.email, 'jm@example.org');
      const counts = await json<{ byGroup: Record<string, number> }>(
        await p.anonymous().request('GET', '/api/process/processes/unea-5-12/focal-points/counts'),
      );
      assert.equal(counts.byGroup.western_european_others, 1);
    });

    test('proposals over HTTP: origin checked, amendment by the state only, co-chairs accept, diff, merge lineage', async () => {
      const texts = [
        { language: 'en', title: 'Closure plans', body: 'Publish mine closure plans.', official: true },
        {
          language: 'fr',
          title: 'Plans de fermeture',
          body: 'Publier les plans de fermeture.',
          official: false,
        },
      ];
      const badOrigin = await coChair.request('POST', '/api/process/processes/demo/proposals', {
        code: 'T-1',
        originKind: 'regional_consultation',
        originMeetingId: '00000000-0000-4000-8000-000000000000',
        texts,
      });
      assert.equal(badOrigin.status, 400);
      assert.equal((await json<Problem>(badOrigin)).errors?.[0]?.path, 'originMeetingId');
      const created = await coChair.request('POST', '/api/process/processes/demo/proposals', {
        code: 'T-1',
        originKind: 'other',
        texts,
      });
      assert.equal(created.status, 201);
      const p1 = await json<Proposal>(created);
      const amendment = {
        countryIso3: 'FRA',
        language: 'en',
        proposedBody: 'Publish all mine closure plans.',
      };
      assert.equal(
        (await fpSen.request('POST', `/api/process/proposals/${p1.id}/amendments`, amendment)).status,
        403,
      );
      const proposed = await json<{ amendments: { id: string; status: string }[] }>(
        await fpFra.request('POST', `/api/process/proposals/${p1.id}/amendments`, amendment),
      );
      const amendmentId = proposed.amendments[0]?.id as string;
      assert.equal(
        (
          await fpFra.request('POST', `/api/process/amendments/${amendmentId}/handling`, {
            decision: 'accepted',
            handling: 'x',
          })
        ).status,
        403,
      );
      const handled = await json<{
        currentVersion: { number: number; texts: { language: string; official: boolean }[] };
      }>(
        await coChair.request('POST', `/api/process/amendments/${amendmentId}/handling`, {
          decision: 'accepted',
          handling: 'Agreed',
        }),
      );
      assert.equal(handled.currentVersion.number, 2);
      const diff = await json<{ body: { op: string; text: string }[] }>(
        await p.anonymous().request('GET', `/api/process/proposals/${p1.id}/diff?from=1&to=2&language=en`),
      );
      assert.deepEqual(
        diff.body.filter((x) => x.op !== 'equal'),
        [{ op: 'insert', text: 'all ' }],
      );
      const p2 = await json<Proposal>(
        await coChair.request('POST', '/api/process/processes/demo/proposals', {
          code: 'T-2',
          originKind: 'other',
          texts,
        }),
      );
      const merged = await coChair.request('POST', '/api/process/processes/demo/merges', {
        code: 'T-3',
        parentIds: [p1.id, p2.id],
        texts,
      });
      assert.equal(merged.status, 201);
      const m = await json<{ lineage: { ancestors: string[] } }>(merged);
      assert.deepEqual(m.lineage.ancestors.sort(), [p1.id, p2.id].sort());
      assert.equal(
        (await p.anonymous().request('GET', '/api/process/proposals/00000000-0000-4000-8000-000000000000'))
          .status,
        404,
      );
      assert.equal((await p.anonymous().request('GET', '/api/process/processes/nope/proposals')).status, 404);
    });

    test('meeting documents: the secretariat uploads a file typed from content; anyone downloads it', async () => {
      const meetings = await json<{ items: { id: string }[] }>(
        await p.anonymous().request('GET', '/api/process/processes/unea-5-12/meetings'),
      );
      const meetingId = meetings.items[0]?.id as string;
      const form = () => {
        const f = new FormData();
        f.append('title', 'Agenda');
        f.append('language', 'en');
        f.append('file', new File([minimalPdf() as Uint8Array<ArrayBuffer>], 'agenda.docx'));
        return f;
      };
      assert.equal(
        (await fpFra.request('POST', `/api/process/meetings/${meetingId}/documents/upload`, form())).status,
        403,
      );
      const up = await sec.request('POST', `/api/process/meetings/${meetingId}/documents/upload`, form());
      assert.equal(up.status, 201);
      const doc = (await json<{ documents: { id: string; fileId: string | null }[] }>(up)).documents.at(-1);
      assert.ok(doc?.fileId);
      const file = await p
        .anonymous()
        .request('GET', `/api/process/meetings/${meetingId}/documents/${doc.id}/file`);
      assert.equal(
        file.headers.get('content-type'),
        'application/pdf',
        'typed from content, not from the .docx name',
      );
    });

    test('every process route is in openapi.json', async () => {
      const doc = await json<{ paths: Record<string, Record<string, unknown>> }>(
        await p.anonymous().request('GET', '/api/openapi.json'),
      );
      const documented = new Set(
        Object.entries(doc.paths).flatMap(([path, ops]) =>
          Object.keys(ops).map((m) => `${m.toUpperCase()} ${path.replace(/\{[^}]+\}/g, ':p')}`),
        ),
      );
      const served = p.app.routes
        .filter((r) => r.path.startsWith('/api/process/') && r.method !== 'ALL')
        .map((r) => `${r.method} ${r.path.replace(/:[^/]+/g, ':p')}`);
      assert.ok(served.length >= 30);
      for (const route of served) assert.ok(documented.has(route), `${route} is not in openapi.json`);
    });
  });
}
