import assert from 'node:assert/strict';
import { test } from 'node:test';
import { can, knownActions } from './index.ts';
import { platformRules } from './platform.ts';
import { type RuleTable, testActor, testRuleTable } from './rule-table.ts';

/** Platform administration is the secretariat's; co-chairs may read the audit log. */
const EXPECTED: RuleTable = {
  'platform.user.create': { own: ['secretariat'], other: ['secretariat'] },
  'platform.user.update': { own: ['secretariat'], other: ['secretariat'] },
  'platform.user.reset': { own: ['secretariat'], other: ['secretariat'] },
  'platform.organisation.create': { own: ['secretariat'], other: ['secretariat'] },
  'platform.organisation.update': { own: ['secretariat'], other: ['secretariat'] },
  'platform.company.create': { own: ['secretariat'], other: ['secretariat'] },
  'platform.company.update': { own: ['secretariat'], other: ['secretariat'] },
  'platform.audit.read': { own: ['secretariat', 'co_chair'], other: ['secretariat', 'co_chair'] },
};

testRuleTable('platform', platformRules, EXPECTED);

test('unknown actions are refused to everyone, the secretariat included', () => {
  assert.equal(can(testActor('secretariat'), 'platform.user.delete'), false);
  assert.ok(knownActions().includes('platform.user.create'));
});
