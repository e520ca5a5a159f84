import { closeSync, openSync, readFileSync, renameSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { StrataError } from '@strata/core';

/** Who owns an embedded data folder, as written in its lock file. */
export interface DataFolderOwner {
  pid: number;
  /** The owner's start time from `/proc/<pid>/stat` (clock ticks since boot); null where there is no /proc. */
  startTime: string | null;
  hostname: string;
  /** What the owner runs (`strata serve`, `strata ais import`), for the refusal message. */
  command: string;
  acquiredAt: string;
  /** The local socket through which the owner shares the database; null when it does not share. */
  socket: string | null;
}

/** Refused: another live process owns the data folder and cannot be worked through. HTTP 503, CLI exit 69. */
export class DataFolderInUseError extends StrataError {
  constructor(
    message: string,
    readonly owner: DataFolderOwner | null,
  ) {
    super(503, 'data-folder-in-use', message);
  }
}

/** The lock file's name, beside the `pglite` folder inside the data folder. */
export const LOCK_FILE = 'strata.lock';

/** A held lock on a data folder; `release()` removes the lock file (only if it is still ours). */
export interface DataFolderLock {
  readonly file: string;
  readonly owner: DataFolderOwner;
  /** Records the socket through which this owner shares the database. */
  advertise(socket: string | null): void;
  release(): void;
}

/** The start time of a process from /proc (field 22 of `stat`), or null when /proc is not available. */
export function processStartTime(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) is in parentheses and may contain spaces: count fields after the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return fields[19] ?? null;
  } catch {
    return null;
  }
}

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Whether the owner recorded in a lock file still runs: same host, pid alive, and (where /proc exists)
 * the same start time, so that a pid reused by another process after a crash does not count.
 * An owner on another host cannot be checked and is taken as alive.
 */
export function ownerAlive(owner: DataFolderOwner): boolean {
  if (owner.hostname !== os.hostname()) return true;
  if (!pidAlive(owner.pid)) return false;
  const now = processStartTime(owner.pid);
  return owner.startTime === null || now === null || now === owner.startTime;
}

function readOwner(file: string): DataFolderOwner | null {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as DataFolderOwner;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    // Half-written by an owner killed while writing it (a few bytes, never more): stale.
    return null;
  }
}

/** The live owner of a data folder, or null when nobody holds it. */
export function dataFolderOwner(dataDir: string): DataFolderOwner | null {
  const owner = readOwner(path.join(dataDir, LOCK_FILE));
  return owner && ownerAlive(owner) ? owner : null;
}

/**
 * Takes the exclusive lock on a data folder (an `O_EXCL` lock file with pid, start time and host).
 * A stale lock (its owner crashed) is removed and taken. Returns the live owner instead when it is held.
 */
export function lockDataFolder(dataDir: string, command: string): DataFolderLock | DataFolderOwner {
  const file = path.join(dataDir, LOCK_FILE);
  const owner: DataFolderOwner = {
    pid: process.pid,
    startTime: processStartTime(process.pid),
    hostname: os.hostname(),
    command,
    acquiredAt: new Date().toISOString(),
    socket: null,
  };
  for (let attempt = 0; attempt < 3; attempt++) {
    let fd: number;
    try {
      fd = openSync(file, 'wx', 0o600);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const current = readOwner(file);
      if (current && ownerAlive(current)) return current;
      // Stale: move it aside atomically, so two processes clearing it do not both take the lock.
      const aside = `${file}.stale-${process.pid}`;
      try {
        renameSync(file, aside);
        rmSync(aside, { force: true });
      } catch {}
      continue;
    }
    writeSync(fd, JSON.stringify(owner));
    closeSync(fd);
    return heldLock(file, owner);
  }
  throw new DataFolderInUseError(`Could not take the lock ${file}: it keeps changing hands.`, null);
}

function heldLock(file: string, owner: DataFolderOwner): DataFolderLock {
  let released = false;
  return {
    file,
    owner,
    advertise(socket) {
      owner.socket = socket;
      // Write then rename: a reader never sees a half-written lock.
      const next = `${file}.${process.pid}`;
      writeFileSync(next, JSON.stringify(owner), { mode: 0o600 });
      renameSync(next, file);
    },
    release() {
      if (released) return;
      released = true;
      const current = readOwner(file);
      if (current?.pid === owner.pid && current.acquiredAt === owner.acquiredAt)
        rmSync(file, { force: true });
    },
  };
}

/** Whether a lock attempt returned the held lock (else it returned the live owner). */
export function isHeld(lock: DataFolderLock | DataFolderOwner): lock is DataFolderLock {
  return 'release' in lock;
}

/** Says who owns a data folder, for a refusal. */
export function describeOwner(owner: DataFolderOwner): string {
  return `process ${owner.pid} on ${owner.hostname} (${owner.command}, since ${owner.acquiredAt})`;
}
