import assert from 'node:assert/strict';
import { test } from 'node:test';
import { can } from './index.ts';
import { type Actor, type Resource, ROLES, type Role, type RuleSet } from './types.ts';

/** An account of `role`, bound to country BRA, organisation `org-1` and company `co-1` where the role has one. */
export function testActor(role: Role): Actor {
  return {
    userId: '00000000-0000-4000-8000-000000000001',
    email: `${role}@strata.test`,
    role,
    countryIso3: role === 'focal_point' ? 'BRA' : null,
    organisationId: role === 'observer_contact' ? 'org-1' : null,
    companyId: role === 'operator' ? 'co-1' : null,
  };
}

/** What {@link testActor}'s bindings own, and a resource of someone else. */
export const OWN_RESOURCE: Resource = { countryIso3: 'BRA', organisationId: 'org-1', companyId: 'co-1' };
export const OTHER_RESOURCE: Resource = { countryIso3: 'FRA', organisationId: 'org-2', companyId: 'co-2' };

/** For each action: the roles allowed on their own country/organisation/company, and on another's. */
export type RuleTable = Record<string, { own: readonly Role[]; other: readonly Role[] }>;

/**
 * Declares one test per action × role × (own, other), one per action for anonymous, and one that the
 * table covers every action of the module, so that a new rule cannot go untested.
 */
export function testRuleTable(module: string, rules: RuleSet, table: RuleTable): void {
  test(`the expectations cover every ${module} action`, () => {
    assert.deepEqual(Object.keys(table).sort(), Object.keys(rules).sort());
  });
  for (const [action, { own, other }] of Object.entries(table)) {
    for (const role of ROLES) {
      test(`${role} ${own.includes(role) ? 'may' : 'may not'} ${action} on its own`, () => {
        assert.equal(can(testActor(role), action, OWN_RESOURCE), own.includes(role));
      });
      test(`${role} ${other.includes(role) ? 'may' : 'may not'} ${action} on another's`, () => {
        assert.equal(can(testActor(role), action, OTHER_RESOURCE), other.includes(role));
      });
    }
    test(`anonymous may not ${action}`, () => assert.equal(can(null, action, OWN_RESOURCE), false));
  }
}
