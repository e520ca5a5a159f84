import { createUnitOfWork, type Database } from '@strata/db';
import { AccountService, type AccountServiceOptions } from './account-service.ts';
import { AuditService } from './audit-service.ts';
import { CountryService } from './country-service.ts';
import { CredentialService, type CredentialServiceOptions } from './credential-service.ts';
import { HealthService } from './health-service.ts';
import { bindPlatformRepositories } from './repositories.ts';
import { SignInAttemptRepository } from './sign-in-attempt-repository.ts';
import { SignInLimiter, type SignInLimiterOptions } from './sign-in-limit.ts';

/** The platform's own services, built on one unit of work. */
export interface PlatformServices {
  countries: CountryService;
  accounts: AccountService;
  credentials: CredentialService;
  audit: AuditService;
  health: HealthService;
  signInLimits: SignInLimiter;
}

/**
 * Builds the platform's services (accounts and sessions, countries, the audit log, health).
 *
 * @example const platform = createPlatformServices(db); await platform.countries.seed();
 */
export function createPlatformServices(
  db: Database,
  options: AccountServiceOptions & CredentialServiceOptions & { signInLimits?: SignInLimiterOptions } = {},
): PlatformServices {
  const work = createUnitOfWork(db, bindPlatformRepositories);
  const accounts = new AccountService(work, options);
  return {
    countries: new CountryService(work),
    accounts,
    credentials: new CredentialService(work, accounts, options),
    audit: new AuditService(work),
    health: new HealthService(work),
    signInLimits: new SignInLimiter(
      createUnitOfWork(db, (executor) => ({ signInAttempts: new SignInAttemptRepository(executor) })),
      { now: options.now, ...options.signInLimits },
    ),
  };
}
