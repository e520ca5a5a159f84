import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { testDatabases } from '@strata/db/testing';
import { createTestPlatform, failingModule, type TestPlatform } from './test-support.ts';

interface Country {
  iso3: string;
  unGroup: string | null;
  unMember: boolean;
  name: Record<string, string>;
}
interface Problem {
  type: string;
  status: number;
  title: string;
  errors?: { path: string; message: string }[];
}

for (const factory of testDatabases()) {
  describe(`HTTP API on ${factory.name}`, () => {
    let p: TestPlatform;
    before(async () => {
      p = await createTestPlatform(await factory.open(), {
        modules: [failingModule],
        maxBodyBytes: 64 * 1024,
      });
    });
    after(async () => p.close());

    test('health answers ok', async () => {
      const res = await p.anonymous().request('GET', '/api/health');
      assert.equal(res.status, 200);
      assert.deepEqual(await res.json(), { status: 'ok' });
    });

    test('countries: 195 items with groups 54/54/23/33/29 and names in six languages', async () => {
      const res = await p.anonymous().request('GET', '/api/countries');
      assert.equal(res.status, 200);
      const { items } = (await res.json()) as { items: Country[] };
      assert.equal(items.length, 195);
      const count = (g: string | null) => items.filter((c) => c.unGroup === g).length;
      assert.deepEqual(
        [
          count('african'),
          count('asia_pacific'),
          count('eastern_european'),
          count('latin_american_caribbean'),
          count('western_european_others'),
          count(null),
        ],
        [54, 54, 23, 33, 29, 2],
      );
      assert.deepEqual(Object.keys(items[0]?.name ?? {}).sort(), ['ar', 'en', 'es', 'fr', 'ru', 'zh']);
      const filtered = (await (
        await p.anonymous().request('GET', '/api/countries?unGroup=eastern_european')
      ).json()) as {
        items: Country[];
      };
      assert.equal(filtered.items.length, 23);
    });

    test('one country, 404 and 400 as problem details', async () => {
      const bra = (await (await p.anonymous().request('GET', '/api/countries/bra')).json()) as Country;
      assert.equal(bra.iso3, 'BRA');
      assert.equal(bra.unGroup, 'latin_american_caribbean');
      const missing = await p.anonymous().request('GET', '/api/countries/XXX');
      assert.equal(missing.status, 404);
      assert.equal(missing.headers.get('content-type'), 'application/problem+json');
      const missingProblem = (await missing.json()) as Problem;
      const typeDoc = await p.anonymous().request('GET', missingProblem.type);
      assert.equal(typeDoc.status, 200, 'a problem type URI answers with its meaning');
      assert.match(((await typeDoc.json()) as { description: string }).description, /does not exist/);
      const bad = await p.anonymous().request('GET', '/api/countries/TOOLONG');
      assert.equal(bad.status, 400);
      const problem = (await bad.json()) as Problem;
      assert.equal(problem.status, 400);
      assert.equal(problem.errors?.[0]?.path, 'param.iso3');
    });

    test('openapi.json is OpenAPI 3.1 and covers every API route', async () => {
      const doc = (await (await p.anonymous().request('GET', '/api/openapi.json')).json()) as {
        openapi: string;
        paths: Record<string, Record<string, unknown>>;
      };
      assert.equal(doc.openapi, '3.1.0');
      const documented = new Set(
        Object.entries(doc.paths).flatMap(([path, ops]) =>
          Object.keys(ops).map((m) => `${m.toUpperCase()} ${path.replace(/\{[^}]+\}/g, ':p')}`),
        ),
      );
      const served = p.app.routes
        .filter(
          (r) =>
            r.path.startsWith('/api/') &&
            !r.path.startsWith('/api/failing') &&
            r.method !== 'ALL' &&
            !['/api/openapi.json', '/api/docs'].includes(r.path),
        )
        .map((r) => `${r.method} ${r.path.replace(/:[^/]+/g, ':p')}`);
      assert.ok(served.length >= 10);
      for (const route of served) assert.ok(documented.has(route), `${route} is not in openapi.json`);
      const page = await p.anonymous().request('GET', '/api/docs');
      assert.match(await page.text(), /Strata API/);
    });

    test('a write without a session is 401, with the wrong role 403, and an allowed write is audited', async () => {
      const body = { name: 'Mining Co' };
      const anon = await p.anonymous().request('POST', '/api/companies', body);
      assert.equal(anon.status, 401);
      assert.equal(anon.headers.get('content-type'), 'application/problem+json');
      const fp = await p.clientAs('focal_point');
      assert.equal((await fp.request('POST', '/api/companies', body)).status, 403);
      const sec = await p.clientAs('secretariat');
      const created = await sec.request('POST', '/api/companies', body);
      assert.equal(created.status, 201);
      const company = (await created.json()) as { id: string };
      const audit = (await (
        await sec.request('GET', `/api/audit?entity=company&entityId=${company.id}`)
      ).json()) as {
        items: { action: string; actorEmail: string; after: { name: string } }[];
      };
      assert.equal(audit.items.length, 1);
      assert.equal(audit.items[0]?.action, 'platform.company.create');
      assert.equal(audit.items[0]?.after.name, 'Mining Co');
      assert.match(audit.items[0]?.actorEmail ?? '', /^secretariat-/);
    });

    test('cookie-authenticated writes need the CSRF token', async () => {
      const sec = await p.clientAs('secretariat');
      sec.csrfToken = 'wrong';
      const res = await sec.request('POST', '/api/organisations', { name: 'No CSRF' });
      assert.equal(res.status, 403);
      assert.match(((await res.json()) as { detail: string }).detail, /CSRF/);
    });

    test('validation errors list the failing fields', async () => {
      const sec = await p.clientAs('secretariat');
      const res = await sec.request('POST', '/api/users', {
        email: 'not-an-email',
        password: 'short',
        role: 'king',
      });
      assert.equal(res.status, 400);
      const paths = ((await res.json()) as Problem).errors?.map((e) => e.path).sort();
      assert.deepEqual(paths, ['json.email', 'json.password', 'json.role']);
      const fpMissingCountry = await sec.request('POST', '/api/users', {
        email: 'fp@x.org',
        password: 'a long enough password',
        role: 'focal_point',
      });
      assert.equal(fpMissingCountry.status, 400);
      assert.equal(((await fpMissingCountry.json()) as Problem).errors?.[0]?.path, 'countryIso3');
      const malformed = await sec.request('POST', '/api/organisations', '{not json', {
        'content-type': 'application/json',
      });
      assert.equal(malformed.status, 400);
    });

    test('oversized bodies get 413', async () => {
      const sec = await p.clientAs('secretariat');
      const res = await sec.request('POST', '/api/organisations', { name: 'x'.repeat(100 * 1024) });
      assert.equal(res.status, 413);
      assert.equal(res.headers.get('content-type'), 'application/problem+json');
    });

    test('sign-in: wrong password 401, then 429 after too many attempts; sign-out ends the session', async () => {
      const c = p.anonymous();
      const wrong = await c.signIn('nobody@strata.test', 'wrong');
      assert.equal(wrong.status, 401);
      let last = 0;
      for (let i = 0; i < 11; i++) last = (await c.signIn('nobody@strata.test', 'wrong')).status;
      assert.equal(last, 429);
      const sec = await p.clientAs('secretariat');
      const session = (await (await sec.request('GET', '/api/auth/session')).json()) as {
        user: { role: string };
      };
      assert.equal(session.user.role, 'secretariat');
      assert.equal((await sec.request('POST', '/api/auth/logout')).status, 204);
      const afterLogout = (await (await sec.request('GET', '/api/auth/session')).json()) as { user: null };
      assert.equal(afterLogout.user, null);
    });

    test('unknown API routes are 404 problems; errors never leak internals', async () => {
      const res = await p.anonymous().request('GET', '/api/nope');
      assert.equal(res.status, 404);
      assert.equal(((await res.json()) as Problem).status, 404);
      const boom = await p.anonymous().request('GET', '/api/failing/boom');
      assert.equal(boom.status, 500);
      assert.equal(boom.headers.get('content-type'), 'application/problem+json');
      assert.doesNotMatch(await boom.text(), /hunter2|secret|postgres:/);
    });
  });
}
