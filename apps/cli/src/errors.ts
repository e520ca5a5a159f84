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
export function reportError(error: unknown, stderr: NodeJS.WritableStream = process.stderr): number {
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
  stderr.write(`strata: unexpected error: ${(error as Error)?.stack ?? String(error)}\n`);
  return EXIT.software;
}
