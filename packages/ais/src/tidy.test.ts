import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { DecodedMessage } from './index.ts';
import { CSV_COLUMNS, csvHeader, toCsvRow } from './tidy.ts';

describe('tidy CSV', () => {
  it('writes a broadcast ship name that starts with a formula character as text', () => {
    // Type 5 fields are typed in by the crew: "=1+1" would run as a formula in a spreadsheet.
    const msg = {
      type: 5,
      repeat: 0,
      mmsi: 999900001,
      timestampMs: null,
      line: 7,
      shipname: '=1+1',
      callsign: '@X',
      destination: 'ROTTERDAM, NL',
    } as unknown as DecodedMessage;
    const cells = toCsvRow(msg).split(',');
    const at = (c: string) => CSV_COLUMNS.indexOf(c as (typeof CSV_COLUMNS)[number]);
    assert.equal(cells[at('shipname')], "'=1+1");
    assert.equal(cells[at('callsign')], "'@X");
    assert.match(toCsvRow(msg), /"ROTTERDAM, NL"/);
    assert.equal(csvHeader().split(',').length, CSV_COLUMNS.length);
  });
});
