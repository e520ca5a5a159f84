import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { testDatabases } from '@strata/db/testing';
import { isPublicWrite, PUBLIC_WRITES } from './middleware/require-session.ts';
import { createTestPlatform, type TestPlatform } from './test-support.ts';

interface Problem {
  type: string;
  status: number;
  detail?: string;
  errors?: { path: string; message: string }[];
}

const WRITES = ['post', 'put', 'patch', 'delete'];
const SOME_ID = '00000000-0000-4000-8000-000000000000';

for (const factory of testDatabases()) {
  describe(`security on ${factory.name}`, () => {
    let p: TestPlatform;
    before(async () => {
      p = await createTestPlatform(await factory.open());
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
  });
}
