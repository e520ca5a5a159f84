import assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { type Actor, sharedDataFile } from '@strata/core';
import { type Database, migrate, platformMigrations } from '@strata/db';
import { testDatabases } from '@strata/db/testing';
import { AisJobRunner } from './ais-job-runner.ts';
import { RESTART_REASON } from './domain/ais-job.ts';
import { generateScenario, scenarioOptions } from './domain/scenario.ts';
import { scenarioNmeaLines } from './domain/scenario-nmea.ts';
import { dredgingMigrations } from './migrations.ts';
import { createDredgingServices, type DredgingServices } from './services.ts';

const researcher = (n: number): Actor => ({
  userId: `00000000-0000-4000-8000-00000000000${n}`,
  email: `researcher${n}@strata.test`,
  role: 'observer_contact',
  countryIso3: null,
  organisationId: 'org-1',
  companyId: null,
});

const marineCadastre = sharedDataFile('ais/marinecadastre-2022-01-03-first100k.csv.gz');
if (!marineCadastre) console.log('# skipping the MarineCadastre upload: ../shared/data/ais is absent');

for (const factory of testDatabases()) {
  describe(`AIS upload jobs (${factory.name})`, () => {
    let db: Database;
    let s: DredgingServices;
    let dir: string;
    before(async () => {
      db = await factory.open();
      await migrate(db, [...platformMigrations, ...dredgingMigrations]);
      dir = mkdtempSync(path.join(tmpdir(), 'strata-ais-jobs-'));
      s = createDredgingServices(db, { zonesFile: null, dataDir: dir, aisJobsPerUser: 2 });
    });
    after(async () => {
      await db.close();
      rmSync(dir, { recursive: true, force: true });
    });

    const put = (name: string, text: string | Buffer) => {
      const file = path.join(dir, `${name}-${Math.random().toString(36).slice(2)}`);
      writeFileSync(file, text);
      return { filePath: file, fileName: name, bytes: statSync(file).size, format: 'auto' as const };
    };
    const nmea = () =>
      `${[...scenarioNmeaLines(generateScenario(scenarioOptions({ seed: 3, days: 1, hoppers: 1, cutters: 0, cargo: 1, fishing: 0 })))].join('\n')}\n`;

    it('decodes a small NMEA upload into a private dataset its owner then publishes', async () => {
      const owner = researcher(1);
      const job = await s.uploads.enqueue(owner, put('tiny.nmea', nmea()));
      assert.equal(job.state, 'queued');
      const runner = new AisJobRunner(s.uploads);
      assert.equal(await runner.drain(), 1);
      const done = await s.uploads.job(owner, job.id);
      assert.equal(done.state, 'succeeded', done.error ?? '');
      assert.equal(done.result?.format, 'nmea');
      assert.ok((done.result?.positions ?? 0) > 100);
      assert.equal(done.result?.dredgers, 1, 'the scenario has one hopper dredger');
      assert.equal(existsSync(path.join(dir, 'tiny.nmea')), false);
      // Private: the owner sees it, an anonymous visitor and another researcher do not.
      assert.equal((await s.watch.dataset(done.datasetId, owner)).published, false);
      await assert.rejects(s.watch.dataset(done.datasetId, null), { status: 404 });
      await assert.rejects(s.watch.dataset(done.datasetId, researcher(2)), { status: 404 });
      assert.ok(!(await s.watch.datasets(null)).some((d) => d.id === done.datasetId));
      await assert.rejects(s.uploads.job(researcher(2), job.id), { status: 404 });
      await assert.rejects(s.watch.publishDataset(researcher(2), done.datasetId), { status: 404 });
      await s.watch.publishDataset(owner, done.datasetId);
      assert.equal((await s.watch.dataset(done.datasetId, null)).published, true);
    });

    it('analyses the real MarineCadastre sample (gzip, auto-detected)', {
      skip: !marineCadastre,
    }, async () => {
      const owner = researcher(3);
      const copy = path.join(dir, 'mc.csv.gz');
      copyFileSync(marineCadastre!, copy);
      const job = await s.uploads.enqueue(owner, {
        filePath: copy,
        fileName: 'marinecadastre.csv.gz',
        bytes: statSync(copy).size,
        format: 'auto',
      });
      const phases: string[] = [];
      const claimed = await s.uploads.claimNext();
      assert.equal(claimed?.id, job.id);
      const done = await s.uploads.process(claimed!, (phase) => {
        if (phases.at(-1) !== phase) phases.push(phase);
      });
      assert.equal(done.state, 'succeeded', done.error ?? '');
      assert.deepEqual(phases, ['decoding', 'analysing', 'saving']);
      assert.equal(done.result?.format, 'marinecadastre-csv');
      // The sample is the first 100 000 lines of the day's file: the header and 99 999 rows.
      assert.equal(done.result?.rows, 99_999);
      assert.equal((done.result?.positions ?? 0) + (done.result?.rejectedRows ?? 0), done.result?.rows);
      assert.ok((done.result?.vessels ?? 0) > 1000);
      assert.equal(existsSync(copy), false, 'the uploaded file is removed after processing');
    });

    it('analyses a large file on worker threads to the same result as in the runner thread', async () => {
      const text = nmea();
      const threads = createDredgingServices(
        db,
        { zonesFile: null, dataDir: dir, aisJobsPerUser: 2 },
        { workerThresholdBytes: 0 },
      );
      const owner = researcher(8);
      const inThread = await s.uploads.enqueue(owner, put('a.nmea', text));
      await new AisJobRunner(s.uploads).drain();
      const onWorkers = await threads.uploads.enqueue(owner, put('b.nmea', text));
      await new AisJobRunner(threads.uploads).drain();
      const a = await s.uploads.job(owner, inThread.id);
      const b = await s.uploads.job(owner, onWorkers.id);
      assert.equal(a.state, 'succeeded', a.error ?? '');
      assert.equal(b.state, 'succeeded', b.error ?? '');
      assert.deepEqual(b.result, a.result);
      const summary = async (id: string) => (await s.watch.dataset(id, owner)).summary;
      assert.deepEqual(await summary(b.datasetId), await summary(a.datasetId));
    });

    it('fails a file in no known format with its reason', async () => {
      const owner = researcher(4);
      const job = await s.uploads.enqueue(owner, put('notes.txt', 'hello\nworld\n'));
      await new AisJobRunner(s.uploads).drain();
      const done = await s.uploads.job(owner, job.id);
      assert.equal(done.state, 'failed');
      assert.match(done.error ?? '', /not in a known AIS format/);
    });

    it('fails a job whose file is gone, naming the file and not the server path', async () => {
      const owner = researcher(7);
      const gone = put('gone.nmea', nmea());
      const job = await s.uploads.enqueue(owner, gone);
      rmSync(gone.filePath);
      await new AisJobRunner(s.uploads).drain();
      const done = await s.uploads.job(owner, job.id);
      assert.equal(done.state, 'failed');
      assert.match(done.error ?? '', /gone\.nmea/);
      assert.ok(!(done.error ?? '').includes(dir), done.error ?? '');
    });

    it('refuses a third queued job of one account (429) and lets the anonymous queue none (401)', async () => {
      const owner = researcher(5);
      await s.uploads.enqueue(owner, put('a.nmea', nmea()));
      await s.uploads.enqueue(owner, put('b.nmea', nmea()));
      await assert.rejects(s.uploads.enqueue(owner, put('c.nmea', nmea())), { status: 429 });
      await assert.rejects(s.uploads.enqueue(null, put('d.nmea', nmea())), { status: 401 });
      await new AisJobRunner(s.uploads).drain();
      assert.equal((await s.uploads.jobs(owner)).filter((j) => j.state === 'succeeded').length, 2);
    });

    it('on start, fails a job a dead process left running and runs the queued one', async () => {
      const owner = researcher(6);
      const left = put('left.nmea', nmea());
      const interrupted = await s.uploads.enqueue(owner, left);
      assert.equal((await s.uploads.claimNext())?.id, interrupted.id);
      // The process that claimed it "dies" here; a job queued meanwhile waits.
      const waiting = await s.uploads.enqueue(owner, put('next.nmea', nmea()));
      const finished: string[] = [];
      const runner = new AisJobRunner(s.uploads, { intervalMs: 20, onFinished: (j) => finished.push(j.id) });
      await runner.start();
      const failed = await s.uploads.job(owner, interrupted.id);
      assert.equal(failed.state, 'failed');
      assert.equal(failed.error, RESTART_REASON);
      assert.equal(existsSync(left.filePath), false);
      const end = Date.now() + 30_000;
      while (!finished.includes(waiting.id) && Date.now() < end) await new Promise((r) => setTimeout(r, 20));
      await runner.stop();
      assert.equal((await s.uploads.job(owner, waiting.id)).state, 'succeeded');
    });
  });
}
