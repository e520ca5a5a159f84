/** Units a sand figure may be submitted in. */
export type SandUnit = 't' | 'kt' | 'm3';

/**
 * Converts a quantity to tonnes.
 * @param value quantity in `unit`
 * @param unit t, kt (thousand tonnes) or m3 (cubic metres, needs a stated bulk density)
 * @param densityTPerM3 bulk density in t/m³; required for m3, must be stated by the submitter
 * @example toTonnes(2, 'kt') // 2000
 */
export function toTonnes(value: number, unit: SandUnit, densityTPerM3?: number): number {
  if (!Number.isFinite(value)) throw new RangeError('value must be a finite number');
  if (unit === 't') return value;
  if (unit === 'kt') return value * 1000;
  if (densityTPerM3 === undefined || !(densityTPerM3 > 0)) {
    throw new RangeError('a quantity in m3 needs a stated positive density in t/m3');
  }
  return value * densityTPerM3;
}
