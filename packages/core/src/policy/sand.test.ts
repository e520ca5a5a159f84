import { type RuleTable, testRuleTable } from './rule-table.ts';
import { sandRules } from './sand.ts';

const EXPECTED: RuleTable = {
  'sand.source.import': { own: ['secretariat'], other: ['secretariat'] },
  'sand.official.record': { own: ['secretariat'], other: ['secretariat'] },
  'sand.submission.create': { own: ['secretariat', 'focal_point'], other: ['secretariat'] },
  'sand.submission.read': { own: ['secretariat', 'focal_point'], other: ['secretariat'] },
  'sand.submission.decide': { own: ['secretariat'], other: ['secretariat'] },
  'sand.governance.edit': { own: ['secretariat'], other: ['secretariat'] },
};

testRuleTable('sand', sandRules, EXPECTED);
