import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseEndorsementCsv } from './endorsement-csv.ts';

test('endorsement import CSV: good rows parsed, each bad line reported with its number', () => {
  const { rows, issues } = parseEndorsementCsv(
    'proposal,version,country_iso3,kind,venue,expressed_at,note\r\n' +
      'DEMO-01,,sen,support,plenary,2023-09-07,"said so, twice"\r\n' +
      'DEMO-02,2,FRA,maybe,plenary,2023-09-07,\r\n' +
      'DEMO-03,x,FR,objection,hallway,never,\r\n' +
      'DEMO-04,3,BRA,support,plenary,2023-09-08,"a note ""quoted""\nover two lines"\r\n',
  );
  assert.equal(rows.length, 2);
  assert.equal(rows[0]?.countryIso3, 'SEN');
  assert.equal(rows[0]?.note, 'said so, twice');
  assert.equal(rows[0]?.versionNumber, null);
  assert.equal(rows[1]?.line, 5);
  assert.equal(rows[1]?.versionNumber, 3);
  assert.equal(rows[1]?.note, 'a note "quoted"\nover two lines');
  assert.equal(issues.length, 2);
  assert.equal(issues[0]?.path, 'line 3');
  assert.match(issues[0]?.message ?? '', /^kind "maybe"/);
  assert.equal(issues[1]?.path, 'line 4');
  assert.match(
    issues[1]?.message ?? '',
    /^version "x".*country_iso3 "FR".*venue "hallway".*expressed_at "never"/,
  );
  assert.deepEqual(parseEndorsementCsv('a,b\n').issues, [
    {
      path: 'line 1',
      message: 'the header must be proposal,version,country_iso3,kind,venue,expressed_at,note',
    },
  ]);
});
