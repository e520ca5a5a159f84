import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import type { CapacityBand } from './registry.ts';
import { hopperLoadVolume, productionVolume, splitVolume } from './volumes.ts';

const registry5000: CapacityBand = {
  band: { low: 5000, central: 5000, high: 5000 },
  unit: 'hopper_m3',
  source: 'test',
};

describe('volumes', () => {
  it('uses capacity × default load factor when draught says nothing', () => {
    const v = hopperLoadVolume(registry5000, null, { lengthM: 100, beamM: 20 });
    assert.deepEqual(v.volumeM3, { low: 3000, central: 3750, high: 4500 });
    assert.equal(v.tonnes.low, 3000 * 1.6);
    assert.match(v.method, /load factor/);
  });

  it('uses the draught change when the crew updated it, bracketing the true load', () => {
    // True load: 3 600 m³ of sand at 1.8 t/m³ on a 100 × 20 m hull with C_wp 0.85.
    const tonnes = 3600 * 1.8;
    const rise = tonnes / (1.025 * 0.85 * 100 * 20);
    const reported = Math.round((5 + rise) * 10) / 10;
    const v = hopperLoadVolume(registry5000, { emptyM: 5, loadedM: reported }, { lengthM: 100, beamM: 20 });
    assert.match(v.method, /draught change/);
    assert.ok(v.volumeM3.low <= 3600 && 3600 <= v.volumeM3.high);
    assert.ok(v.tonnes.low <= tonnes && tonnes <= v.tonnes.high);
  });

  it('ignores a draught rise below the trusted minimum', () => {
    const v = hopperLoadVolume(registry5000, { emptyM: 5, loadedM: 5.1 }, { lengthM: 100, beamM: 20 });
    assert.match(v.method, /load factor/);
  });

  it('keeps low ≤ central ≤ high for any inputs (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 100, max: 40000, noNaN: true }),
        fc.double({ min: 0, max: 12, noNaN: true }),
        fc.double({ min: 0, max: 12, noNaN: true }),
        fc.double({ min: 0.1, max: 48, noNaN: true }),
        (cap, a, b, hours) => {
          const band = {
            band: { low: cap * 0.5, central: cap, high: cap * 2 },
            unit: 'hopper_m3' as const,
            source: 't',
          };
          for (const v of [
            hopperLoadVolume(band, { emptyM: a, loadedM: b }, { lengthM: 120, beamM: 24 }),
            productionVolume({ ...band, unit: 'm3_per_hour' }, hours),
          ]) {
            assert.ok(v.volumeM3.low <= v.volumeM3.central && v.volumeM3.central <= v.volumeM3.high);
            assert.ok(v.tonnes.low <= v.tonnes.central && v.tonnes.central <= v.tonnes.high);
          }
        },
      ),
    );
  });

  it('splits a cycle volume by duration without losing any', () => {
    const v = hopperLoadVolume(registry5000, null, { lengthM: null, beamM: null });
    const parts = splitVolume(v, [1, 3]);
    assert.equal(parts[0].volumeM3.central + parts[1].volumeM3.central, v.volumeM3.central);
    assert.equal(parts[1].volumeM3.central, 3 * parts[0].volumeM3.central);
  });
});
