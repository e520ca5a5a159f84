// The response cache: anonymous GETs reused until the database changes, whoever changes it; one
// computation for concurrent requests; ETags and 304; signed-in requests always computed.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { testDatabases } from '@strata/db/testing';
import { etagMatches, ResponseCache } from './middleware/response-cache.ts';
import { processModule } from './modules/process.ts';
import { createTestPlatform, type TestClient, type TestPlatform } from './test-support.ts';

function jsonResponse(value: unknown, status = 200): Response {
  return new Response(JSON.stringify(value), { status, headers: { 'content-type': 'application/json' } });
}

describe('ResponseCache', () => {
  test('concurrent requests at one mark wait for one computation; a new mark computes again', async () => {
    const cache = new ResponseCache({ maxBytes: 1 << 20 });
    let calls = 0;
    const compute = async () => {
      calls += 1;
      await new Promise((r) => setTimeout(r, 20));
      return jsonResponse({ calls });
    };
    const [a, b, c] = await Promise.all([
      cache.obtain('/x', 'm1', compute),
      cache.obtain('/x', 'm1', compute),
      cache.obtain('/x', 'm1', compute),
    ]);
    assert.equal(calls, 1);
    assert.ok(a && a === b && b === c);
    assert.equal((await cache.obtain('/x', 'm1', compute))?.etag, a.etag, 'kept');
    const next = await cache.obtain('/x', 'm2', compute);
    assert.equal(calls, 2);
    assert.notEqual(next?.etag, a.etag, 'the ETag follows the content');
  });

  test('a response older than the TTL is computed again; same bytes keep the same ETag', async () => {
    let now = 0;
    const cache = new ResponseCache({ maxBytes: 1 << 20, ttlMs: 1000, clock: () => now });
    let calls = 0;
    const compute = async () => {
      calls += 1;
      return jsonResponse({ same: true });
    };
    const first = await cache.obtain('/x', 'm', compute);
    now = 999;
    await cache.obtain('/x', 'm', compute);
    assert.equal(calls, 1);
    now = 1001;
    const again = await cache.obtain('/x', 'm', compute);
    assert.equal(calls, 2);
    assert.equal(again?.etag, first?.etag);
  });

  test('errors, cookies and private answers are not kept; memory is bounded, least recently used first', async () => {
    const cache = new ResponseCache({ maxBytes: 1000 });
    assert.equal(await cache.obtain('/e', 'm', async () => jsonResponse({ e: 1 }, 404)), null);
    const withCookie = new Response('x', { headers: { 'set-cookie': 'a=b' } });
    assert.equal(await cache.obtain('/c', 'm', async () => withCookie), null);
    const privateOne = new Response('x', { headers: { 'cache-control': 'private' } });
    assert.equal(await cache.obtain('/p', 'm', async () => privateOne), null);
    assert.equal(cache.size, 0);
    const body = (n: number) => async () => new Response('x'.repeat(n));
    await cache.obtain('/a', 'm', body(400));
    await cache.obtain('/b', 'm', body(400));
    cache.fresh('/a', 'm'); // used: /b is now the oldest
    await cache.obtain('/c', 'm', body(400));
    assert.equal(cache.size, 800);
    assert.ok(cache.fresh('/a', 'm') && cache.fresh('/c', 'm'));
    assert.equal(cache.fresh('/b', 'm'), null);
    const huge = await cache.obtain('/h', 'm', body(600));
    assert.equal(huge?.body.byteLength, 600, 'served to its request');
    assert.equal(cache.fresh('/h', 'm'), null, 'but larger than half the memory: not kept');
  });

  test('If-None-Match: lists, weak tags and *', () => {
    assert.ok(etagMatches('"a", "b"', '"b"'));
    assert.ok(etagMatches('W/"b"', '"b"'));
    assert.ok(etagMatches('*', '"b"'));
    assert.ok(!etagMatches('"a"', '"b"'));
    assert.ok(!etagMatches(undefined, '"b"'));
  });
});

for (const factory of testDatabases()) {
  describe(`response cache over HTTP on ${factory.name}`, () => {
    let p: TestPlatform;
    let sec: TestClient;
    before(async () => {
      p = await createTestPlatform(await factory.open(), { modules: [processModule] });
      sec = await p.clientAs('secretariat');
    });
    after(async () => p.close());

    const titles = async () => {
      const res = await p.anonymous().request('GET', '/api/process/processes');
      assert.equal(res.status, 200);
      const { items } = (await res.json()) as { items: { slug: string; title: string }[] };
      return new Map(items.map((i) => [i.slug, i.title]));
    };

    test('an anonymous GET carries an ETag and answers a matching If-None-Match with 304', async () => {
      const first = await p.anonymous().request('GET', '/api/countries');
      const etag = first.headers.get('etag');
      assert.ok(etag, 'ETag');
      assert.equal(first.headers.get('cache-control'), 'public, max-age=3600', "the route's own policy");
      const processes = await p.anonymous().request('GET', '/api/process/processes');
      assert.equal(processes.headers.get('cache-control'), 'public, no-cache', 'revalidate by default');
      const again = await p
        .anonymous()
        .request('GET', '/api/countries', undefined, { 'if-none-match': etag });
      assert.equal(again.status, 304);
      assert.equal(await again.text(), '');
      const other = await p
        .anonymous()
        .request('GET', '/api/countries', undefined, { 'if-none-match': '"x"' });
      assert.equal(other.status, 200);
      assert.equal((await other.json()).items.length, 195);
    });

    test('a write through the API shows at once', async () => {
      const created = await sec.request('POST', '/api/process/processes', {
        slug: 'cache-api',
        resolution: 'Fictional resolution 1/1',
        title: 'Before',
        secretariat: 'Test secretariat',
      });
      assert.equal(created.status, 201);
      assert.equal((await titles()).get('cache-api'), 'Before');
      assert.equal(
        (await sec.request('PATCH', '/api/process/processes/cache-api', { title: 'After' })).status,
        200,
      );
      assert.equal((await titles()).get('cache-api'), 'After');
    });

    test('a write made outside this server (another process, straight SQL) shows at once', async () => {
      assert.equal((await titles()).get('cache-api'), 'After');
      await p.ctx.db.execScript(
        `update process_process set title = 'Changed elsewhere' where slug = 'cache-api';`,
      );
      assert.equal((await titles()).get('cache-api'), 'Changed elsewhere');
    });

    test('signed-in requests are computed for whoever asks, never served from the cache', async () => {
      const res = await sec.request('GET', '/api/process/processes');
      assert.equal(res.status, 200);
      assert.equal(res.headers.get('etag'), null);
    });
  });
}
