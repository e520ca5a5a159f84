import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseWorldBankCsv } from './denominators.ts';

const HEAD = 'Country Name,Country Code,Year,Value\n';

describe('World Bank denominators', () => {
  it('reads country rows, quoted names included, and leaves aggregates out', () => {
    const parsed = parseWorldBankCsv(
      `${HEAD}"Bahamas, The",BHS,1960,116317\nWorld,WLD,1960,3031000000\nFrance,FRA,2019,67248926\n`,
    );
    assert.deepEqual(parsed.rows, [
      { iso3: 'BHS', year: 1960, value: 116317 },
      { iso3: 'FRA', year: 2019, value: 67248926 },
    ]);
    assert.equal(parsed.aggregates, 1);
    assert.deepEqual(parsed.rejected, []);
  });

  it('rejects a wrong header, bad years, non-positive values and repeated country-years by line', () => {
    assert.equal(parseWorldBankCsv('Country,Code,Year,Value\n').rejected[0]?.line, 1);
    const parsed = parseWorldBankCsv(
      `${HEAD}France,FRA,19x9,1\nFrance,FRA,2019,0\nFrance,FRA,2018,5\nFrance,FRA,2018,6\n`,
    );
    assert.deepEqual(
      parsed.rejected.map((r) => r.line),
      [2, 3, 5],
    );
    assert.match(parsed.rejected[2]?.message ?? '', /repeats line 4/);
  });
});
