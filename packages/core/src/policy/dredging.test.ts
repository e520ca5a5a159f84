import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { can } from './index.ts';
import { type Actor, ROLES, type Role } from './types.ts';

const actor = (role: Role): Actor => ({
  userId: `u-${role}`,
  email: `${role}@example.org`,
  role,
  countryIso3: role === 'focal_point' ? 'NLD' : null,
  organisationId: role === 'observer_contact' ? 'o-1' : null,
  companyId: role === 'operator' ? 'c-1' : null,
});

const ACTIONS = ['dredging.dataset.import', 'dredging.dataset.delete'] as const;

describe('dredging policy', () => {
  for (const action of ACTIONS) {
    for (const role of ROLES) {
      const expected = role === 'secretariat';
      it(`${role} ${expected ? 'may' : 'may not'} ${action}`, () => {
        assert.equal(can(actor(role), action, { countryIso3: 'NLD' }), expected);
      });
    }
    it(`anonymous may not ${action}`, () => {
      assert.equal(can(null, action), false);
    });
  }
});
