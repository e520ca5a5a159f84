import { existsSync, renameSync } from 'node:fs';
import path from 'node:path';
import { ValidationError } from '@strata/core';
import { DataFolderInUseError, describeOwner, isHeld, lockDataFolder } from './data-folder-lock.ts';
import { openPglite } from './engines/pglite.ts';
import { requestBackup } from './engines/pglite-share.ts';

/**
 * A consistent backup of the embedded database in `dataDir` (PGlite's `dumpDataDir`, a gzipped
 * tarball). When a process owns the folder the backup is taken by it, in a turn of its own (no
 * transaction open), so it is consistent while the server runs; otherwise the folder is opened here.
 */
export async function backupDataFolder(dataDir: string): Promise<Buffer> {
  const lock = lockDataFolder(dataDir, 'strata db backup');
  if (!isHeld(lock)) {
    if (!lock.socket)
      throw new DataFolderInUseError(
        `The data folder is in use by ${describeOwner(lock)}, which does not share it; try again when it has finished.`,
        lock,
      );
    return requestBackup(lock.socket);
  }
  try {
    const db = await openPglite(path.join(dataDir, 'pglite'));
    try {
      const tarball = await db.turns.run(() => db.pg.dumpDataDir('gzip'));
      return Buffer.from(await tarball.arrayBuffer());
    } finally {
      await db.close();
    }
  } finally {
    lock.release();
  }
}

/**
 * Restores a backup into `dataDir`. Refuses while any process owns the folder. The backup is opened
 * in memory first (a damaged file changes nothing); the current database is kept beside it as
 * `pglite.before-restore-<time>`, never deleted. Returns that folder's path (null when there was none).
 */
export async function restoreDataFolder(dataDir: string, tarball: Buffer): Promise<string | null> {
  const lock = lockDataFolder(dataDir, 'strata db restore');
  if (!isHeld(lock))
    throw new DataFolderInUseError(
      `The data folder is in use by ${describeOwner(lock)}; stop it before restoring. Nothing was changed.`,
      lock,
    );
  try {
    const blob = new Blob([new Uint8Array(tarball)]);
    try {
      await (await openPglite(null, blob)).close();
    } catch (error) {
      throw new ValidationError(
        `This is not a Strata backup: ${(error as Error).message}. Nothing was changed.`,
      );
    }
    const current = path.join(dataDir, 'pglite');
    let kept: string | null = null;
    if (existsSync(current)) {
      kept = `${current}.before-restore-${new Date().toISOString().replaceAll(':', '-')}`;
      renameSync(current, kept);
    }
    await (await openPglite(current, blob)).close();
    return kept;
  } finally {
    lock.release();
  }
}
