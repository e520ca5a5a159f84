import type { FactSource } from '../domain/instrument.ts';

/** The date the seeded sources were read. */
export const CONSULTED = '2026-12-04';

export const source = (title: string, url: string | null, consulted = CONSULTED): FactSource => ({
  title,
  url,
  consulted,
});

/** The English treaty texts, article by article, of the Netherlands treaty database (as of May 2017). */
export const treatyText = (name: string) =>
  source(
    `${name}, English text (Netherlands treaty database, Overheid.nl, via statengeneraal/laws-markdown)`,
    null,
  );

/** The IEA Database memberships export (to about October 2020). */
export const IEA = source(
  'International Environmental Agreements Database (R. Mitchell et al.), memberships export via the manyenviron R package, data to about October 2020',
  'https://iea.uoregon.edu/',
);
/** How a treaty's entry into force is derived from the IEA memberships (earliest date for any party). */
export const IEA_ENTRY_INTO_FORCE = source(
  'International Environmental Agreements Database memberships: earliest entry-into-force date for any party (derived)',
  'https://iea.uoregon.edu/',
);
