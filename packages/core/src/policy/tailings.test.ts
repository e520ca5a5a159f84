import assert from 'node:assert/strict';
import { test } from 'node:test';
import { can } from './index.ts';
import { type RuleTable, testActor, testRuleTable } from './rule-table.ts';
import { tailingsRules } from './tailings.ts';

const EXPECTED: RuleTable = {
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

testRuleTable('tailings', tailingsRules, EXPECTED);

test('an operator without a company binding discloses for nobody', () => {
  assert.equal(
    can({ ...testActor('operator'), companyId: null }, 'tailings.disclosure.submit', { companyId: null }),
    false,
  );
});
