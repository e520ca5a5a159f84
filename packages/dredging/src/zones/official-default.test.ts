import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { buildLocator } from '../pipeline.ts';
import { SHARED_EEZ_FILE, zonesFileInForce } from '../services.ts';

const file = zonesFileInForce({ zonesFile: null });

describe('official zones by default: the simplified Marine Regions EEZ v12 from the shared data', {
  skip: file ? false : 'the simplified Marine Regions EEZ is absent from the shared data',
}, () => {
  it('is the zones file in force when STRATA_ZONES_FILE is not set, and yields to it when set', () => {
    assert.ok(file?.endsWith(SHARED_EEZ_FILE));
    assert.equal(zonesFileInForce({ zonesFile: '/elsewhere/zones.geojson' }), '/elsewhere/zones.geojson');
  });

  it('attributes points in known EEZs to their States, with the official method', () => {
    const { locate, countryMethod, issues } = buildLocator(readFileSync(file ?? '', 'utf8'));
    assert.equal(countryMethod, 'official');
    assert.deepEqual(issues, []);
    // 73° W 33° S: about 130 km off Valparaíso, inside Chile's 200 nm.
    assert.deepEqual([locate(-73, -33).country, locate(-73, -33).countryMethod], ['CHL', 'official']);
    // 4° E 53.5° N: the Dutch North Sea, north-west of the Wadden islands.
    assert.equal(locate(4, 53.5).country, 'NLD');
    // 40° W 30° N: the high seas of the central Atlantic.
    assert.equal(locate(-40, 30).country, null);
  });
});
