import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cementProxy, divideBand, sumBands } from './band.ts';
import { resolvePrecedence } from './tiers.ts';
import { toTonnes } from './units.ts';

test('unit conversion: kt and m3 with a stated density', () => {
  assert.equal(toTonnes(3, 'kt'), 3000);
  // 100 m³ at 1.6 t/m³ = 160 t
  assert.equal(toTonnes(100, 'm3', 1.6), 160);
  assert.throws(() => toTonnes(100, 'm3'), /density/);
});

test('band arithmetic: bounds add, per capita divides', () => {
  // 1+2 = 3, 2+3 = 5, 4+5 = 9
  assert.deepEqual(
    sumBands([
      { low: 1, central: 2, high: 4 },
      { low: 2, central: 3, high: 5 },
    ]),
    { low: 3, central: 5, high: 9 },
  );
  assert.deepEqual(divideBand({ low: 10, central: 20, high: 40 }, 10), { low: 1, central: 2, high: 4 });
});

test('cement proxy: 1000 t of cement at factors 4/5/10 gives 4000/5000/10000 t', () => {
  assert.deepEqual(cementProxy(1000, { low: 4, central: 5, high: 10 }), {
    low: 4000,
    central: 5000,
    high: 10000,
  });
  assert.throws(() => cementProxy(-1, { low: 4, central: 5, high: 10 }));
});

test('precedence: an official figure replaces an estimate and both stay visible', () => {
  const irp = { iso3: 'USA', year: 2019, tier: 'irp' as const, centralT: 2 };
  const official = { iso3: 'USA', year: 2019, tier: 'official' as const, centralT: 1 };
  const [r] = resolvePrecedence([irp, official]);
  assert.equal(r?.headline, official);
  assert.deepEqual(r?.all, [official, irp]);
});
