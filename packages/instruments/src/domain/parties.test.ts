import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isBound, PARTIES_TEMPLATE, parsePartiesCsv } from './parties.ts';

const KNOWN = new Set(['minamata-convention']);
const isParty = (code: string) => ['FRA', 'BRA', 'EUU'].includes(code);
const HEADER = PARTIES_TEMPLATE.join(',');
const SOURCE = 'Depositary list,https://example.org/list,2026-12-01';

describe('parties CSV', () => {
  it('reads good rows, in any column order and with a semicolon delimiter', () => {
    const text = [
      'country_iso3;instrument;consent_kind;consent_date;signature_date;entry_into_force;source;source_url;list_date',
      'FRA;minamata-convention;ratification;2017-06-15;2013-10-10;2017-09-13;Depositary list;;2026-12-01',
      'BRA;minamata-convention;;;2013-10-10;;Depositary list;;2026-12-01',
    ].join('\n');
    const parsed = parsePartiesCsv(text, KNOWN, isParty);
    assert.ok(parsed.ok);
    assert.equal(parsed.rows[0].consentKind, 'ratification');
    assert.equal(isBound(parsed.rows[0]), true);
    assert.equal(isBound(parsed.rows[1]), false, 'a signatory only is not bound');
  });

  it('rejects the whole file and names every bad line and column', () => {
    const text = [
      HEADER,
      `minamata-convention,FRA,ratification,2017-06-15,,,${SOURCE}`,
      `minamata-convention,XXX,ratification,2017-02-30,,,${SOURCE}`,
      `basel-convention,BRA,signature,2017-01-01,,,${SOURCE}`,
      `minamata-convention,FRA,accession,2018-01-01,,,${SOURCE}`,
      'minamata-convention,BRA,,,,,,,',
    ].join('\n');
    const parsed = parsePartiesCsv(text, KNOWN, isParty);
    assert.equal(parsed.ok, false);
    if (parsed.ok) return;
    const paths = parsed.issues.map((i) => i.path);
    assert.deepEqual(paths, [
      'line 3, column country_iso3',
      'line 3, column consent_date',
      'line 4, column instrument',
      'line 4, column consent_kind',
      'line 5, column country_iso3',
      'line 6, column list_date',
      'line 6, column source',
      'line 6, column consent_date',
    ]);
    assert.match(parsed.issues[4].message, /listed twice .*first on line 2/);
  });

  it('names the missing columns of a file that does not follow the template', () => {
    const parsed = parsePartiesCsv('instrument,country\nminamata-convention,FRA\n', KNOWN, isParty);
    assert.equal(parsed.ok, false);
    if (!parsed.ok) assert.match(parsed.issues[0].message, /consent_kind.*list_date/);
  });
});
