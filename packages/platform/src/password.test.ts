import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hashPassword, passwordNeedsRehash, verifyPassword } from './password.ts';

const OWASP = { memoryCost: 19456, timeCost: 2, parallelism: 1 };

test('passwords: argon2id with the OWASP parameters (m=19 MiB, t=2, p=1), salted, verified', async () => {
  const a = await hashPassword('correct horse battery');
  const b = await hashPassword('correct horse battery');
  assert.match(a, /^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  assert.notEqual(a, b, 'each hash has its own salt');
  assert.equal(await verifyPassword(a, 'correct horse battery'), true);
  assert.equal(await verifyPassword(a, 'correct horse batterY'), false);
  assert.equal(await verifyPassword('not a hash', 'x'), false);
});

test('passwords: a hash made with other parameters or another algorithm needs a rehash', () => {
  const salt = 'c29tZXNhbHQ$aGFzaA';
  assert.equal(passwordNeedsRehash(`$argon2id$v=19$m=19456,t=2,p=1$${salt}`, OWASP), false);
  assert.equal(passwordNeedsRehash(`$argon2id$v=19$m=8192,t=2,p=1$${salt}`, OWASP), true);
  assert.equal(passwordNeedsRehash(`$argon2id$v=19$m=19456,t=1,p=1$${salt}`, OWASP), true);
  assert.equal(passwordNeedsRehash(`$argon2id$v=19$m=19456,t=2,p=4$${salt}`, OWASP), true);
  assert.equal(passwordNeedsRehash(`$argon2i$v=19$m=19456,t=2,p=1$${salt}`, OWASP), true);
  assert.equal(passwordNeedsRehash('$2b$12$bcryptbcryptbcryptbcry', OWASP), true);
});
