import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { StrataConfig } from '@strata/core';
import {
  DataFolderInUseError,
  type DataFolderLock,
  type DataFolderOwner,
  describeOwner,
  isHeld,
  lockDataFolder,
} from './data-folder-lock.ts';
import type { Database } from './engine.ts';
import { openPglite } from './engines/pglite.ts';
import { type PgliteShare, sharePglite } from './engines/pglite-share.ts';
import { openPostgres } from './engines/postgres.ts';

/**
 * How a process opens the embedded data folder.
 * - `owner`: take it or refuse (the server: it must not depend on another process staying up).
 * - `client`: take it, or work through the process that owns it, over its share socket (CLI commands).
 * Whoever owns the folder shares it, so a second command always goes through the first.
 */
export type DataFolderAccess = 'owner' | 'client';

export interface OpenDatabaseOptions {
  access?: DataFolderAccess;
  /** What this process runs, written in the lock so a refusal can say who holds the folder. */
  command?: string;
}

/** The PostgreSQL socket file name `pg` looks for in a socket folder (port 5432). */
const SOCKET_FILE = '.s.PGSQL.5432';
/** Unix socket paths are limited to 107 bytes on Linux (sun_path); longer folders use the temp folder. */
const MAX_SOCKET_PATH = 100;

function socketFolder(dataDir: string): string {
  if (path.join(dataDir, SOCKET_FILE).length <= MAX_SOCKET_PATH) return dataDir;
  const hash = createHash('sha256').update(dataDir).digest('hex').slice(0, 16);
  const folder = path.join(os.tmpdir(), `strata-${hash}`);
  mkdirSync(folder, { recursive: true, mode: 0o700 });
  return folder;
}

/**
 * Opens the database the configuration names: PostgreSQL when `databaseUrl` is set, else the embedded
 * PGlite database persisted under `dataDir/pglite`, owned by one process at a time (see `access`).
 * Throws DataFolderInUseError, having changed nothing, when the folder cannot be opened safely.
 */
export async function openDatabase(
  config: Pick<StrataConfig, 'databaseUrl' | 'dataDir'>,
  options: OpenDatabaseOptions = {},
): Promise<Database> {
  if (config.databaseUrl) return openPostgres({ url: config.databaseUrl });
  mkdirSync(config.dataDir, { recursive: true });
  const lock = lockDataFolder(config.dataDir, options.command ?? commandLine());
  if (isHeld(lock)) return openOwned(config.dataDir, lock);
  if (options.access !== 'client' || !lock.socket)
    throw inUse(config.dataDir, lock, options.access ?? 'owner');
  return openThroughOwner(lock);
}

async function openOwned(dataDir: string, lock: DataFolderLock): Promise<Database> {
  let share: PgliteShare | null = null;
  try {
    const db = await openPglite(path.join(dataDir, 'pglite'));
    share = await sharePglite(db.pg, db.turns, path.join(socketFolder(dataDir), SOCKET_FILE));
    lock.advertise(share.socket);
    return {
      ...db,
      async close() {
        await share?.close();
        await db.close();
        lock.release();
      },
    };
  } catch (error) {
    await share?.close();
    lock.release();
    throw error;
  }
}

/** Connects with `pg` to the owner's share socket: every query then runs in the owner's process. */
async function openThroughOwner(owner: DataFolderOwner): Promise<Database> {
  const folder = path.dirname(owner.socket ?? '');
  const url = `postgres://postgres@localhost/postgres?host=${encodeURIComponent(folder)}`;
  try {
    const db = await openPostgres({ url, maxConnections: 1 });
    return { ...db, engine: 'pglite' };
  } catch (error) {
    throw new DataFolderInUseError(
      `The data folder is owned by ${describeOwner(owner)}, which does not answer on ${owner.socket} (${(error as Error).message}). Nothing was changed.`,
      owner,
    );
  }
}

function inUse(dataDir: string, owner: DataFolderOwner, access: DataFolderAccess): DataFolderInUseError {
  const why =
    access === 'owner'
      ? 'Stop it first (or let it finish): only one process may own the embedded database.'
      : 'It does not share the database, so this command cannot work through it; try again when it has finished.';
  return new DataFolderInUseError(
    `The data folder ${dataDir} is in use by ${describeOwner(owner)}. ${why} Nothing was changed.`,
    owner,
  );
}

function commandLine(): string {
  // The command words only (`serve`, `users create`), not option values.
  const words = [];
  for (const arg of process.argv.slice(2)) {
    if (!/^[a-z][a-z-]*$/.test(arg) || words.length === 2) break;
    words.push(arg);
  }
  return ['strata', ...words].join(' ');
}
