import assert from 'node:assert/strict';
import { test } from 'node:test';
import { RateLimitedError } from '@strata/core';
import { RateLimiter, signInKey } from './sign-in-limit.ts';

const MINUTE = 60_000;

test('sign-in limit: 10 attempts per address and e-mail in 15 minutes, the 11th refused with its wait', () => {
  let t = 0;
  const limiter = new RateLimiter(undefined, undefined, () => t);
  const key = signInKey('203.0.113.7', 'Focal@Example.org');
  for (let i = 1; i <= 10; i++) {
    t = i * 1000; // attempts 1..10 at 1 s, 2 s, … 10 s: the window opened at 1 s and ends at 15 min + 1 s
    limiter.hit(key);
  }
  t = MINUTE + 1000;
  // 11th attempt at 61 s: the window ends at 901 s, so the wait is 901 − 61 = 840 s.
  assert.throws(
    () => limiter.hit(key),
    (e: unknown) => e instanceof RateLimitedError && e.retryAfterSeconds === 840,
  );
  // Another e-mail from the same address is counted apart.
  assert.doesNotThrow(() => limiter.hit(signInKey('203.0.113.7', 'other@example.org')));
  // The e-mail is case-folded: the same account in capitals shares the count.
  assert.throws(() => limiter.hit(signInKey('203.0.113.7', 'FOCAL@EXAMPLE.ORG')), RateLimitedError);
  // At 15 min + 1 s the window has ended: a new one starts.
  t = 15 * MINUTE + 1000;
  assert.doesNotThrow(() => limiter.hit(key));
});

test('sign-in limit: a successful sign-in resets the count', () => {
  let t = 0;
  const limiter = new RateLimiter(undefined, undefined, () => t);
  const key = signInKey('198.51.100.1', 'a@example.org');
  for (let i = 0; i < 10; i++) limiter.hit(key);
  limiter.reset(key);
  t = 1000;
  for (let i = 0; i < 10; i++) limiter.hit(key);
  assert.throws(() => limiter.hit(key), RateLimitedError);
});
