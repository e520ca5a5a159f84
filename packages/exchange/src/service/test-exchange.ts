import type { Actor } from '@strata/core';
import { type Database, migrate, platformMigrations } from '@strata/db';
import type { TestDatabaseFactory } from '@strata/db/testing';
import {
  createExchangeServices,
  type ExchangeOptions,
  type ExchangeServices,
  seedExchange,
} from '../index.ts';
import { exchangeMigrations } from '../migrations.ts';
import type { Account, FocalPointDirectory } from './ports.ts';

/** A directory over a fixed list of test actors (accounts by id and e-mail, focal points by country). */
export function directoryOf(actors: readonly Actor[]): FocalPointDirectory {
  const accounts = (): Account[] =>
    actors.map((a) => ({ userId: a.userId, email: a.email, countryIso3: a.countryIso3 }));
  return {
    account: async (id) => accounts().find((a) => a.userId === id) ?? null,
    accountByEmail: async (email) => accounts().find((a) => a.email === email) ?? null,
    focalPointsOf: async (iso3) =>
      accounts().filter((a, i) => actors[i]?.role === 'focal_point' && a.countryIso3 === iso3),
  };
}

/**
 * Opens a test database, migrates the platform and the exchange, builds the services (no proposals
 * unless given, links to `https://strata.test`) and seeds the spaces. For tests only: not exported by
 * the package.
 */
export async function openTestExchange(
  factory: TestDatabaseFactory,
  options: Partial<ExchangeOptions> & Pick<ExchangeOptions, 'directory'>,
): Promise<{ db: Database; ex: ExchangeServices }> {
  const db = await factory.open();
  await migrate(db, [...platformMigrations, ...exchangeMigrations]);
  const ex = createExchangeServices(db, {
    proposals: { find: async () => null, list: async () => [] },
    publicUrl: 'https://strata.test',
    ...options,
  });
  await seedExchange(ex);
  return { db, ex };
}
