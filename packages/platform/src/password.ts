import { hash, verify } from '@node-rs/argon2';

/** argon2id cost parameters, as `@node-rs/argon2` takes them. */
export interface PasswordParameters {
  /** Memory in KiB. */
  memoryCost: number;
  /** Iterations. */
  timeCost: number;
  parallelism: number;
}

/** argon2id parameters: OWASP password storage cheat sheet (m=19 MiB, t=2, p=1). */
export const PASSWORD_PARAMETERS: PasswordParameters = { memoryCost: 19456, timeCost: 2, parallelism: 1 };

/** Hashes a password with argon2id; the result (PHC string) carries its own salt and parameters. */
export function hashPassword(password: string, parameters: PasswordParameters = PASSWORD_PARAMETERS) {
  return hash(password, parameters);
}

/** True when `password` matches the PHC hash; false (never a throw) for a wrong or malformed hash. */
export function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  return verify(passwordHash, password).catch(() => false);
}

/**
 * True when a stored hash was made with other parameters (or another algorithm) than `parameters`, so the
 * next successful sign-in should store a fresh hash. Reads the PHC string: `$argon2id$v=19$m=…,t=…,p=…$…`.
 */
export function passwordNeedsRehash(passwordHash: string, parameters: PasswordParameters): boolean {
  const match = /^\$argon2id\$v=\d+\$m=(\d+),t=(\d+),p=(\d+)\$/.exec(passwordHash);
  if (!match) return true;
  return (
    Number(match[1]) !== parameters.memoryCost ||
    Number(match[2]) !== parameters.timeCost ||
    Number(match[3]) !== parameters.parallelism
  );
}
