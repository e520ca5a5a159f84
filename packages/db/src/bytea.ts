import { type RawBuilder, sql } from 'kysely';

/*
 * File bytes cross the driver as base64 text, not as bytea. PGlite turns a bytea parameter or result
 * into hex on the main thread byte by byte: a 9 MiB file took 4.2 s to insert and 1.1 s to read, the
 * whole event loop held; as base64 the same file took 0.32 s and 0.07 s (measured on this project's
 * benchmark machine). PostgreSQL's `pg` driver is also faster decoding base64 than hex. Used by every
 * repository that stores uploaded files.
 */

/** A value for a bytea column: the bytes as base64, decoded by the database. */
export function byteaParam(bytes: Uint8Array): RawBuilder<Uint8Array> {
  const base64 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');
  return sql<Uint8Array>`decode(${base64}, 'base64')`;
}

/** A bytea column selected as base64 text; read it back with `fromBase64`. */
export function byteaAsBase64(column: string): RawBuilder<string> {
  return sql<string>`encode(${sql.ref(column)}, 'base64')`;
}

/** The bytes of a base64 text (line breaks, which PostgreSQL's encode adds, are ignored). */
export function fromBase64(text: string): Uint8Array {
  const buffer = Buffer.from(text, 'base64');
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
