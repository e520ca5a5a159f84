/** A low–central–high band, in one unit. */
export interface Band {
  low: number;
  central: number;
  high: number;
}

/** Sum of bands: bounds add (worst case, no independence assumed). */
export function sumBands(bands: readonly Band[]): Band {
  return bands.reduce(
    (acc, b) => ({ low: acc.low + b.low, central: acc.central + b.central, high: acc.high + b.high }),
    { low: 0, central: 0, high: 0 },
  );
}

/** Divides a band by a positive exact denominator (population, GDP). */
export function divideBand(band: Band, denominator: number): Band {
  if (!(denominator > 0)) throw new RangeError('denominator must be positive');
  return { low: band.low / denominator, central: band.central / denominator, high: band.high / denominator };
}

/** A symmetric relative band around a central value (e.g. ±20 %). */
export function relativeBand(central: number, relative: number): Band {
  return { low: central * (1 - relative), central, high: central * (1 + relative) };
}

/**
 * Apparent use of aggregates from cement production, with a factor band.
 * @param cementT cement produced, tonnes
 * @param factors tonnes of aggregates per tonne of cement (low, central, high)
 */
export function cementProxy(cementT: number, factors: Band): Band {
  if (!(cementT >= 0)) throw new RangeError('cement production must be non-negative');
  return { low: cementT * factors.low, central: cementT * factors.central, high: cementT * factors.high };
}
