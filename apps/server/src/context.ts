import { COUNTRIES, loadConfig, type StrataConfig } from '@strata/core';
import {
  type Database,
  type DataFolderAccess,
  grantAppRole,
  migrate,
  openDatabase,
  openPglite,
  openPostgres,
  platformMigrations,
  roleOfUrl,
} from '@strata/db';
import { createPlatformServices, type SignInLimiterOptions, smtpTransport } from '@strata/platform';
import pino, { type Logger } from 'pino';
import type { AppContext } from './env.ts';
import { MODULES, type ProgressReporter, type ServerModule } from './modules/index.ts';

export interface ContextOptions {
  config?: Partial<StrataConfig>;
  /** Use this database instead of opening the configured one (tests). */
  db?: Database;
  /** Open an in-memory embedded database (tests, throwaway servers). */
  inMemory?: boolean;
  logger?: Logger;
  modules?: readonly ServerModule[];
  /**
   * How to open the embedded data folder: `owner` (the server; the default) takes it or refuses,
   * `client` (CLI commands) works through the process that owns it. See `openDatabase`.
   */
  access?: DataFolderAccess;
  /** Sign-in limits, clock and wait of the limiter (tests record the progressive delay instead of waiting). */
  signInLimits?: SignInLimiterOptions;
}

/** All migrations: the platform's, then each module's. */
export function allMigrations(modules: readonly ServerModule[] = MODULES) {
  return [...platformMigrations, ...modules.flatMap((m) => m.migrations)];
}

/** Applies the migrations through the owner's URL, then grants the application role what it needs. */
async function migrateAsOwner(
  config: StrataConfig,
  migrations: ReturnType<typeof allMigrations>,
  onApplied: (id: string) => void,
): Promise<void> {
  const owner = await openPostgres({ url: config.databaseOwnerUrl as string, maxConnections: 1 });
  try {
    await migrate(owner, migrations, { onApplied });
    await grantAppRole(owner, roleOfUrl(config.databaseUrl as string));
  } finally {
    await owner.close();
  }
}

/** Opens the database, applies migrations and builds the services. Does not seed. */
export async function createContext(options: ContextOptions = {}): Promise<AppContext> {
  const config = { ...loadConfig(), ...options.config };
  const logger = options.logger ?? pino({ level: config.logLevel });
  const onApplied = (id: string) => logger.debug({ migration: id }, 'migration applied');
  // Least privilege on PostgreSQL: the owner migrates and grants, the server connects as the app role.
  const ownerMigrates = !options.db && !options.inMemory && !!config.databaseOwnerUrl && !!config.databaseUrl;
  if (ownerMigrates) await migrateAsOwner(config, allMigrations(options.modules), onApplied);
  const db =
    options.db ??
    (options.inMemory ? await openPglite(null) : await openDatabase(config, { access: options.access }));
  try {
    if (!ownerMigrates) await migrate(db, allMigrations(options.modules), { onApplied });
  } catch (error) {
    // Give the data folder back: a failed start must not leave it owned.
    if (!options.db) await db.close();
    throw error;
  }
  const built = new Map<string, unknown>();
  return {
    config,
    db,
    logger,
    platform: createPlatformServices(db, {
      mail: config.smtpUrl ? smtpTransport(config.smtpUrl, config.mailFrom) : null,
      signInLimits: options.signInLimits,
    }),
    services<T>(name: string, build: (db: Database, config: StrataConfig) => T): T {
      if (!built.has(name)) built.set(name, build(db, config));
      return built.get(name) as T;
    },
  };
}

/**
 * Seeds reference data (countries) and each module's data. Idempotent: safe on every start.
 */
export async function seedAll(
  ctx: AppContext,
  modules: readonly ServerModule[] = MODULES,
  progress?: (module: string) => ProgressReporter | undefined,
): Promise<void> {
  await ctx.platform.countries.seed(COUNTRIES);
  for (const module of modules) {
    if (module.seed) await module.seed(ctx, progress?.(module.name));
  }
}
