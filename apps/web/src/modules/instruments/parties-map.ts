import type { InstrumentParticipation } from '@strata/server/api-types';
import type { CountryIndex } from '../../api/countries.ts';

/** Where a State on a binding instrument's parties list stands (States not on it: `none`). */
export type PartyStanding = 'party' | 'signatory';

/**
 * Colour-blind-safe fills (Okabe–Ito blue and orange); States not on the list keep the land colour.
 * The legend names each class in words, so colour is never the only cue.
 */
export const STANDING_FILL: Record<PartyStanding, string> = {
  party: '#0072B2',
  signatory: '#E69F00',
};

/** A party is bound when it has consented or the instrument is in force for it; signature alone does not bind. */
export function standingOf(
  p: Pick<InstrumentParticipation, 'consentDate' | 'entryIntoForce'>,
): PartyStanding {
  return p.consentDate !== null || p.entryIntoForce !== null ? 'party' : 'signatory';
}

/** Each State's standing by M49 code (the map's feature id); codes the country list lacks (EUU) are left out. */
export function standingsByM49(
  parties: readonly InstrumentParticipation[],
  countries: Pick<CountryIndex, 'byIso3'>,
): Map<string, PartyStanding> {
  const out = new Map<string, PartyStanding>();
  for (const p of parties) {
    const m49 = countries.byIso3.get(p.countryIso3)?.m49;
    if (m49) out.set(m49, standingOf(p));
  }
  return out;
}
