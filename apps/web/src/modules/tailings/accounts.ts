import type { Company } from '@strata/server/api-types';

// The pure parts of the secretariat's account screens: finding a company by name and generating a password.

/** Companies whose name contains every word typed (case- and accent-insensitive), by name. */
export function matchCompanies(companies: readonly Company[], query: string): Company[] {
  const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase();
  const words = fold(query).split(/\s+/).filter(Boolean);
  return companies
    .filter((c) => words.every((w) => fold(c.name).includes(w)))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** Letters and digits without look-alikes (0/O, 1/l/I), so a password read aloud or copied by hand survives. */
const PASSWORD_ALPHABET = 'abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/**
 * A random password from the browser's cryptographic source: 20 characters of a 57-letter alphabet
 * (about 117 bits). Rejection sampling keeps every letter equally likely.
 */
export function generatePassword(length = 20): string {
  const out: string[] = [];
  const limit = 256 - (256 % PASSWORD_ALPHABET.length);
  while (out.length < length) {
    for (const byte of crypto.getRandomValues(new Uint8Array(length * 2))) {
      if (byte < limit && out.length < length) out.push(PASSWORD_ALPHABET[byte % PASSWORD_ALPHABET.length]);
    }
  }
  return out.join('');
}
