import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { GoodPracticeCase } from '../domain/model.ts';
import { casesCsv } from './csv.ts';

const aCase: GoodPracticeCase = {
  id: 'c1',
  countryIso3: 'BRA',
  stage: 'closure',
  theme: 'tailings',
  language: 'en',
  status: 'published',
  reviewNote: null,
  createdBy: null,
  mergedInto: null,
  demo: false,
  createdAt: '2026-12-01T00:00:00.000Z',
  updatedAt: '2026-12-01T00:00:00.000Z',
  current: {
    number: 2,
    title: '=HYPERLINK("http://x")',
    problem: 'p',
    actions: 'a',
    results: 'r',
    costs: '',
    replicability: '',
    contacts: [{ name: 'Secret Person', email: 'secret@example.org' }],
    documents: [],
    createdAt: '2026-12-01T00:00:00.000Z',
  },
};

test('the cases CSV never carries contacts and neutralises formula cells', () => {
  const csv = casesCsv([aCase]);
  assert.ok(!csv.includes('secret@example.org'));
  assert.ok(!csv.includes('Secret Person'));
  assert.ok(!csv.includes(',=HYPERLINK'), csv);
  assert.equal(
    csv.split('\r\n')[0],
    'id,country_iso3,stage,theme,language,status,version,title,problem,actions,results,costs,replicability,demo,updated_at',
  );
});
