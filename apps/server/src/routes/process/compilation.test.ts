// The compilation ZIP under load (security review, finding 4): five published 9 MB files, four parallel
// anonymous downloads and health checks. One build serves them all, the ZIP is answered with an ETag and
// 304 on revalidation, and health checks are not held behind the build.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { after, before, describe, test } from 'node:test';
import { listZipEntries, readZipEntry } from '@strata/core';
import { openPglite } from '@strata/db';
import { processServicesOf } from '@strata/process';
import { minimalPdf } from '@strata/process/testing';
import { processModule } from '../../modules/process.ts';
import { createTestPlatform, type TestClient, type TestPlatform } from '../../test-support.ts';

const FILE_BYTES = 9 * 1024 * 1024;

/** A PDF (typed from its header) padded with random bytes, which deflate cannot shrink. */
function bigPdf(): Uint8Array<ArrayBuffer> {
  const head = minimalPdf();
  const out = new Uint8Array(FILE_BYTES);
  out.set(randomBytes(FILE_BYTES));
  out.set(head.subarray(0, head.length - 6), 0);
  out.set(head.subarray(head.length - 6), FILE_BYTES - 6);
  return out;
}

describe('compilation ZIP of five 9 MB files under parallel requests', () => {
  let p: TestPlatform;
  let sec: TestClient;
  let callId: string;
  const files: Uint8Array<ArrayBuffer>[] = [];
  let builds = 0;
  const authors: { client: TestClient; submissionId: string }[] = [];

  before(async () => {
    p = await createTestPlatform(await openPglite(null), {
      modules: [processModule],
      maxBodyBytes: 12 << 20,
    });
    sec = await p.clientAs('secretariat');
    const created = await sec.request('POST', '/api/process/processes/demo/calls', {
      title: 'Large files call (fictional)',
      deadline: '2099-01-01T00:00:00Z',
    });
    callId = ((await created.json()) as { id: string }).id;
    for (const iso3 of ['FRA', 'SEN', 'CHL', 'IND', 'NOR']) {
      const fp = await p.clientAs('focal_point', { countryIso3: iso3 });
      const bytes = bigPdf();
      files.push(bytes);
      const form = new FormData();
      form.set('title', `Submission of ${iso3} (fictional)`);
      form.set('countryIso3', iso3);
      form.append('file', new Blob([bytes], { type: 'application/pdf' }), `${iso3}.pdf`);
      form.append('language', 'en');
      const res = await fp.request('POST', `/api/process/calls/${callId}/submissions`, form);
      assert.equal(res.status, 201, await res.clone().text());
      const { id } = (await res.json()) as { id: string };
      authors.push({ client: fp, submissionId: id });
      const cleared = await sec.request('POST', `/api/process/submissions/${id}/clearing`, {
        decision: 'publish',
      });
      assert.equal(cleared.status, 200);
    }
    // Count the builds at the service, beneath the HTTP cache.
    const submissions = processServicesOf(p.ctx).submissions;
    const build = submissions.compilation.bind(submissions);
    submissions.compilation = async (id: string) => {
      builds += 1;
      return build(id);
    };
  });
  after(async () => p.close());

  test('four parallel downloads: one build, identical archives, health answered meanwhile', async () => {
    const delay = monitorEventLoopDelay({ resolution: 5 });
    delay.enable();
    const anonymous = p.anonymous();
    const healthTimes: number[] = [];
    let building = true;
    const health = (async () => {
      while (building) {
        const t = performance.now();
        const res = await anonymous.request('GET', '/api/health');
        assert.equal(res.status, 200);
        healthTimes.push(performance.now() - t);
        await new Promise((r) => setTimeout(r, 10));
      }
    })();
    const started = performance.now();
    const responses = await Promise.all(
      [1, 2, 3, 4].map(() => anonymous.request('GET', `/api/process/calls/${callId}/compilation.zip`)),
    );
    const zips = await Promise.all(responses.map(async (r) => new Uint8Array(await r.arrayBuffer())));
    const elapsed = performance.now() - started;
    building = false;
    await health;
    delay.disable();
    assert.equal(builds, 1, 'one build for four requests');
    const etags = new Set(responses.map((r) => r.headers.get('etag')));
    assert.equal(etags.size, 1);
    assert.ok(zips.every((z) => Buffer.from(z).equals(Buffer.from(zips[0] as Uint8Array))));
    const entries = listZipEntries(zips[0] as Uint8Array);
    assert.equal(entries?.length, 6, 'index.csv and five files');
    const stored = entries
      ?.filter((e) => e.name.startsWith('files/'))
      .map((e) => readZipEntry(zips[0] as Uint8Array, e));
    assert.deepEqual(
      stored?.map((b) => b?.byteLength),
      files.map((f) => f.byteLength),
    );
    const maxHealth = Math.max(...healthTimes);
    const maxDelay = delay.max / 1e6;
    console.log(
      `# compilation of 5 × 9 MiB: ${elapsed.toFixed(0)} ms for four parallel downloads; ${healthTimes.length} health checks meanwhile, slowest ${maxHealth.toFixed(0)} ms; event-loop delay max ${maxDelay.toFixed(0)} ms, p99 ${(delay.percentile(99) / 1e6).toFixed(0)} ms`,
    );
    assert.ok(healthTimes.length >= 2, 'health checks ran during the build');
    // Before: 6.3 s for one request and health held 5.7 s behind it. The bound leaves room for a loaded CI.
    assert.ok(maxHealth < 1000, `slowest health check ${maxHealth.toFixed(0)} ms`);
  });

  test('a repeat download is served from the stored archive; If-None-Match answers 304', async () => {
    const t = performance.now();
    const res = await p.anonymous().request('GET', `/api/process/calls/${callId}/compilation.zip`);
    await res.arrayBuffer();
    const ms = performance.now() - t;
    assert.equal(builds, 1, 'not rebuilt');
    // `builds` proves the reuse; the time only guards against a rebuild, which took 6.3 s. 546 ms was seen
    // on a clean clone running the whole suite, so the bound leaves room for a loaded machine.
    assert.ok(ms < 1500, `served in ${ms.toFixed(0)} ms`);
    const etag = res.headers.get('etag') ?? '';
    const again = await p
      .anonymous()
      .request('GET', `/api/process/calls/${callId}/compilation.zip`, undefined, { 'if-none-match': etag });
    assert.equal(again.status, 304);
  });

  test('a change to the call builds a new archive', async () => {
    const before = await p.anonymous().request('GET', `/api/process/calls/${callId}/compilation.zip`);
    await before.arrayBuffer();
    const author = authors[0];
    assert.ok(author);
    const withdrawn = await author.client.request(
      'POST',
      `/api/process/submissions/${author.submissionId}/withdrawal`,
      { note: 'replaced by a later submission (fictional)' },
    );
    assert.equal(withdrawn.status, 200);
    const after = await p.anonymous().request('GET', `/api/process/calls/${callId}/compilation.zip`);
    await after.arrayBuffer();
    assert.equal(builds, 2);
    assert.notEqual(
      after.headers.get('etag'),
      before.headers.get('etag'),
      'the index records the withdrawal',
    );
  });
});
