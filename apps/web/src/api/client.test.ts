import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ApiClient, NETWORK_ERROR_STATUS, ProblemError } from './client.ts';

interface Call {
  url: string;
  init: RequestInit;
}

function fakeFetch(status: number, body: string, contentType = 'application/json') {
  const calls: Call[] = [];
  const impl: typeof fetch = async (input, init) => {
    calls.push({ url: String(input), init: init ?? {} });
    return new Response(body, { status, headers: { 'content-type': contentType } });
  };
  return { calls, impl };
}

function header(call: Call, name: string): string | undefined {
  return (call.init.headers as Record<string, string>)[name];
}

describe('ApiClient', () => {
  it('parses JSON and prefixes /api', async () => {
    const f = fakeFetch(200, '{"items":[1,2]}');
    const client = new ApiClient({ fetch: f.impl });
    assert.deepEqual(await client.request('/countries'), { items: [1, 2] });
    assert.equal(f.calls[0].url, '/api/countries');
  });

  it('sends the CSRF token on writes only', async () => {
    const f = fakeFetch(200, '{}');
    const client = new ApiClient({ fetch: f.impl });
    client.setCsrfToken('tok');
    await client.request('/countries');
    await client.request('/auth/logout', { method: 'POST' });
    assert.equal(header(f.calls[0], 'x-csrf-token'), undefined);
    assert.equal(header(f.calls[1], 'x-csrf-token'), 'tok');
  });

  it('throws a ProblemError carrying the problem details and field errors', async () => {
    const problem = {
      type: '/api/problems/validation',
      title: 'Invalid request',
      status: 422,
      detail: 'email is required',
      errors: [{ path: 'email', message: 'Required' }],
    };
    const f = fakeFetch(422, JSON.stringify(problem), 'application/problem+json');
    const client = new ApiClient({ fetch: f.impl });
    await assert.rejects(client.request('/auth/login', { method: 'POST', body: {} }), (error: unknown) => {
      assert.ok(error instanceof ProblemError);
      assert.equal(error.status, 422);
      assert.deepEqual(error.errors, problem.errors);
      return true;
    });
  });

  it('turns a non-JSON error page and a network failure into problems', async () => {
    const html = new ApiClient({ fetch: fakeFetch(502, '<html>bad gateway</html>', 'text/html').impl });
    await assert.rejects(html.request('/x'), (e: unknown) => e instanceof ProblemError && e.status === 502);
    const offline = new ApiClient({
      fetch: async () => {
        throw new TypeError('Failed to fetch');
      },
    });
    await assert.rejects(
      offline.request('/x'),
      (e: unknown) => e instanceof ProblemError && e.status === NETWORK_ERROR_STATUS,
    );
  });
});
