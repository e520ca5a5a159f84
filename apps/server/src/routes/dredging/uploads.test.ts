import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { sharedDataFile } from '@strata/core';
import { testDatabases } from '@strata/db/testing';
import { generateScenario, scenarioNmeaLines, scenarioOptions } from '@strata/dredging';
import type { DredgingAisJob } from '../../api-types.ts';
import { dredgingModule } from '../../modules/dredging.ts';
import { createTestPlatform, type TestClient, type TestPlatform } from '../../test-support.ts';
import { aisJobRunner } from './context.ts';

const marineCadastre = sharedDataFile('ais/marinecadastre-2022-01-03-first100k.csv.gz');
if (!marineCadastre) console.log('# skipping the MarineCadastre upload: ../shared/data/ais is absent');

const tinyNmea = () =>
  `${[...scenarioNmeaLines(generateScenario(scenarioOptions({ seed: 5, days: 1, hoppers: 1, cutters: 0, cargo: 0, fishing: 0 })))].join('\n')}\n`;

const waitFor = async (client: TestClient, id: string): Promise<DredgingAisJob> => {
  const end = Date.now() + 60_000;
  for (;;) {
    const job = (await (await client.request('GET', `/api/dredging/uploads/${id}`)).json()) as DredgingAisJob;
    if (job.state === 'succeeded' || job.state === 'failed' || Date.now() > end) return job;
    await new Promise((r) => setTimeout(r, 50));
  }
};

for (const factory of testDatabases()) {
  describe(`bring your own AIS: the upload API (${factory.name})`, () => {
    let p: TestPlatform;
    let dir: string;
    before(async () => {
      dir = mkdtempSync(path.join(tmpdir(), 'strata-ais-upload-'));
      p = await createTestPlatform(await factory.open(), {
        modules: [dredgingModule],
        seed: false,
        // 4 MiB so that the 413 needs no large body (the API's own limit, 10 MiB, does not apply here).
        config: { dataDir: dir, aisUploadBytes: 4 * 1024 * 1024, aisJobsPerUser: 1 },
      });
    });
    after(async () => {
      await p.close();
      rmSync(dir, { recursive: true, force: true });
    });
    const send = (c: TestClient, body: Uint8Array | string, query = 'fileName=tiny.nmea') =>
      c.request('POST', `/api/dredging/uploads?${query}`, body, {
        'content-type': 'application/octet-stream',
      });

    test('a researcher uploads NMEA, polls the job, sees a private dataset and publishes it', async () => {
      const researcher = await p.clientAs('observer_contact');
      const res = await send(researcher, tinyNmea(), 'fileName=tiny.nmea&name=My%20survey');
      assert.equal(res.status, 202, await res.clone().text());
      const queued = (await res.json()) as DredgingAisJob;
      assert.equal(queued.state, 'queued');
      const job = await waitFor(researcher, queued.id);
      assert.equal(job.state, 'succeeded', job.error ?? '');
      assert.equal(job.result?.format, 'nmea');
      assert.deepEqual(readdirSync(path.join(dir, 'dredging', 'uploads')), [], 'the file is removed');

      const listed = async (c: TestClient) =>
        (
          (await (await c.request('GET', '/api/dredging/datasets')).json()) as { items: { id: string }[] }
        ).items.map((d) => d.id);
      const other = await p.clientAs('observer_contact');
      assert.ok((await listed(researcher)).includes(job.datasetId));
      assert.ok(!(await listed(p.anonymous())).includes(job.datasetId));
      assert.ok(!(await listed(other)).includes(job.datasetId));
      const view = `/api/dredging/vessels?dataset=${job.datasetId}`;
      assert.equal((await p.anonymous().request('GET', view)).status, 404);
      assert.equal((await other.request('GET', view)).status, 404);
      assert.equal((await researcher.request('GET', view)).status, 200);
      assert.equal((await other.request('GET', `/api/dredging/uploads/${job.id}`)).status, 404);
      assert.equal(
        (await other.request('POST', `/api/dredging/datasets/${job.datasetId}/publish`)).status,
        404,
      );

      const published = await researcher.request('POST', `/api/dredging/datasets/${job.datasetId}/publish`);
      assert.equal(published.status, 200);
      assert.equal(((await published.json()) as { published: boolean }).published, true);
      assert.ok((await listed(p.anonymous())).includes(job.datasetId));
      assert.equal((await p.anonymous().request('GET', view)).status, 200);
      const audit = await p.ctx.db.kysely
        .selectFrom('audit_log')
        .select(['action'])
        .where('entity_id', 'in', [job.id, job.datasetId])
        .execute();
      const actions = audit.map((a) => a.action).sort();
      assert.ok(
        actions.includes('dredging.upload.create') && actions.includes('dredging.dataset.publish'),
        `${actions}`,
      );
    });

    test('anonymous uploads are refused (401), a file over the limit gets 413 with the limit', async () => {
      assert.equal((await send(p.anonymous(), 'x')).status, 401);
      const researcher = await p.clientAs('operator');
      const big = new Uint8Array(4 * 1024 * 1024 + 1).fill(0x41);
      const res = await send(researcher, big);
      assert.equal(res.status, 413);
      assert.match(
        ((await res.json()) as { detail: string }).detail,
        /larger than the 4 MiB.*STRATA_AIS_UPLOAD_MB/,
      );
      assert.deepEqual(readdirSync(path.join(dir, 'dredging', 'uploads')), [], 'no partial file is left');
    });

    test('the real MarineCadastre sample goes through the same runner', {
      skip: !marineCadastre,
    }, async () => {
      const researcher = await p.clientAs('focal_point');
      const res = await send(researcher, readFileSync(marineCadastre!), 'fileName=mc.csv.gz');
      assert.equal(res.status, 202);
      const job = await waitFor(researcher, ((await res.json()) as DredgingAisJob).id);
      assert.equal(job.state, 'succeeded', job.error ?? '');
      assert.equal(job.result?.format, 'marinecadastre-csv');
      assert.equal(job.result?.rows, 99_999);
    });
    test('a second job while one is queued or running gets 429 (the runner stopped, so the first waits)', async () => {
      const { runner, started } = aisJobRunner(p.ctx);
      await started;
      await runner.stop();
      const researcher = await p.clientAs('reviewer');
      assert.equal((await send(researcher, tinyNmea())).status, 202);
      const second = await send(researcher, tinyNmea());
      assert.equal(second.status, 429);
      assert.match(((await second.json()) as { detail: string }).detail, /at most 1/);
      assert.equal(
        readdirSync(path.join(dir, 'dredging', 'uploads')).length,
        1,
        'the refused file was not kept',
      );
    });
  });
}
