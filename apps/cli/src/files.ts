import { readFile } from 'node:fs/promises';
import { CliError, EXIT } from './errors.ts';

/**
 * The bytes of an input file, or a CLI error (exit 66) naming the file and why it cannot be read.
 * @param what what the file is, for the message ("SIGBM export"); empty for a plain file
 */
export async function readInput(file: string, what = ''): Promise<Uint8Array> {
  try {
    return new Uint8Array(await readFile(file));
  } catch (error) {
    throw new CliError(
      `cannot read ${what ? `${what} ` : ''}${file}: ${(error as NodeJS.ErrnoException).code ?? error}`,
      EXIT.noInput,
    );
  }
}
