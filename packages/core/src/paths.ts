import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (the folder holding the workspace `package.json`). */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/**
 * The shared reference data folder: `STRATA_SHARED_DIR`, else `../shared/data` beside the repository.
 * Tests that need it call {@link sharedDataFile} and skip when it returns null.
 */
export const sharedDataDir = process.env.STRATA_SHARED_DIR ?? path.resolve(repoRoot, '..', 'shared', 'data');

/** Absolute path of a shared data file, or null when the file is not present on this machine. */
export function sharedDataFile(relative: string): string | null {
  const file = path.join(sharedDataDir, relative);
  return existsSync(file) ? file : null;
}
