import assert from 'node:assert/strict';
import { test } from 'node:test';
import { exchangeRules } from './exchange.ts';
import { can } from './index.ts';
import { OTHER_RESOURCE, type RuleTable, testActor, testRuleTable } from './rule-table.ts';
import { ROLES } from './types.ts';

const S = 'secretariat' as const;
const EXPECTED: RuleTable = {
  'exchange.space.create': { own: [S], other: [S] },
  'exchange.space.invite': { own: [S], other: [S] },
  'exchange.space.follow': { own: ROLES, other: ROLES },
  'exchange.space.read_members': { own: [S, 'focal_point'], other: [S, 'focal_point'] },
  'exchange.thread.create': { own: [S, 'focal_point'], other: [S] },
  'exchange.reply.create': { own: [S, 'focal_point'], other: [S] },
  'exchange.thread.accept_answer': { own: [S], other: [S] },
  'exchange.thread.moderate': { own: [S], other: [S] },
  'exchange.case.create': { own: [S, 'focal_point'], other: [S] },
  'exchange.case.version': { own: [S, 'focal_point'], other: [S] },
  'exchange.case.read_unpublished': { own: [S, 'focal_point'], other: [S] },
  'exchange.case.read_contacts': { own: [S, 'focal_point'], other: [S, 'focal_point'] },
  'exchange.case.review': { own: [S], other: [S] },
  'exchange.need.create': { own: [S, 'focal_point'], other: [S] },
  'exchange.offer.create': { own: [S, 'focal_point', 'observer_contact'], other: [S] },
  'exchange.match.update': { own: [S, 'focal_point', 'observer_contact'], other: [S] },
  'exchange.attachment.create': { own: [S, 'focal_point'], other: [S] },
  'exchange.demo.remove': { own: [S], other: [S] },
  'exchange.duplicate.merge': { own: [S], other: [S] },
};

testRuleTable('exchange', exchangeRules, EXPECTED);

test('an observer writes in a space only once invited', () => {
  const observer = testActor('observer_contact');
  assert.equal(can(observer, 'exchange.thread.create', { ...OTHER_RESOURCE, status: 'member' }), true);
  assert.equal(can(observer, 'exchange.reply.create', { ...OTHER_RESOURCE, status: null }), false);
});

test("a question's author accepts its answer, nobody else but the secretariat", () => {
  const fp = testActor('focal_point');
  assert.equal(can(fp, 'exchange.thread.accept_answer', { ownerUserId: fp.userId }), true);
  assert.equal(can(fp, 'exchange.thread.accept_answer', { ownerUserId: 'someone-else' }), false);
});

test('the author of a reply attaches files to it whatever the role; others of another country do not', () => {
  const observer = testActor('observer_contact');
  assert.equal(can(observer, 'exchange.attachment.create', { ownerUserId: observer.userId }), true);
  assert.equal(can(observer, 'exchange.attachment.create', { ownerUserId: 'someone-else' }), false);
  assert.equal(can(testActor('focal_point'), 'exchange.attachment.create', OTHER_RESOURCE), false);
});
