import type { Country } from '@strata/core';
import type { Executor } from './unit-of-work.ts';

/**
 * Inserts or refreshes countries of the reference table (by ISO alpha-3): the real States on every start,
 * the demonstration's fictional ones (flagged `fictional`) when the demo is seeded.
 */
export async function upsertCountries(db: Executor, countries: readonly Country[]): Promise<void> {
  for (const c of countries) {
    const values = {
      iso3: c.iso3,
      iso2: c.iso2,
      m49: c.m49,
      name: JSON.stringify(c.name),
      un_member: c.unMember,
      un_group: c.unGroup,
      fictional: c.fictional ?? false,
    };
    await db
      .insertInto('country')
      .values(values)
      .onConflict((oc) => oc.column('iso3').doUpdateSet(values))
      .execute();
  }
}
