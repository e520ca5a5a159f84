import { StrataError } from '@strata/core';

/** Exit codes of the `strata` command (sysexits.h where one fits). */
export const EXIT = {
  ok: 0,
  failure: 1,
  usage: 64,
  dataError: 65,
  noInput: 66,
  unavailable: 69,
  software: 70,
} as const;

/** An error the user can act on: printed without a stack trace, with its exit code. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT.failure,
  ) {
    super(message);
  }
}

/** Prints an error for a person and returns the exit code. */
export function reportError(
  error: unknown,
  stderr: NodeJS.WritableStream = process.stderr,
  env: NodeJS.ProcessEnv = process.env,
): number {
  if (error instanceof CliError) {
    stderr.write(`strata: ${error.message}\n`);
    return error.exitCode;
  }
  if (error instanceof StrataError) {
    stderr.write(`strata: ${error.message}\n`);
    for (const f of error.detailFields ?? []) stderr.write(`  - ${f.path}: ${f.message}\n`);
    if (error.status === 503) return EXIT.unavailable;
    return error.status === 400 || error.status === 409 ? EXIT.dataError : EXIT.failure;
  }
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') {
    stderr.write(`strata: ${(error as Error).message}\n`);
    return EXIT.noInput;
  }
  if (code === 'ECONNREFUSED') {
    stderr.write(`strata: cannot reach the database (${(error as Error).message}). Is DATABASE_URL right?\n`);
    return EXIT.unavailable;
  }
  const sqlState = typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) ? code : null;
  if (sqlState?.startsWith('22') || sqlState?.startsWith('23')) {
    // Data exceptions (e.g. a NUL byte in text) and integrity constraints (unique, foreign key, check):
    // the data, not the program, is wrong.
    const detail = (error as { detail?: string }).detail;
    stderr.write(
      `strata: the database refused the data: ${(error as Error).message}${detail ? ` (${detail})` : ''}\n`,
    );
    return EXIT.dataError;
  }
  const message = error instanceof Error ? error.message : String(error);
  if (env.STRATA_DEBUG && env.STRATA_DEBUG !== '0') {
    stderr.write(`strata: unexpected error: ${(error as Error)?.stack ?? message}\n`);
  } else {
    stderr.write(`strata: unexpected error: ${message}\n(set STRATA_DEBUG=1 to print where it happened)\n`);
  }
  return EXIT.software;
}
