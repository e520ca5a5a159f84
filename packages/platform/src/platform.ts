import { createUnitOfWork, type Database } from '@strata/db';
import { AccountService, type AccountServiceOptions } from './account-service.ts';
import { AuditService } from './audit-service.ts';
import { CountryService } from './country-service.ts';
import { HealthService } from './health-service.ts';
import { bindPlatformRepositories } from './repositories.ts';

/** The platform's own services, built on one unit of work. */
export interface PlatformServices {
  countries: CountryService;
  accounts: AccountService;
  audit: AuditService;
  health: HealthService;
}

/**
 * Builds the platform's services (accounts and sessions, countries, the audit log, health).
 *
 * @example const platform = createPlatformServices(db); await platform.countries.seed();
 */
export function createPlatformServices(db: Database, options: AccountServiceOptions = {}): PlatformServices {
  const work = createUnitOfWork(db, bindPlatformRepositories);
  return {
    countries: new CountryService(work),
    accounts: new AccountService(work, options),
    audit: new AuditService(work),
    health: new HealthService(work),
  };
}
