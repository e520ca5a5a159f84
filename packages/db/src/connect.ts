import path from 'node:path';
import type { StrataConfig } from '@strata/core';
import type { Database } from './engine.ts';
import { openPglite } from './engines/pglite.ts';
import { openPostgres } from './engines/postgres.ts';

/**
 * Opens the database the configuration names: PostgreSQL when `databaseUrl` is set, else the embedded
 * PGlite database persisted under `dataDir/pglite`.
 */
export async function openDatabase(config: Pick<StrataConfig, 'databaseUrl' | 'dataDir'>): Promise<Database> {
  if (config.databaseUrl) return openPostgres({ url: config.databaseUrl });
  return openPglite(path.join(config.dataDir, 'pglite'));
}
