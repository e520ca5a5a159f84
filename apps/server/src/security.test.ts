import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { newId } from '@strata/core';
import { testDatabases } from '@strata/db/testing';
import { AccountRepository } from '@strata/platform';
import pino from 'pino';
import { isPublicWrite, PUBLIC_WRITES } from './middleware/require-session.ts';
import { MODULES, type ServerModule } from './modules/index.ts';
import { createRouter } from './router.ts';
import { createTestPlatform, failingModule, type TestPlatform } from './test-support.ts';

interface Problem {
  type: string;
  status: number;
  detail?: string;
  errors?: { path: string; message: string }[];
}

/** A route that writes the same organisation twice, past the service's own check: the database refuses. */
const duplicatingModule: ServerModule = {
  name: 'duplicating',
  migrations: [],
  routes: (ctx) => {
    const router = createRouter();
    router.get('/twice', async () => {
      const accounts = new AccountRepository(ctx.db.kysely);
      const name = `Raw duplicate ${newId()}`;
      await accounts.insertOrganisation({ id: newId(), name, kind: 'ngo' });
      await accounts.insertOrganisation({ id: newId(), name, kind: 'ngo' });
      return new Response(null, { status: 204 });
    });
    return router;
  },
};

const WRITES = ['post', 'put', 'patch', 'delete'];
const SOME_ID = '00000000-0000-4000-8000-000000000000';

async function assertFieldRefused(res: Response, field: string, reason: RegExp): Promise<void> {
  assert.equal(res.status, 400, `expected 400 for ${field}, got ${res.status}`);
  const problem = (await res.json()) as Problem;
  const issue = problem.errors?.find((e) => e.path === field);
  assert.ok(issue, `no issue on ${field}: ${JSON.stringify(problem.errors)}`);
  assert.match(issue.message, reason);
}

for (const factory of testDatabases()) {
  describe(`security on ${factory.name}`, () => {
    let p: TestPlatform;
    const logLines: string[] = [];
    before(async () => {
      const logger = pino({ level: 'error' }, { write: (line: string) => logLines.push(line) });
      p = await createTestPlatform(await factory.open(), {
        modules: [...MODULES, failingModule, duplicatingModule],
        logger,
      });
    });
    after(async () => p.close());

    test('authentication before validation: every write route of openapi.json answers an anonymous request 401', async () => {
      const doc = (await (await p.anonymous().request('GET', '/api/openapi.json')).json()) as {
        paths: Record<string, Record<string, unknown>>;
      };
      const writes = Object.entries(doc.paths).flatMap(([path, ops]) =>
        Object.keys(ops)
          .filter((m) => WRITES.includes(m))
          .map((m) => ({ method: m.toUpperCase(), path })),
      );
      assert.ok(writes.length >= 37, `only ${writes.length} write routes documented`);
      const documented = new Set(writes.map((w) => `${w.method} ${w.path}`));
      for (const pub of PUBLIC_WRITES) assert.ok(documented.has(pub), `public write ${pub} is not a route`);
      const bodies: [string, unknown, Record<string, string>][] = [
        ['empty JSON', {}, {}],
        ['invalid JSON', '{not json', { 'content-type': 'application/json' }],
        ['no body', undefined, {}],
      ];
      let checked = 0;
      for (const { method, path } of writes) {
        if (isPublicWrite(method, path)) continue;
        const url = path.replace(/\{[^}]+\}/g, SOME_ID);
        for (const [label, body, headers] of bodies) {
          const res = await p.anonymous().request(method, url, body, headers);
          assert.equal(res.status, 401, `${method} ${path} with ${label} answered ${res.status}`);
          assert.equal(res.headers.get('content-type'), 'application/problem+json');
          const problem = (await res.json()) as Problem;
          assert.equal(problem.type, '/api/problems/unauthenticated');
          assert.equal(problem.errors, undefined, 'no field is validated for an anonymous write');
        }
        checked++;
      }
      assert.equal(checked, writes.length - PUBLIC_WRITES.length);
      const login = await p.anonymous().request('POST', '/api/auth/login', {});
      assert.equal(login.status, 400, 'sign-in is public and validates its body');
      const setup = await p.anonymous().request('POST', '/api/setup', {});
      assert.equal(setup.status, 400, 'first-run set-up is public and validates its body');
    });

    test('NUL and lone surrogates answer 400 naming the field, never 500', async () => {
      const anon = p.anonymous();
      const login = await anon.request('POST', '/api/auth/login', {
        email: 'someone\u0000@strata.test',
        password: 'x',
      });
      await assertFieldRefused(login, 'json.email', /NUL/);
      const loneInLogin = await anon.request(
        'POST',
        '/api/auth/login',
        '{"email":"a\\ud800@strata.test","password":"x"}',
        { 'content-type': 'application/json' },
      );
      await assertFieldRefused(loneInLogin, 'json.email', /lone surrogate/);
      await assertFieldRefused(
        await anon.request('GET', '/api/tailings/facilities?q=dam%00x'),
        'query.q',
        /NUL/,
      );
      await assertFieldRefused(await anon.request('GET', '/api/countries/B%00R'), 'path', /NUL/);
      const sec = await p.clientAs('secretariat');
      await assertFieldRefused(
        await sec.request('POST', '/api/organisations', { name: 'Org\u0000' }),
        'json.name',
        /NUL/,
      );
      await assertFieldRefused(
        await sec.request('POST', '/api/companies', '{"name":"Co \\udc00"}', {
          'content-type': 'application/json',
        }),
        'json.name',
        /lone surrogate/,
      );
      const form = new FormData();
      form.set('title', 'Submission\u0000');
      form.set('file', new Blob(['%PDF-1.4'], { type: 'application/pdf' }), 'paper.pdf');
      await assertFieldRefused(
        await sec.request('POST', `/api/process/calls/${SOME_ID}/submissions`, form),
        'form.title',
        /NUL/,
      );
      const fine = await sec.request('POST', '/api/organisations', { name: 'منظمة 😀 ok' });
      assert.equal(fine.status, 201, 'Arabic and a surrogate pair are stored');
      const listed = (await (
        await anon.request('GET', '/api/tailings/facilities?q=%F0%9F%98%80')
      ).json()) as {
        items: unknown[];
      };
      assert.ok(Array.isArray(listed.items));
    });

    test('bidi override and isolate characters in names answer 400', async () => {
      const sec = await p.clientAs('secretariat');
      const rlo = 'Good Org\u202Egro.live';
      await assertFieldRefused(
        await sec.request('POST', '/api/organisations', { name: rlo }),
        'json.name',
        /override/,
      );
      await assertFieldRefused(
        await sec.request('POST', '/api/companies', { name: 'Co \u2067x\u2069' }),
        'json.name',
        /override/,
      );
      const user = (await (
        await sec.request('POST', '/api/users', {
          email: `bidi-${Date.now()}@strata.test`,
          password: 'a long enough password',
          role: 'reviewer',
        })
      ).json()) as { id: string };
      await assertFieldRefused(
        await sec.request('PATCH', `/api/users/${user.id}`, { displayName: 'Ann \u202Dnimda' }),
        'json.displayName',
        /override/,
      );
      const orgs = (await (await sec.request('GET', '/api/organisations')).json()) as {
        items: { name: string }[];
      };
      assert.equal(orgs.items.filter((o) => o.name === rlo).length, 0, 'nothing was stored');
    });

    test('a duplicate organisation or company name answers 409, not 500', async () => {
      const sec = await p.clientAs('secretariat');
      const name = `Duplicate Org ${Date.now()}`;
      assert.equal((await sec.request('POST', '/api/organisations', { name })).status, 201);
      const again = await sec.request('POST', '/api/organisations', { name });
      assert.equal(again.status, 409);
      assert.equal(((await again.json()) as Problem).type, '/api/problems/conflict');
      assert.equal((await sec.request('POST', '/api/companies', { name })).status, 201);
      const company = await sec.request('POST', '/api/companies', { name });
      assert.equal(company.status, 409);
      assert.doesNotMatch(await company.text(), /23505|constraint|duplicate key/i);
      logLines.length = 0;
      const raw = await sec.request('GET', '/api/duplicating/twice');
      assert.equal(raw.status, 409, 'a unique violation from the database itself is a conflict');
      assert.doesNotMatch(await raw.text(), /23505|constraint|duplicate key/i);
      assert.equal(logLines.length, 0, 'a conflict is not logged as an unexpected error');
    });

    test('an unexpected error answers 500 with the request id, logged once with its stack', async () => {
      logLines.length = 0;
      const res = await p.anonymous().request('GET', '/api/failing/boom', undefined, {
        'x-request-id': 'trace-me-42',
      });
      assert.equal(res.status, 500);
      const body = await res.text();
      assert.doesNotMatch(body, /hunter2|postgres:|at .*\.ts/);
      const problem = JSON.parse(body) as Problem & { requestId?: string };
      assert.equal(problem.requestId, 'trace-me-42');
      assert.equal(res.headers.get('x-request-id'), 'trace-me-42');
      const logged = logLines.map((l) => JSON.parse(l) as { requestId?: string; err?: { stack?: string } });
      assert.equal(logged.length, 1, 'logged once');
      assert.equal(logged[0]?.requestId, 'trace-me-42');
      assert.match(logged[0]?.err?.stack ?? '', /Error: secret connection string[\s\S]*test-support\.ts/);
    });

    test('x-request-id is echoed only when short and plain; otherwise replaced by a fresh id', async () => {
      const echo = async (id: string) =>
        (await p.anonymous().request('GET', '/api/health', undefined, { 'x-request-id': id })).headers.get(
          'x-request-id',
        );
      assert.equal(await echo('abc-123_X.y'), 'abc-123_X.y');
      assert.equal(await echo('a'.repeat(100)), 'a'.repeat(100));
      for (const bad of ['a'.repeat(101), 'evil\u0007id', 'with space', '<script>', 'x;y=z']) {
        const got = await echo(bad);
        assert.notEqual(got, bad);
        assert.match(got ?? '', /^[A-Za-z0-9._-]{1,100}$/);
      }
    });

    test('javascript: and data: links are refused in resources and meeting documents; http(s) pass', async () => {
      const sec = await p.clientAs('secretariat');
      const resource = (url: string) =>
        sec.request('POST', '/api/tailings/resources', {
          title: 'Guide',
          kind: 'guide',
          url,
          summary: 'A guide.',
          topics: [],
        });
      for (const url of [
        'javascript:alert(document.cookie)',
        'JavaScript:alert(1)',
        'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
        'vbscript:msgbox(1)',
        'ftp://example.org/x',
      ]) {
        await assertFieldRefused(await resource(url), 'json.url', /http/);
      }
      assert.equal((await resource('https://example.org/guide.pdf')).status, 201);
      const meetingDocument = await sec.request('POST', `/api/process/meetings/${SOME_ID}/documents`, {
        title: 'Agenda',
        url: 'javascript:alert(1)',
      });
      await assertFieldRefused(meetingDocument, 'json.url', /http/);
    });

    test('sign-in and sign-out leave audit rows, without the password', async () => {
      const sec = await p.clientAs('secretariat');
      const me = (await (await sec.request('GET', '/api/auth/session')).json()) as { user: { id: string } };
      assert.equal((await sec.request('POST', '/api/auth/logout')).status, 204);
      const admin = await p.clientAs('secretariat');
      const rows = (await (
        await admin.request('GET', `/api/audit?entity=user&entityId=${me.user.id}`)
      ).json()) as {
        items: { action: string; after: unknown }[];
      };
      const actions = rows.items.map((r) => r.action);
      assert.ok(actions.includes('platform.session.start'), actions.join());
      assert.ok(actions.includes('platform.session.end'), actions.join());
      assert.doesNotMatch(JSON.stringify(rows.items), /correct horse|password/i);
      assert.equal((await sec.request('POST', '/api/auth/logout')).status, 204, 'signing out twice is fine');
      const again = (await (
        await admin.request('GET', `/api/audit?entity=user&entityId=${me.user.id}`)
      ).json()) as {
        items: { action: string }[];
      };
      assert.equal(
        again.items.filter((r) => r.action === 'platform.session.end').length,
        1,
        'one end per session',
      );
    });

    test('every response carries a Content-Security-Policy; the API page allows only its own inline code', async () => {
      const csp =
        (await p.anonymous().request('GET', '/api/health')).headers.get('content-security-policy') ?? '';
      for (const directive of [
        "default-src 'self'",
        "script-src 'self'",
        "object-src 'none'",
        "frame-ancestors 'none'",
        "worker-src 'self' blob:",
      ]) {
        assert.ok(csp.includes(directive), `${directive} in ${csp}`);
      }
      assert.doesNotMatch(csp, /script-src[^;]*unsafe/);
      const docs = await p.anonymous().request('GET', '/api/docs');
      const docsCsp = docs.headers.get('content-security-policy') ?? '';
      const html = await docs.text();
      const script = /<script>([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';
      const hash = createHash('sha256').update(script).digest('base64');
      assert.ok(docsCsp.includes(`'sha256-${hash}'`), 'the page script is allowed by its hash');
      assert.doesNotMatch(docsCsp, /unsafe-inline/);
    });
  });
}
