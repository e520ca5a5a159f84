import { dredgingRules } from './dredging.ts';
import { type RuleTable, testRuleTable } from './rule-table.ts';

/** Datasets are published and removed by the secretariat alone. */
const EXPECTED: RuleTable = {
  'dredging.dataset.import': { own: ['secretariat'], other: ['secretariat'] },
  'dredging.dataset.delete': { own: ['secretariat'], other: ['secretariat'] },
};

testRuleTable('dredging', dredgingRules, EXPECTED);
