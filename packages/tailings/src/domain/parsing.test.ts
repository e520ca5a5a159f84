import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { normalizeCommodity } from './commodity.ts';
import { dmsIsCanonical, parseDms } from './dms.ts';
import {
  emptyFacility,
  normalizeLabel,
  normalizeRaiseMethod,
  normalizeStatus,
  parseLocaleNumber,
} from './facility.ts';
import { applyField } from './fields.ts';

describe('parseDms', () => {
  it('reads SIGBM degrees-minutes-seconds with a point or a comma', () => {
    assert.ok(Math.abs((parseDms("-10°39'12.400''") ?? 0) - -10.653444) < 1e-6);
    assert.ok(Math.abs((parseDms("-10°39'12,4''") ?? 0) - -10.653444) < 1e-6);
    assert.ok(Math.abs((parseDms("00°22'46.200''") ?? 0) - 0.3795) < 1e-6);
  });
  it('reads hemisphere letters and decimal degrees', () => {
    assert.ok(Math.abs((parseDms('20°10\'00" S') ?? 0) - -20.1666667) < 1e-6);
    assert.equal(parseDms('-43.5'), -43.5);
    assert.equal(parseDms('-43,5'), -43.5);
  });
  it('returns null for text that is no coordinate', () => {
    assert.equal(parseDms('Não se aplica'), null);
    assert.equal(parseDms(''), null);
  });
  it('flags minutes or seconds of 60 and more', () => {
    assert.equal(dmsIsCanonical("00°50'71.400''"), false);
    assert.equal(dmsIsCanonical("00°50'11.400''"), true);
  });
  it('never throws and stays within ±(deg+2) for well-formed input (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 179 }),
        fc.integer({ min: 0, max: 59 }),
        fc.integer({ min: 0, max: 59999 }),
        (d, m, s) => {
          const text = `-${d}°${String(m).padStart(2, '0')}'${(s / 1000).toFixed(3).replace('.', ',')}''`;
          const v = parseDms(text);
          assert.ok(v !== null && v <= -d && v > -(d + 1));
        },
      ),
    );
  });
});

describe('vocabulary', () => {
  it('normalises labels case- and accent-insensitively', () => {
    assert.equal(normalizeLabel('Situação  Operacional'), normalizeLabel('SITUACAO operacional'));
  });
  it('maps statuses and raise methods from Portuguese and English', () => {
    assert.equal(normalizeStatus('Em Descaracterização'), 'decharacterising');
    assert.equal(normalizeStatus('Em Construção'), 'under_construction');
    assert.equal(normalizeStatus('Inativa'), 'inactive');
    assert.equal(normalizeStatus('Ativa'), 'active');
    assert.equal(normalizeStatus('Closed'), 'closed');
    assert.equal(normalizeStatus('Abandoned'), 'abandoned');
    assert.equal(normalizeRaiseMethod('Alteamento a montante ou desconhecido'), 'unknown');
    assert.equal(normalizeRaiseMethod('Alteamento a montante'), 'upstream');
    assert.equal(normalizeRaiseMethod('Alteamento por linha de centro'), 'centreline');
    assert.equal(normalizeRaiseMethod('Alteamento a jusante'), 'downstream');
    assert.equal(normalizeRaiseMethod('Etapa única'), 'single_raise');
    assert.equal(normalizeRaiseMethod('Dry stack'), 'dry_stack');
  });
  it('reads both decimal conventions', () => {
    assert.equal(parseLocaleNumber('12.500,00'), 12500);
    assert.equal(parseLocaleNumber('12,500.50'), 12500.5);
    assert.equal(parseLocaleNumber('6,00'), 6);
    assert.equal(parseLocaleNumber('1.234.567'), 1234567);
    assert.equal(parseLocaleNumber('-'), null);
    assert.equal(parseLocaleNumber('Não se aplica'), null);
  });
  it('normalises commodities', () => {
    assert.equal(normalizeCommodity('Minério de Ouro Primário'), 'gold');
    assert.equal(normalizeCommodity('Rocha Aurífera'), 'gold');
    assert.equal(normalizeCommodity('Minério de Ferro'), 'iron');
    assert.equal(normalizeCommodity('Aluvião Estanífero'), 'tin');
    assert.equal(normalizeCommodity('Cu'), 'copper');
    assert.equal(normalizeCommodity('Não se aplica a esse tipo de barragem'), null);
  });
});

describe('applyField: artisanal and small-scale gold mining', () => {
  it('reads yes/no in the sources’ languages and refuses anything else with the reason', () => {
    const record = emptyFacility('t', '1', 'F', 'BRA', {
      source: 't',
      sourceUrl: null,
      licence: 'x',
      retrieved: '2024-01-01',
      method: 'test',
    });
    assert.equal(record.asgm, null);
    assert.equal(applyField(record, 'asgm', 'Sim'), null);
    assert.equal(record.asgm, true);
    assert.equal(applyField(record, 'asgm', 'no'), null);
    assert.equal(record.asgm, false);
    assert.match(applyField(record, 'asgm', 'perhaps') ?? '', /asgm "perhaps" is not yes\/no/);
    assert.equal(record.asgm, false, 'a refused value leaves the field as it was');
  });
});
