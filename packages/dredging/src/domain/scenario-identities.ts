/**
 * Identities of the synthetic scenario's vessels: numbers no real ship can transmit and names that say
 * they are synthetic, so that generated data can never be mistaken for, or attributed to, a real ship.
 */

/**
 * First synthetic MMSI. A ship station identity is MID + six digits (ITU-R M.585-9, Annex 1 §1:
 * "M1I2D3X4X5X6X7X8X9", the MID denoting the administration), and every MID begins with 2 to 7
 * (Radio Regulations Appendix 43, Table 1: MIDs 201–775), so an MMSI beginning with 9 is no ship's.
 * Nor is 9999xxxxx an aid to navigation (99 + MID + four digits) or a parent ship's craft
 * (98 + MID + four digits): 99x is no MID.
 */
export const SYNTHETIC_MMSI_BASE = 999_900_000;

/** The `n`-th synthetic MMSI (1-based): 999 900 001, 999 900 002, … */
export function syntheticMmsi(n: number): number {
  if (!Number.isInteger(n) || n < 1 || n > 99_999) throw new RangeError(`synthetic vessel ${n} out of range`);
  return SYNTHETIC_MMSI_BASE + n;
}

/** True for an MMSI in the synthetic range. */
export function isSyntheticMmsi(mmsi: number): boolean {
  return mmsi > SYNTHETIC_MMSI_BASE && mmsi <= SYNTHETIC_MMSI_BASE + 99_999;
}

/**
 * Vessel names, each beginning with SYNTH. One hopper name (`SYNTH VESSEL CHARLIE`) carries no dredger
 * word, so the analysis has to find that dredger by its behaviour or the registry, not by its name.
 */
export const SYNTHETIC_NAMES = {
  hopper: [
    'SYNTH HOPPER ALPHA',
    'SYNTH TRAILER BRAVO',
    'SYNTH VESSEL CHARLIE',
    'SYNTH HOPPER DELTA',
    'SYNTH HOPPER ECHO',
  ],
  cutter: ['SYNTH CUTTER ONE', 'SYNTH CUTTER TWO', 'SYNTH CUTTER THREE'],
  cargo: ['SYNTH TRADER', 'SYNTH CARRIER', 'SYNTH EXPRESS', 'SYNTH BULKER', 'SYNTH FEEDER'],
  fishing: ['SYNTH TRAWLER', 'SYNTH FISHER', 'SYNTH NETTER', 'SYNTH CATCHER'],
} as const;
