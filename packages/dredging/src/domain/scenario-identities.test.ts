import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEMO_SITES, generateScenario, scenarioOptions } from './scenario.ts';

describe('synthetic scenario identities', () => {
  const s = generateScenario(
    scenarioOptions({ seed: 2, days: 1, sites: DEMO_SITES, hoppers: 5, cutters: 3, cargo: 5, fishing: 4 }),
  );

  it('gives every vessel an MMSI outside every ship MID range (first digit 2–7) and aid-to-navigation range', () => {
    for (const v of s.vessels) {
      const digits = String(v.mmsi);
      assert.equal(digits.length, 9, digits);
      // Ship stations: MID (201–775) + 6 digits. Aids to navigation: 99 + MID + 4 digits.
      assert.ok(!/^[2-7]/.test(digits), `${digits} could be a ship's`);
      assert.ok(!/^99[2-7]/.test(digits), `${digits} could be an aid to navigation's`);
    }
  });

  it('names every vessel as synthetic', () => {
    for (const v of s.vessels) assert.match(v.name, /^SYNTH /, v.name);
  });
});
