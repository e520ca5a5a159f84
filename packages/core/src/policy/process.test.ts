import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type Actor, can, type Resource, ROLES, type Role } from './index.ts';
import { processRules } from './process.ts';

function actor(role: Role): Actor {
  return {
    userId: '00000000-0000-4000-8000-000000000001',
    email: `${role}@strata.test`,
    role,
    countryIso3: role === 'focal_point' ? 'BRA' : null,
    organisationId: role === 'observer_contact' ? 'org-1' : null,
    companyId: role === 'operator' ? 'co' : null,
  };
}

/** The resource each action is checked on: the focal point's own country, the contact's own organisation. */
const OWN: Resource = { countryIso3: 'BRA', organisationId: 'org-1' };
const OTHER: Resource = { countryIso3: 'FRA', organisationId: 'org-2' };

/** Roles allowed on the actor's OWN country/organisation; on another's only the secretariat (and co-chair rules). */
const EXPECTED: Record<string, { own: Role[]; other: Role[] }> = {
  'process.process.create': { own: ['secretariat'], other: ['secretariat'] },
  'process.process.update': { own: ['secretariat'], other: ['secretariat'] },
  'process.focal_point.nominate': { own: ['secretariat', 'focal_point'], other: ['secretariat'] },
  'process.focal_point.update': { own: ['secretariat', 'focal_point'], other: ['secretariat'] },
  'process.focal_point.read_contacts': {
    own: ['secretariat', 'focal_point'],
    other: ['secretariat', 'focal_point'],
  },
  'process.meeting.create': { own: ['secretariat'], other: ['secretariat'] },
  'process.meeting.update': { own: ['secretariat'], other: ['secretariat'] },
  'process.call.create': { own: ['secretariat'], other: ['secretariat'] },
  'process.submission.submit': {
    own: ['secretariat', 'focal_point', 'observer_contact'],
    other: ['secretariat'],
  },
  'process.submission.read_unpublished': {
    own: ['secretariat', 'co_chair', 'focal_point', 'observer_contact'],
    other: ['secretariat', 'co_chair'],
  },
  'process.submission.clear': { own: ['secretariat'], other: ['secretariat'] },
  'process.submission.withdraw': {
    own: ['secretariat', 'focal_point', 'observer_contact'],
    other: ['secretariat'],
  },
  'process.proposal.create': { own: ['secretariat', 'co_chair'], other: ['secretariat', 'co_chair'] },
  'process.proposal.version': { own: ['secretariat', 'co_chair'], other: ['secretariat', 'co_chair'] },
  'process.proposal.merge': { own: ['secretariat', 'co_chair'], other: ['secretariat', 'co_chair'] },
  'process.proposal.split': { own: ['secretariat', 'co_chair'], other: ['secretariat', 'co_chair'] },
  'process.amendment.propose': { own: ['secretariat', 'focal_point'], other: ['secretariat'] },
  'process.amendment.handle': { own: ['secretariat', 'co_chair'], other: ['secretariat', 'co_chair'] },
  'process.endorsement.record': { own: ['secretariat', 'focal_point'], other: ['secretariat'] },
  'process.round.create': { own: ['secretariat', 'co_chair'], other: ['secretariat', 'co_chair'] },
  'process.round.close': { own: ['secretariat', 'co_chair'], other: ['secretariat', 'co_chair'] },
  'process.ballot.cast': { own: ['secretariat', 'focal_point'], other: ['secretariat'] },
  'process.ballot.read_own': { own: ['secretariat', 'focal_point'], other: ['secretariat'] },
};

test('the expectations cover every process action', () => {
  assert.deepEqual(Object.keys(EXPECTED).sort(), Object.keys(processRules).sort());
});

for (const [action, { own, other }] of Object.entries(EXPECTED)) {
  for (const role of ROLES) {
    test(`${role} ${own.includes(role) ? 'may' : 'may not'} ${action} for its own state/organisation`, () => {
      assert.equal(can(actor(role), action, OWN), own.includes(role));
    });
    test(`${role} ${other.includes(role) ? 'may' : 'may not'} ${action} for another state/organisation`, () => {
      assert.equal(can(actor(role), action, OTHER), other.includes(role));
    });
  }
  test(`anonymous may not ${action}`, () => assert.equal(can(null, action, OWN), false));
}

test('a focal point without a country binding acts for nobody', () => {
  assert.equal(
    can({ ...actor('focal_point'), countryIso3: null }, 'process.endorsement.record', { countryIso3: null }),
    false,
  );
});
