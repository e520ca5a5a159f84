import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { testDatabases } from '@strata/db/testing';
import { sandModule } from '../../modules/sand.ts';
import { createTestPlatform, type TestPlatform } from '../../test-support.ts';
import type { SandProfile, SandSubmission, SandSubmissionOutcome } from './api-types.ts';

/** The upload form: fictional provenance, a template filled in with fictional figures. */
function form(iso3: string, csv: string, fileName = 'statistics.csv'): FormData {
  const f = new FormData();
  f.set('iso3', iso3);
  f.set('title', '[TEST] fictional yearbook');
  f.set('publisher', '[TEST] fictional statistics office');
  f.set('licence', 'test');
  f.set('method', 'Reported quarry output.');
  f.set('file', new File([csv], fileName, { type: 'text/csv' }));
  return f;
}

for (const factory of testDatabases()) {
  describe(`sand national statistics API on ${factory.name}`, () => {
    let p: TestPlatform;
    before(async () => {
      p = await createTestPlatform(await factory.open(), { modules: [sandModule], seed: false });
    });
    after(() => p.close());

    test('the template downloads in each language; Arabic keeps its script', async () => {
      const res = await p.anonymous().request('GET', '/api/sand/submissions/template.csv?lang=ar');
      assert.equal(res.status, 200);
      assert.match(res.headers.get('content-disposition') ?? '', /template-ar\.csv/);
      const bytes = new Uint8Array(await res.arrayBuffer());
      assert.deepEqual([...bytes.slice(0, 3)], [0xef, 0xbb, 0xbf], 'a byte-order mark for spreadsheets');
      assert.match(new TextDecoder().decode(bytes), /^السنة,القيمة,الوحدة/);
      assert.equal(
        (await p.anonymous().request('GET', '/api/sand/submissions/template.csv?lang=xx')).status,
        400,
      );
    });

    test('a focal point uploads for their country; bad lines come back (200, saved false) and nothing is kept', async () => {
      assert.equal(
        (await p.anonymous().request('POST', '/api/sand/submissions', form('KEN', 'x'))).status,
        401,
      );
      const ken = await p.clientAs('focal_point', { countryIso3: 'KEN' });
      assert.equal(
        (await ken.request('POST', '/api/sand/submissions', form('TZA', 'year,value,unit\n2019,1,t\n')))
          .status,
        403,
      );
      const bad = await ken.request(
        'POST',
        '/api/sand/submissions',
        form('KEN', 'year,value,unit\n2019,1,tonnes\n2019,2,t\n'),
      );
      assert.equal(bad.status, 200);
      const outcome = (await bad.json()) as SandSubmissionOutcome;
      assert.equal(outcome.saved, false);
      assert.deepEqual(
        outcome.rejected.map(({ line, message }) => ({ line, message })),
        [
          { line: 2, message: 'unit "tonnes" must be t, kt (thousand tonnes) or m3' },
          { line: 3, message: 'year 2019 repeats line 2' },
        ],
      );
      assert.deepEqual(
        ((await (await ken.request('GET', '/api/sand/submissions')).json()) as { items: unknown[] }).items,
        [],
      );

      const good = await ken.request(
        'POST',
        '/api/sand/submissions',
        form('KEN', 'year,value,unit\n2019,1200,kt\n'),
      );
      assert.equal(good.status, 201);
      const saved = (await good.json()) as SandSubmissionOutcome;
      assert.equal(saved.submission?.status, 'pending');
      assert.equal(saved.submission?.fileName, 'statistics.csv');
      const mine = (await (await ken.request('GET', '/api/sand/submissions')).json()) as {
        items: SandSubmission[];
      };
      assert.deepEqual(
        mine.items.map((s) => [s.iso3, s.version, s.status]),
        [['KEN', 1, 'pending']],
      );
      const other = await p.clientAs('focal_point', { countryIso3: 'TZA' });
      assert.equal((await other.request('GET', `/api/sand/submissions/${saved.submission?.id}`)).status, 403);
      // Nothing public before approval.
      assert.equal((await p.anonymous().request('GET', '/api/sand/countries/KEN/profile')).status, 200);
      const before = (await (
        await p.anonymous().request('GET', '/api/sand/countries/KEN/profile')
      ).json()) as SandProfile;
      assert.deepEqual(
        before.indicators.flatMap((i) => i.points),
        [],
      );
    });

    test('the secretariat approves: the figure is the official headline, with its source', async () => {
      const ken = await p.clientAs('focal_point', { countryIso3: 'KEN' });
      const sec = await p.clientAs('secretariat');
      const queue = (await (await sec.request('GET', '/api/sand/submissions?status=pending')).json()) as {
        items: SandSubmission[];
      };
      const id = queue.items.find((s) => s.iso3 === 'KEN')?.id;
      assert.ok(id);
      assert.equal((await ken.request('POST', `/api/sand/submissions/${id}/approve`, {})).status, 403);
      assert.equal(
        (await sec.request('POST', `/api/sand/submissions/${id}/reject`, { note: '' })).status,
        400,
      );
      const approved = await sec.request('POST', `/api/sand/submissions/${id}/approve`, {});
      assert.equal(approved.status, 200);
      assert.equal(((await approved.json()) as SandSubmission).status, 'approved');
      assert.equal((await sec.request('POST', `/api/sand/submissions/${id}/approve`, {})).status, 409);
      const profile = (await (
        await p.anonymous().request('GET', '/api/sand/countries/KEN/profile')
      ).json()) as SandProfile;
      const point = profile.indicators[0]?.points.find((x) => x.year === 2019);
      assert.equal(point?.headline.tier, 'official');
      assert.equal(point?.headline.central, 1_200_000);
      assert.ok(
        profile.sources.some((s) => s.title === '[TEST] fictional yearbook' && s.tier === 'official'),
      );
    });
  });
}
