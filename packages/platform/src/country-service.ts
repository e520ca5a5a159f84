import { COUNTRIES, type Country, NotFoundError, type UnGroup } from '@strata/core';
import type { PlatformWork } from './repositories.ts';

export interface CountryFilter {
  unGroup?: UnGroup;
  unMember?: boolean;
}

/** Reference countries: the 193 Member States and 2 observer States. */
export class CountryService {
  constructor(private readonly work: PlatformWork) {}

  async list(filter: CountryFilter = {}): Promise<Country[]> {
    const all = await this.work.read.countries.list();
    return all.filter(
      (c) =>
        (filter.unGroup === undefined || c.unGroup === filter.unGroup) &&
        (filter.unMember === undefined || c.unMember === filter.unMember),
    );
  }

  async get(iso3: string): Promise<Country> {
    const country = await this.work.read.countries.get(iso3.toUpperCase());
    if (!country) throw new NotFoundError(`Country ${iso3}`);
    return country;
  }

  /**
   * Inserts or refreshes the reference countries in one transaction, as the system (start-up, CLI):
   * idempotent, a second run leaves the same rows. Returns how many countries were written.
   */
  seed(countries: readonly Country[] = COUNTRIES): Promise<number> {
    return this.work.run((repos) => repos.countries.upsert(countries));
  }
}
