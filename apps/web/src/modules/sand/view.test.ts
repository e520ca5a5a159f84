import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  classLimits,
  isPoint,
  MAP_CLASS_COLOURS,
  MAP_CLASS_LIMITS_MT,
  mapClass,
  mapClassOf,
  perParam,
  tonnesIn,
  viewQuery,
  yearParam,
} from './view.ts';

describe('sand view helpers', () => {
  it('converts tonnes to megatonnes and gigatonnes', () => {
    assert.equal(tonnesIn(28_000_000_000, 'Gt'), 28);
    assert.equal(tonnesIn(2_500_000, 'Mt'), 2.5);
  });

  it('puts figures in tenfold classes, the limit itself in the class above', () => {
    assert.equal(mapClass(0), 0);
    assert.equal(mapClass(999_999), 0);
    assert.equal(mapClass(1_000_000), 1);
    assert.equal(mapClass(50_000_000), 2);
    assert.equal(mapClass(13_000_000_000), 4);
    assert.equal(MAP_CLASS_COLOURS.length, MAP_CLASS_LIMITS_MT.length + 1);
  });

  it('classes divided figures in their own unit: t per person, t per million US$', () => {
    assert.equal(mapClassOf(0.5, 'population'), 0);
    assert.equal(mapClassOf(6, 'population'), 3);
    assert.equal(mapClassOf(12, 'population'), 4);
    assert.equal(mapClassOf(250, 'gdp'), 1);
    // totals still go through tonnes → Mt
    assert.equal(mapClassOf(50_000_000, null), 2);
    assert.equal(classLimits('gdp').length + 1, MAP_CLASS_COLOURS.length);
    assert.equal(perParam('population'), 'population');
    assert.equal(perParam('area'), null);
  });

  it('tells a point from a band', () => {
    assert.equal(isPoint({ low: 5, central: 5, high: 5 }), true);
    assert.equal(isPoint({ low: 5.26, central: 6.5, high: 10 }), false);
  });

  it('reads a year from the address, falling back on anything else', () => {
    assert.equal(yearParam('2005', 1970, 2019), 2005);
    assert.equal(yearParam('1969', 1970, 2019), 2019);
    assert.equal(yearParam('20x5', 1970, 2019), 2019);
    assert.equal(yearParam(null, 1970, 2019), 2019);
  });

  it('builds a query string of the parameters that are set', () => {
    assert.equal(viewQuery({ year: 2019, indicator: '' }), '?year=2019');
    assert.equal(viewQuery({}), '');
  });
});
