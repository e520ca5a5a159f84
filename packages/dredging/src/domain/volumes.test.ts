import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import type { CapacityBand } from './vessel.ts';
import { hopperLoadVolume, productionVolume, splitVolume } from './volumes.ts';

const registry5000: CapacityBand = {
  band: { low: 5000, central: 5000, high: 5000 },
  unit: 'hopper_m3',
  source: 'test',
};

describe('volumes', () => {
  it('uses capacity × default load factor when draught says nothing', () => {
    const v = hopperLoadVolume(registry5000, null, { lengthM: 100, beamM: 20 });
    // 5 000 m³ × load factor 0.6 / 0.75 / 0.9 = 3 000 / 3 750 / 4 500 m³.
    assert.deepEqual(v.volumeM3, { low: 3000, central: 3750, high: 4500 });
    // × wet density 1.83 / 1.94 / 2.04 t/m³: 3 000 × 1.83 = 5 490; 3 750 × 1.94 = 7 275; 4 500 × 2.04 = 9 180 t.
    const close = (a: number, b: number) => assert.ok(Math.abs(a - b) < 1e-6, `${a} ≈ ${b}`);
    close(v.tonnes.low, 5490);
    close(v.tonnes.central, 7275);
    close(v.tonnes.high, 9180);
    assert.match(v.method, /load factor/);
  });

  it('weighs the load by the draught change when the crew updated it', () => {
    // A 100 × 20 m hull goes from 5.0 m to 7.0 m draught (rise 2.0 m, read to ± 0.1 m).
    // Displaced sea water per metre of draught: 100 × 20 m² × 1.025 t/m³ = 2 050 t/m, times C_wp:
    //   low     2 050 × 0.80 × (2.0 − 0.1) = 3 116 t
    //   central 2 050 × 0.85 × 2.0         = 3 485 t
    //   high    2 050 × 0.90 × (2.0 + 0.1) = 3 874.5 t
    // In-situ volume: low with the densest sand, high with the lightest:
    //   3 116 / 2.04 = 1 527.451 m³; 3 485 / 1.94 = 1 796.392 m³; 3 874.5 / 1.83 = 2 117.213 m³.
    const v = hopperLoadVolume(registry5000, { emptyM: 5, loadedM: 7 }, { lengthM: 100, beamM: 20 });
    assert.match(v.method, /draught change/);
    const close = (a: number, b: number) => assert.ok(Math.abs(a - b) < 1e-6, `${a} ≈ ${b}`);
    close(v.tonnes.low, 3116);
    close(v.tonnes.central, 3485);
    close(v.tonnes.high, 3874.5);
    close(v.volumeM3.low, 1527.4509804);
    close(v.volumeM3.central, 1796.3917526);
    close(v.volumeM3.high, 2117.2131148);
  });

  it('caps a draught estimate at the hopper capacity', () => {
    // Rise 8 m on the same hull: central 2 050 × 0.85 × 8 / 1.94 = 7 186 m³, more than the 5 000 m³ hopper.
    const v = hopperLoadVolume(registry5000, { emptyM: 3, loadedM: 11 }, { lengthM: 100, beamM: 20 });
    assert.equal(v.volumeM3.central, 5000);
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
