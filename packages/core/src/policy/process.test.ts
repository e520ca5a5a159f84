import assert from 'node:assert/strict';
import { test } from 'node:test';
import { can } from './index.ts';
import { processRules } from './process.ts';
import { type RuleTable, testActor, testRuleTable } from './rule-table.ts';

/** Roles allowed on the actor's OWN country/organisation; on another's only the secretariat (and co-chair rules). */
const EXPECTED: RuleTable = {
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
  'process.call.update': { own: ['secretariat'], other: ['secretariat'] },
  'process.call.close': { own: ['secretariat'], other: ['secretariat'] },
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

testRuleTable('process', processRules, EXPECTED);

test('a focal point without a country binding acts for nobody', () => {
  assert.equal(
    can({ ...testActor('focal_point'), countryIso3: null }, 'process.endorsement.record', {
      countryIso3: null,
    }),
    false,
  );
});
