import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ConflictError, ValidationError } from '@strata/core';
import { assertMatchMove, nextStates } from './match-state.ts';

test('a match moves forward one step at a time: proposed → in contact → agreed → delivered → closed', () => {
  assert.doesNotThrow(() => assertMatchMove('proposed', 'in_contact', null));
  assert.doesNotThrow(() => assertMatchMove('in_contact', 'agreed', null));
  assert.doesNotThrow(() => assertMatchMove('agreed', 'delivered', null));
  assert.doesNotThrow(() => assertMatchMove('delivered', 'closed', 'Inspectors trained'));
});

test('no skipping, no going back, nothing after closed', () => {
  assert.throws(() => assertMatchMove('proposed', 'agreed', null), ConflictError);
  assert.throws(() => assertMatchMove('agreed', 'in_contact', null), ConflictError);
  assert.throws(() => assertMatchMove('closed', 'proposed', 'x'), ConflictError);
  assert.deepEqual(nextStates('closed'), []);
});

test('a match may close early, but only with an outcome', () => {
  assert.doesNotThrow(() => assertMatchMove('proposed', 'closed', 'Declined: already funded'));
  assert.throws(() => assertMatchMove('in_contact', 'closed', '  '), ValidationError);
});
