import assert from 'node:assert/strict';
import { test } from 'node:test';
import { LANGUAGES } from '@strata/core';
import {
  type ParsedSubmission,
  parseSubmissionCsv,
  SUBMISSION_HEADERS,
  submissionTemplate,
} from './submission.ts';

const YEAR_NOW = 2026;
/** The rejected lines in English, as the API and the command line give them. */
const english = (p: ParsedSubmission) => p.rejected.map(({ line, message }) => ({ line, message }));

const YEAR = 2026;

test('submission: a filled-in template converts t, kt and m3 (with its density) to tonnes', () => {
  const text = [
    'year,value,unit,density (t/m3),note',
    '2019,1500000,t,,',
    '2020,"1250,5",kt,,provisional',
    '2021,1000,m3,1.6,',
    '2022,2000,m³,"1,5",',
  ].join('\n');
  const { figures, rejected } = parseSubmissionCsv(text, YEAR);
  assert.deepEqual(rejected, []);
  assert.deepEqual(
    figures.map((f) => [f.line, f.year, f.tonnes, f.note]),
    [
      [2, 2019, 1_500_000, null],
      [3, 2020, 1_250_500, 'provisional'],
      [4, 2021, 1600, null],
      [5, 2022, 3000, null],
    ],
  );
});

test('submission: the template header in every language reads back, semicolons too', () => {
  for (const lang of LANGUAGES) {
    const template = submissionTemplate(lang);
    assert.ok(template.startsWith('\uFEFF'), lang);
    const header = template.trim().replace(/^\uFEFF/, '');
    assert.ok(header.includes(SUBMISSION_HEADERS[lang].year), lang);
    const { figures, rejected } = parseSubmissionCsv(`${template}2019,7,kt,,\r\n`, YEAR);
    assert.deepEqual(rejected, [], lang);
    assert.equal(figures[0]?.tonnes, 7000, lang);
  }
  const semicolons = parseSubmissionCsv('année;valeur;unité\n2018;3,5;kt\n', YEAR);
  assert.equal(semicolons.figures[0]?.tonnes, 3500);
});

test('submission: wrong columns are named on line 1 and no line is read', () => {
  const parsed = parseSubmissionCsv('year,amount,unit,unit\n2019,5,t,t\n', YEAR);
  assert.deepEqual(parsed.figures, []);
  assert.deepEqual(parsed.rejected[0]?.faults, [{ code: 'unknownColumn', params: { column: 'amount' } }]);
  assert.deepEqual(english(parsed), [
    { line: 1, message: 'unknown column "amount"' },
    { line: 1, message: 'column "unit" repeats' },
    { line: 1, message: 'missing column "value" (value)' },
  ]);
});

test('submission: every bad line is reported with its line and reasons; nothing is accepted', () => {
  const text = [
    'year,value,unit,density (t/m3)',
    '2019,100,t,', // good
    '2019,200,t,', // repeats 2019
    '1969,-5,t,', // year out of range, negative
    '2020,1 000 000,tonnes,', // unit unknown; spaces in number are dropped
    '2021,5,m3,', // m3 without density
    '2022,5,t,1.6', // density with t
    '2023,1.234.5,kt,', // not a number
    '2024,5,m3,0', // density zero
    '2025,1,5,t', // unquoted decimal comma: fields shift
    '2026,1,5,t,,x', // one field too many
  ].join('\n');
  const parsed = parseSubmissionCsv(text, YEAR);
  assert.deepEqual(parsed.figures, [], 'all-or-nothing');
  // Each fault also comes as a code with its values, for the web app to word in the reader's language.
  assert.deepEqual(
    parsed.rejected.map((r) => r.faults.map((f) => f.code)),
    [
      ['yearRepeats'],
      ['yearRange', 'valueNegative'],
      ['unitUnknown'],
      ['densityNeeded'],
      ['densityOnlyM3'],
      ['valueNotNumber'],
      ['densityZero'],
      ['unitUnknown', 'densityNotNumber'],
      ['tooManyFields', 'unitUnknown', 'densityNotNumber'],
    ],
  );
  assert.deepEqual(parsed.rejected[1]?.faults[0], {
    code: 'yearRange',
    params: { year: '1969', first: 1970, last: YEAR_NOW },
  });
  assert.deepEqual(english(parsed), [
    { line: 3, message: 'year 2019 repeats line 2' },
    { line: 4, message: 'year "1969" must be a year from 1970 to 2026; value must not be negative' },
    { line: 5, message: 'unit "tonnes" must be t, kt (thousand tonnes) or m3' },
    {
      line: 6,
      message: 'a figure in m3 needs the bulk density (t/m3) it was measured at, to convert to tonnes',
    },
    { line: 7, message: 'a density is stated only with figures in m3, not in t' },
    {
      line: 8,
      message:
        'value "1.234.5" is not a number (digits with a decimal point or comma, no thousands separator)',
    },
    { line: 9, message: 'density must be above 0 t/m3' },
    {
      line: 10,
      message:
        'unit "5" must be t, kt (thousand tonnes) or m3; density "t" is not a number (digits with a decimal point or comma, no thousands separator)',
    },
    {
      line: 11,
      message:
        '6 fields where the header has 4 (quote a value holding the separator); unit "5" must be t, kt (thousand tonnes) or m3; density "t" is not a number (digits with a decimal point or comma, no thousands separator)',
    },
  ]);
});

test('submission: an empty file and a header without rows are refused', () => {
  assert.deepEqual(english(parseSubmissionCsv('', YEAR)), [{ line: 1, message: 'the file is empty' }]);
  assert.deepEqual(english(parseSubmissionCsv(submissionTemplate('fr'), YEAR)), [
    { line: 2, message: 'the file has no figure below its header' },
  ]);
  assert.deepEqual(english(parseSubmissionCsv('year,value,unit\n2027,1,t\n', YEAR)), [
    { line: 2, message: 'year "2027" must be a year from 1970 to 2026' },
  ]);
});
