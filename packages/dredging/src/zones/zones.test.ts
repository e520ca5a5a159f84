import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildEezGrid, eezCountryAt, iso3OfAtlasId, loadEezGrid } from './eez.ts';
import { createLocator, parseAreasGeoJson, parseZonesGeoJson } from './locate.ts';

const square = (x: number, y: number, d: number) => [
  [
    [x, y],
    [x + d, y],
    [x + d, y + d],
    [x, y + d],
    [x, y],
  ],
];

describe('approximate EEZ', () => {
  const grid = loadEezGrid();
  it('gives sea points the country of the nearest coast', () => {
    assert.equal(eezCountryAt(grid, 3.72, 52.08), 'NLD'); // North Sea off Rotterdam
    assert.equal(eezCountryAt(grid, 2.6, 51.3), 'BEL'); // Belgian part of the North Sea
    assert.equal(eezCountryAt(grid, 54.95, 25.33), 'ARE'); // off Dubai
    assert.equal(eezCountryAt(grid, 113.78, 22.12), 'CHN'); // Pearl River estuary
    assert.equal(eezCountryAt(grid, -30, 70), 'DNK'); // off Greenland, administered by Denmark
    assert.equal(eezCountryAt(grid, 179.9, -17), 'FJI'); // across the antimeridian
  });
  it('stops at 200 nautical miles', () => {
    assert.equal(eezCountryAt(grid, -40, 30), null); // mid-Atlantic
    assert.equal(eezCountryAt(grid, -140, 0), null); // central Pacific
  });
  it('maps world-atlas numeric ids to ISO alpha-3, territories to their administering State', () => {
    assert.equal(iso3OfAtlasId('528'), 'NLD');
    assert.equal(iso3OfAtlasId('258'), 'FRA');
    assert.equal(iso3OfAtlasId('732'), null);
    assert.equal(iso3OfAtlasId(undefined), null);
  });
  it('builds from world-atlas at a coarse resolution too', () => {
    const coarse = buildEezGrid({ resolutionDeg: 1 });
    assert.equal(eezCountryAt(coarse, -40, 30), null);
    assert.equal(eezCountryAt(coarse, 140, 36), 'JPN');
  });
});

describe('locator', () => {
  const zones = parseZonesGeoJson(
    JSON.stringify({
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { ISO_TER1: 'PYF', ISO_SOV1: 'FRA' },
          geometry: { type: 'Polygon', coordinates: square(0, 0, 2) },
        },
        {
          type: 'Feature',
          properties: { ISO_TER1: 'NLD', ISO_SOV1: 'NLD' },
          geometry: { type: 'Polygon', coordinates: square(3, 51, 2) },
        },
        { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: square(10, 10, 1) } },
      ],
    }),
  );
  const areas = parseAreasGeoJson(
    JSON.stringify({
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          id: 'mpa1',
          properties: { name: 'Reef', kind: 'marine protected area' },
          geometry: { type: 'Polygon', coordinates: square(3.5, 51.5, 0.5) },
        },
        {
          type: 'Feature',
          id: 'c1',
          properties: { name: 'Lot 7', type: 'extraction concession' },
          geometry: { type: 'MultiPolygon', coordinates: [square(3.6, 51.6, 0.1)] },
        },
      ],
    }),
  );

  it('uses official zones when given, territory codes counting for their sovereign', () => {
    assert.equal(zones.issues.length, 1);
    const locate = createLocator({ eez: loadEezGrid(), zones: zones.index });
    assert.equal(locate(1, 1).country, 'FRA');
    assert.equal(locate(1, 1).countryMethod, 'official');
    assert.equal(locate(3.5, 51.5).country, 'NLD');
    assert.equal(locate(-40, 30).country, null);
  });

  it('finds user areas and flags protected ones; gives an H3 cell', () => {
    assert.deepEqual(
      areas.areas.map((a) => a.kind),
      ['protected', 'concession'],
    );
    const locate = createLocator({ eez: loadEezGrid(), areas: areas.index });
    const inside = locate(3.65, 51.65);
    assert.deepEqual(inside.areas.sort(), ['c1', 'mpa1']);
    assert.equal(inside.inProtectedArea, true);
    assert.equal(inside.countryMethod, 'approximate');
    assert.match(inside.h3, /^87[0-9a-f]+$/);
    assert.equal(locate(3.2, 51.2).inProtectedArea, false);
  });
});
