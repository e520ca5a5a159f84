import type { Country, UnGroup } from './un.ts';

/**
 * Fictional States for demonstration data only. Their codes are in the ranges ISO 3166-1 leaves to its
 * users (alpha-2 QM–QZ, alpha-3 QMA–QZZ, numeric 900–999), so no real State has them; their names say
 * they are fictional in every language. Only the demonstration process may record their positions.
 */
const LETTERS = ['M', 'N', 'P', 'R', 'S', 'T', 'U', 'V', 'W', 'X'] as const;
const GROUPS: UnGroup[] = [
  'african',
  'asia_pacific',
  'eastern_european',
  'latin_american_caribbean',
  'western_european_others',
];

export const FICTIONAL_STATES: readonly Country[] = LETTERS.map((letter, i) => ({
  iso3: `Q${letter}X`,
  iso2: `Q${letter}`,
  m49: String(900 + i),
  name: {
    en: `Fictional State ${letter} (demo)`,
    fr: `État fictif ${letter} (démo)`,
    es: `Estado ficticio ${letter} (demo)`,
    ru: `Вымышленное государство ${letter} (демо)`,
    zh: `虚构国家 ${letter}（演示）`,
    ar: `دولة خيالية ${letter} (عرض توضيحي)`,
  },
  unMember: false,
  unGroup: GROUPS[i % GROUPS.length] ?? null,
  fictional: true,
}));

const BY_ISO3 = new Map(FICTIONAL_STATES.map((c) => [c.iso3, c]));

/** The fictional demonstration State with this alpha-3 code (case-insensitive); undefined otherwise. */
export function findFictionalState(code: string): Country | undefined {
  return BY_ISO3.get(code.trim().toUpperCase());
}
