import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { NETWORK_ERROR_STATUS, ProblemError } from '../api/client.ts';
import { describeSignInError } from './sign-in-errors.ts';

const problem = (status: number, errors?: { path: string; message: string }[]) =>
  new ProblemError({ type: 'about:blank', title: 'x', status, errors });

describe('describeSignInError', () => {
  it('names wrong credentials, throttling and an unreachable server', () => {
    assert.equal(describeSignInError(problem(401)).summaryId, 'auth.error.credentials');
    assert.equal(describeSignInError(problem(429)).summaryId, 'auth.error.tooMany');
    assert.equal(describeSignInError(problem(NETWORK_ERROR_STATUS)).summaryId, 'auth.error.network');
    assert.equal(describeSignInError(problem(500)).summaryId, 'auth.error.unknown');
    assert.equal(describeSignInError(new Error('boom')).summaryId, 'auth.error.unknown');
  });

  it('ties the server field errors to the form fields, whatever the path style', () => {
    const view = describeSignInError(
      problem(400, [
        { path: 'body.email', message: 'Too short' },
        { path: '/password', message: 'Required' },
        { path: 'other', message: 'ignored' },
      ]),
    );
    assert.deepEqual(view, {
      summaryId: 'auth.error.fix',
      fields: { email: 'Too short', password: 'Required' },
    });
  });
});
