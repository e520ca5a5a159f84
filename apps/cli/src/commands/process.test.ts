import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseEndorsementCsv } from './process.ts';

test('endorsement import CSV: good rows parsed, each bad line reported with its number', () => {
  const { rows, errors } = parseEndorsementCsv(
    'proposal,version,country_iso3,kind,venue,expressed_at,note\r\n' +
      'DEMO-01,,sen,support,plenary,2023-09-07,"said so, twice"\r\n' +
      'DEMO-02,2,FRA,maybe,plenary,2023-09-07,\r\n' +
      'DEMO-03,x,FR,objection,hallway,never,\r\n',
  );
  assert.equal(rows.length, 1);
  assert.equal(rows[0]?.countryIso3, 'SEN');
  assert.equal(rows[0]?.note, 'said so, twice');
  assert.equal(rows[0]?.versionNumber, null);
  assert.equal(errors.length, 2);
  assert.match(errors[0] ?? '', /^line 3: kind "maybe"/);
  assert.match(
    errors[1] ?? '',
    /^line 4: version "x".*country_iso3 "FR".*venue "hallway".*expressed_at "never"/,
  );
  assert.deepEqual(parseEndorsementCsv('a,b\n').errors, [
    'line 1: the header must be proposal,version,country_iso3,kind,venue,expressed_at,note',
  ]);
});
