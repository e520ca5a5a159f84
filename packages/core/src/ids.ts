import { randomBytes, randomUUID } from 'node:crypto';

/** A new random UUID (v4), the primary key type of every Strata table. */
export function newId(): string {
  return randomUUID();
}

/** An unguessable token (session ids, CSRF tokens), base64url of `bytes` random bytes. */
export function newToken(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export function isUuid(value: string): boolean {
  return UUID_RE.test(value);
}
