import { AuditRepository, type Executor, type UnitOfWork } from '@strata/db';
import { AccountRepository } from './account-repository.ts';
import { CountryRepository } from './country-repository.ts';
import { DatabaseStatusRepository } from './database-status-repository.ts';

/** The public methods of a repository class: what a fake for service tests has to provide. */
type Methods<T> = { [K in keyof T]: T[K] };

/** The platform's repositories, bound together to the database or to one transaction. */
export interface PlatformRepositories {
  accounts: Methods<AccountRepository>;
  countries: Methods<CountryRepository>;
  audit: Methods<AuditRepository>;
  status: Methods<DatabaseStatusRepository>;
}

/** What the platform's services receive: their repositories behind one unit of work. */
export type PlatformWork = UnitOfWork<PlatformRepositories>;

/** Binds the platform's repositories to an executor (the database, or one transaction). */
export function bindPlatformRepositories(executor: Executor): PlatformRepositories {
  return {
    accounts: new AccountRepository(executor),
    countries: new CountryRepository(executor),
    audit: new AuditRepository(executor),
    status: new DatabaseStatusRepository(executor),
  };
}
