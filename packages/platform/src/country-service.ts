import { type Country, NotFoundError, type UnGroup } from '@strata/core';
import type { CountryRepository } from './country-repository.ts';

export interface CountryFilter {
  unGroup?: UnGroup;
  unMember?: boolean;
}

/** Reference countries: the 193 Member States and 2 observer States. */
export class CountryService {
  constructor(private readonly repository: CountryRepository) {}

  async list(filter: CountryFilter = {}): Promise<Country[]> {
    const all = await this.repository.list();
    return all.filter(
      (c) =>
        (filter.unGroup === undefined || c.unGroup === filter.unGroup) &&
        (filter.unMember === undefined || c.unMember === filter.unMember),
    );
  }

  async get(iso3: string): Promise<Country> {
    const country = await this.repository.get(iso3.toUpperCase());
    if (!country) throw new NotFoundError(`Country ${iso3}`);
    return country;
  }
}
