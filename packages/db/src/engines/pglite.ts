import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import {
  CompiledQuery,
  type DatabaseConnection,
  type Dialect,
  type Driver,
  Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  type QueryResult,
  type TransactionSettings,
} from 'kysely';
import { type Database, INT8_OID, NUMERIC_OID, parseBigNumber } from '../engine.ts';
import type { StrataTables } from '../tables.ts';
import { PgliteTurns } from './pglite-turns.ts';

/** PGlite is one connection: callers queue for it, a transaction holds it until it ends. */
class PgliteDriver implements Driver {
  constructor(
    private readonly pg: PGlite,
    private readonly turns: PgliteTurns,
  ) {}
  async init(): Promise<void> {}
  async acquireConnection(): Promise<DatabaseConnection> {
    return new PgliteConnection(this.pg, await this.turns.take());
  }
  async beginTransaction(conn: DatabaseConnection, _settings: TransactionSettings): Promise<void> {
    await conn.executeQuery(CompiledQuery.raw('begin'));
  }
  async commitTransaction(conn: DatabaseConnection): Promise<void> {
    await conn.executeQuery(CompiledQuery.raw('commit'));
  }
  async rollbackTransaction(conn: DatabaseConnection): Promise<void> {
    await conn.executeQuery(CompiledQuery.raw('rollback'));
  }
  async releaseConnection(conn: DatabaseConnection): Promise<void> {
    (conn as PgliteConnection).release();
  }
  async destroy(): Promise<void> {}
}

class PgliteConnection implements DatabaseConnection {
  constructor(
    private readonly pg: PGlite,
    readonly release: () => void,
  ) {}
  async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    const result = await this.pg.query<R>(query.sql, query.parameters as unknown[]);
    const affected = result.affectedRows;
    return {
      rows: result.rows,
      numAffectedRows: affected === undefined ? undefined : BigInt(affected),
    };
  }
  // biome-ignore lint/correctness/useYield: streaming is not supported by PGlite; Kysely needs the method
  async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error('Streaming queries are not supported on the embedded database.');
  }
}

function pgliteDialect(pg: PGlite, turns: PgliteTurns): Dialect {
  return {
    createAdapter: () => new PostgresAdapter(),
    createDriver: () => new PgliteDriver(pg, turns),
    createIntrospector: (db) => new PostgresIntrospector(db),
    createQueryCompiler: () => new PostgresQueryCompiler(),
  };
}

/** An open embedded database and the PGlite instance behind it (for the owner's share and backup). */
export interface PgliteDatabase extends Database {
  readonly pg: PGlite;
  /** The queue every user of the one PGlite connection waits in (Kysely, the share socket, backups). */
  readonly turns: PgliteTurns;
}

/**
 * Opens the embedded database. `dataDir` null keeps it in memory (tests); otherwise it persists there.
 * `loadDataDir` starts it from a backup (`dumpDataDir`'s tarball) instead (restore).
 */
export async function openPglite(dataDir: string | null, loadDataDir?: Blob): Promise<PgliteDatabase> {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const pg = await PGlite.create(dataDir ?? undefined, {
    // pg_trgm (trigram similarity) ships with PGlite as a loadable extension; PostgreSQL has it in contrib.
    extensions: { pg_trgm },
    parsers: { [INT8_OID]: parseBigNumber, [NUMERIC_OID]: parseBigNumber },
    ...(loadDataDir ? { loadDataDir } : {}),
  });
  const turns = new PgliteTurns();
  const kysely = new Kysely<StrataTables>({ dialect: pgliteDialect(pg, turns) });
  return {
    pg,
    turns,
    kysely,
    engine: 'pglite',
    postgis: false,
    async execScript(sqlText) {
      // Through Kysely's queue, so that a script never interleaves with other queries.
      await kysely.getExecutor().provideConnection(async () => {
        await pg.transaction(async (tx) => {
          await tx.exec(sqlText);
        });
      });
    },
    async close() {
      await kysely.destroy();
      await pg.close();
    },
  };
}
