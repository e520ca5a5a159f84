import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { test } from 'node:test';
import { ConflictError, ValidationError } from '@strata/core';
import { CliError, EXIT, reportError } from './errors.ts';

function report(error: unknown, env: NodeJS.ProcessEnv = {}): { code: number; text: string } {
  const out = new PassThrough();
  const code = reportError(error, out, env);
  return { code, text: String(out.read() ?? '') };
}

test('errors people can act on print one line, no stack, with their exit code', () => {
  assert.deepEqual(report(new CliError('no such file', EXIT.noInput)), {
    code: EXIT.noInput,
    text: 'strata: no such file\n',
  });
  const invalid = report(new ValidationError('Bad row.', [{ path: 'height', message: 'negative' }]));
  assert.equal(invalid.code, EXIT.dataError);
  assert.equal(invalid.text, 'strata: Bad row.\n  - height: negative\n');
  assert.equal(report(new ConflictError('Exists.')).code, EXIT.dataError);
});

test('a constraint the database enforces is a data error, said without a stack', () => {
  const unique = Object.assign(
    new Error('duplicate key value violates unique constraint "organisation_name"'),
    {
      code: '23505',
      detail: 'Key (name)=(Fictional org) already exists.',
    },
  );
  const { code, text } = report(unique);
  assert.equal(code, EXIT.dataError);
  assert.match(
    text,
    /refused the data: duplicate key .* \(Key \(name\)=\(Fictional org\) already exists\.\)/,
  );
  assert.doesNotMatch(text, /\n\s+at /);
  const nul = Object.assign(new Error('invalid byte sequence for encoding "UTF8": 0x00'), { code: '22021' });
  assert.equal(report(nul).code, EXIT.dataError);
});

test('an unexpected error prints its message, and its stack only with STRATA_DEBUG', () => {
  const bug = new TypeError('x is not a function');
  const plain = report(bug);
  assert.equal(plain.code, EXIT.software);
  assert.match(plain.text, /unexpected error: x is not a function\n\(set STRATA_DEBUG=1/);
  assert.doesNotMatch(plain.text, /\n\s+at /);
  const debug = report(bug, { STRATA_DEBUG: '1' });
  assert.match(debug.text, /\n\s+at /);
});
