import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import type { Database } from './engine.ts';
import { openPglite } from './engines/pglite.ts';
import { openPostgres } from './engines/postgres.ts';

/** A way to open a fresh, empty database for one test file. */
export interface TestDatabaseFactory {
  name: string;
  open(): Promise<Database>;
}

/**
 * The engines a database test runs on: always an in-memory PGlite, plus PostgreSQL when
 * `DATABASE_URL` is set (each open gets its own schema, dropped on close).
 * When PostgreSQL is not configured it says so once, so the skip is visible.
 *
 * @example
 * for (const factory of testDatabases()) describe(factory.name, () => { ... });
 */
export function testDatabases(): TestDatabaseFactory[] {
  const factories: TestDatabaseFactory[] = [{ name: 'pglite', open: () => openPglite(null) }];
  const url = process.env.DATABASE_URL;
  if (url) {
    factories.push({
      name: 'postgres',
      async open() {
        const schema = `t_${randomBytes(6).toString('hex')}`;
        const db = await openPostgres({ url, schema, maxConnections: 4 });
        return {
          ...db,
          kysely: db.kysely,
          async close() {
            await sql`drop schema if exists ${sql.id(schema)} cascade`.execute(db.kysely);
            await db.close();
          },
        };
      },
    });
  } else if (!warned) {
    warned = true;
    console.log('# skipping PostgreSQL database tests: DATABASE_URL is not set');
  }
  return factories;
}
let warned = false;
