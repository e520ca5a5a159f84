import { instrumentsRules } from './instruments.ts';
import { type RuleTable, testRuleTable } from './rule-table.ts';

const SECRETARIAT = { own: ['secretariat'], other: ['secretariat'] } as const;
const REVIEWERS = { own: ['secretariat', 'reviewer'], other: ['secretariat', 'reviewer'] } as const;

const EXPECTED: RuleTable = {
  'instruments.instrument.create': SECRETARIAT,
  'instruments.instrument.update': SECRETARIAT,
  'instruments.instrument.publish': SECRETARIAT,
  'instruments.cell.grade': REVIEWERS,
  'instruments.cell.confirm': REVIEWERS,
  'instruments.party.import': SECRETARIAT,
  'instruments.link.create': SECRETARIAT,
};

testRuleTable('instruments', instrumentsRules, EXPECTED);
