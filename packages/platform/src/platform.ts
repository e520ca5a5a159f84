import type { Database } from '@strata/db';
import { AccountRepository } from './account-repository.ts';
import { AccountService } from './account-service.ts';
import { CountryRepository } from './country-repository.ts';
import { CountryService } from './country-service.ts';

/** The platform's own services, built on one database. */
export interface PlatformServices {
  countries: CountryService;
  accounts: AccountService;
  countryRepository: CountryRepository;
}

export function createPlatformServices(db: Database): PlatformServices {
  const countryRepository = new CountryRepository(db);
  return {
    countries: new CountryService(countryRepository),
    accounts: new AccountService(new AccountRepository(db)),
    countryRepository,
  };
}
