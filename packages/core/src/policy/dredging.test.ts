import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dredgingRules } from './dredging.ts';
import { can } from './index.ts';
import { type RuleTable, testActor, testRuleTable } from './rule-table.ts';
import { ROLES } from './types.ts';

/**
 * Platform datasets are loaded and removed by the secretariat alone; every signed-in role may bring its
 * own AIS file; reading a private dataset, its job, and publishing it are the owner's (checked below:
 * the table's resources name no owner, so only the secretariat passes there).
 */
const EXPECTED: RuleTable = {
  'dredging.dataset.import': { own: ['secretariat'], other: ['secretariat'] },
  'dredging.dataset.delete': { own: ['secretariat'], other: ['secretariat'] },
  'dredging.upload.create': { own: ROLES, other: ROLES },
  'dredging.upload.read': { own: ['secretariat'], other: ['secretariat'] },
  'dredging.dataset.read_private': { own: ['secretariat'], other: ['secretariat'] },
  'dredging.dataset.publish': { own: ['secretariat'], other: ['secretariat'] },
};

testRuleTable('dredging', dredgingRules, EXPECTED);

for (const action of ['dredging.upload.read', 'dredging.dataset.read_private', 'dredging.dataset.publish']) {
  test(`${action} is the owner's, not another account's`, () => {
    for (const role of ROLES.filter((r) => r !== 'secretariat')) {
      const actor = testActor(role);
      assert.equal(can(actor, action, { ownerUserId: actor.userId }), true, role);
      assert.equal(can(actor, action, { ownerUserId: 'someone-else' }), false, role);
    }
  });
}
