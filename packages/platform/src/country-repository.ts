import type { Country, UnGroup } from '@strata/core';
import { type Executor, upsertCountries } from '@strata/db';

function toCountry(row: {
  iso3: string;
  iso2: string;
  m49: string;
  name: Record<string, string>;
  un_member: boolean;
  un_group: string | null;
  fictional: boolean;
}): Country {
  return {
    iso3: row.iso3,
    iso2: row.iso2,
    m49: row.m49,
    name: row.name as Country['name'],
    unMember: row.un_member,
    unGroup: row.un_group as UnGroup | null,
    ...(row.fictional ? { fictional: true as const } : {}),
  };
}

/** Reads and seeds the reference country table. */
export class CountryRepository {
  constructor(private readonly db: Executor) {}

  /** The real States (the demonstration's fictional ones are never listed). */
  async list(): Promise<Country[]> {
    const rows = await this.db.selectFrom('country').selectAll().where('fictional', '=', false).execute();
    return rows.map(toCountry).sort((a, b) => a.name.en.localeCompare(b.name.en, 'en'));
  }

  async get(iso3: string): Promise<Country | undefined> {
    const row = await this.db.selectFrom('country').selectAll().where('iso3', '=', iso3).executeTakeFirst();
    return row ? toCountry(row) : undefined;
  }

  /** Inserts or refreshes reference countries (by ISO alpha-3); returns how many rows were written. */
  async upsert(countries: readonly Country[]): Promise<number> {
    await upsertCountries(this.db, countries);
    return countries.length;
  }
}
