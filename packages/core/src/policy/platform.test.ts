import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type Actor, can, knownActions, ROLES, type Role } from './index.ts';
import { platformRules } from './platform.ts';

function actor(role: Role): Actor {
  return {
    userId: '00000000-0000-4000-8000-000000000001',
    email: `${role}@strata.test`,
    role,
    countryIso3: role === 'focal_point' ? 'BRA' : null,
    organisationId: role === 'observer_contact' ? 'org' : null,
    companyId: role === 'operator' ? 'co' : null,
  };
}

/** The expected decision for each platform action and role; anonymous is never allowed. */
const EXPECTED: Record<string, Role[]> = {
  'platform.user.create': ['secretariat'],
  'platform.user.update': ['secretariat'],
  'platform.organisation.create': ['secretariat'],
  'platform.company.create': ['secretariat'],
  'platform.audit.read': ['secretariat', 'co_chair'],
};

test('the expectations cover every platform action', () => {
  assert.deepEqual(Object.keys(EXPECTED).sort(), Object.keys(platformRules).sort());
});

for (const [action, allowed] of Object.entries(EXPECTED)) {
  for (const role of ROLES) {
    test(`${role} ${allowed.includes(role) ? 'may' : 'may not'} ${action}`, () => {
      assert.equal(can(actor(role), action), allowed.includes(role));
    });
  }
  test(`anonymous may not ${action}`, () => assert.equal(can(null, action), false));
}

test('unknown actions are refused to everyone, the secretariat included', () => {
  assert.equal(can(actor('secretariat'), 'platform.user.delete'), false);
  assert.ok(knownActions().includes('platform.user.create'));
});
