import assert from 'node:assert/strict';
import { test } from 'node:test';
import { emptyFacility, exposureScore, hazardScore } from '@strata/tailings';
import {
  FACTOR_KEYS,
  filterQuery,
  readPage,
  readView,
  sequentialColour,
  withPage,
  withView,
} from './view.ts';

test('filterQuery keeps only the filters that are set', () => {
  assert.equal(filterQuery({ country: 'BRA', status: '', class: 'high' }), '?country=BRA&class=high');
  assert.equal(filterQuery({ country: '' }), '');
});

test('readView reads the filters and the colouring from the address, ignoring unknown values', () => {
  const view = readView(
    new URLSearchParams(
      'country=BRA&status=active&raiseMethod=upstream&operator=Vale+S.A.&colour=hazard&x=1',
    ),
  );
  assert.deepEqual(view.filters, {
    q: '',
    country: 'BRA',
    operator: 'Vale S.A.',
    status: 'active',
    raiseMethod: 'upstream',
    class: '',
    commodity: '',
    toxicity: '',
    asgm: '',
  });
  assert.equal(view.colourBy, 'hazard');
  assert.equal(readView(new URLSearchParams('asgm=unknown')).filters.asgm, 'unknown');
  const bad = readView(
    new URLSearchParams('country=brazil&status=sleeping&class=huge&colour=pink&asgm=maybe'),
  );
  assert.equal(bad.filters.asgm, '');
  assert.equal(bad.filters.country, '');
  assert.equal(bad.filters.status, '');
  assert.equal(bad.filters.class, '');
  assert.equal(bad.colourBy, 'class');
});

test('withView sets or drops one parameter and keeps the others', () => {
  const start = new URLSearchParams('country=BRA&dataset=demo');
  assert.equal(withView(start, 'status', 'active').toString(), 'country=BRA&dataset=demo&status=active');
  assert.equal(withView(start, 'country', '').toString(), 'dataset=demo');
  assert.equal(withView(start, 'colour', 'class').toString(), 'country=BRA&dataset=demo');
  assert.equal(withView(start, 'colour', 'toxicity').get('colour'), 'toxicity');
  assert.equal(start.toString(), 'country=BRA&dataset=demo', 'the given parameters are not changed');
  // Round trip: what withView writes, readView reads back.
  const written = withView(withView(start, 'commodity', 'gold'), 'raiseMethod', 'downstream');
  assert.equal(readView(written).filters.commodity, 'gold');
  assert.equal(readView(written).filters.raiseMethod, 'downstream');
});

test('the table page is in the address, and a new filter goes back to the first page', () => {
  assert.equal(readPage(new URLSearchParams('page=3')), 3);
  for (const bad of ['', 'page=0', 'page=-2', 'page=1.5', 'page=two'])
    assert.equal(readPage(new URLSearchParams(bad)), 1);
  const third = withPage(new URLSearchParams('country=BRA'), 3);
  assert.equal(third.toString(), 'country=BRA&page=3');
  assert.equal(withPage(third, 1).toString(), 'country=BRA');
  assert.equal(withView(third, 'q', 'vale').toString(), 'country=BRA&q=vale');
  assert.equal(withView(third, 'colour', 'status').get('page'), '3', 'colouring keeps the page');
  assert.equal(readView(new URLSearchParams('q=Mariana')).filters.q, 'Mariana');
});

test('sequentialColour darkens with the share and stays in range', () => {
  assert.equal(sequentialColour(0), '#fee8c8');
  assert.equal(sequentialColour(1), '#b30000');
  assert.equal(sequentialColour(-3), '#fee8c8');
});

test('every score factor the API names has a translated label', () => {
  const f = emptyFacility('t', '1', 'x', 'BRA', {
    source: 's',
    sourceUrl: null,
    licence: 'l',
    retrieved: 'r',
    method: 'm',
  });
  const factors = [...hazardScore(f, new Date()).components, ...exposureScore(f).components].map(
    (c) => c.factor,
  );
  assert.deepEqual(
    factors.filter((x) => !(x in FACTOR_KEYS)),
    [],
  );
});
