import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type Actor, can, type Resource, ROLES, type Role } from './index.ts';
import { tailingsRules } from './tailings.ts';

function actor(role: Role): Actor {
  return {
    userId: '00000000-0000-4000-8000-000000000001',
    email: `${role}@strata.test`,
    role,
    countryIso3: role === 'focal_point' ? 'BRA' : null,
    organisationId: role === 'observer_contact' ? 'org-1' : null,
    companyId: role === 'operator' ? 'co-1' : null,
  };
}

/** A facility of the operator's own company in the focal point's own country, and one of neither. */
const OWN: Resource = { countryIso3: 'BRA', companyId: 'co-1' };
const OTHER: Resource = { countryIso3: 'CHL', companyId: 'co-2' };

const EXPECTED: Record<string, { own: Role[]; other: Role[] }> = {
  'tailings.facility.import': { own: ['secretariat'], other: ['secretariat'] },
  'tailings.facility.assign_company': { own: ['secretariat'], other: ['secretariat'] },
  'tailings.disclosure.submit': { own: ['secretariat', 'operator'], other: ['secretariat'] },
  'tailings.disclosure.read': { own: ['secretariat', 'focal_point', 'operator'], other: ['secretariat'] },
  'tailings.disclosure.review': { own: ['secretariat'], other: ['secretariat'] },
  'tailings.review.create': {
    own: ['secretariat', 'focal_point', 'reviewer'],
    other: ['secretariat', 'reviewer'],
  },
  'tailings.finding.update': {
    own: ['secretariat', 'focal_point', 'reviewer'],
    other: ['secretariat', 'reviewer'],
  },
  'tailings.self_assessment.update': { own: ['secretariat', 'operator'], other: ['secretariat'] },
  'tailings.requirement.update': { own: ['secretariat'], other: ['secretariat'] },
  'tailings.resource.create': { own: ['secretariat'], other: ['secretariat'] },
  'tailings.gap.create': { own: ['secretariat'], other: ['secretariat'] },
  'tailings.regulator.read': {
    own: ['secretariat', 'co_chair', 'focal_point'],
    other: ['secretariat', 'co_chair'],
  },
  'tailings.failure.import': { own: ['secretariat'], other: ['secretariat'] },
};

test('the expectations cover every tailings action', () => {
  assert.deepEqual(Object.keys(EXPECTED).sort(), Object.keys(tailingsRules).sort());
});

for (const [action, { own, other }] of Object.entries(EXPECTED)) {
  for (const role of ROLES) {
    test(`${role} ${own.includes(role) ? 'may' : 'may not'} ${action} on its own company's/country's facility`, () => {
      assert.equal(can(actor(role), action, OWN), own.includes(role));
    });
    test(`${role} ${other.includes(role) ? 'may' : 'may not'} ${action} on another facility`, () => {
      assert.equal(can(actor(role), action, OTHER), other.includes(role));
    });
  }
  test(`anonymous may not ${action}`, () => assert.equal(can(null, action, OWN), false));
}

test('an operator without a company binding discloses for nobody', () => {
  assert.equal(
    can({ ...actor('operator'), companyId: null }, 'tailings.disclosure.submit', { companyId: null }),
    false,
  );
});
