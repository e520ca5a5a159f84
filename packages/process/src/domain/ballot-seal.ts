import { createHash } from 'node:crypto';

/** A ballot as stored: the state's content, who cast it, and the nonce that seals its digest. */
export interface StoredBallot {
  round_id: string;
  country_iso3: string;
  content: unknown;
  cast_by: string | null;
  on_behalf: boolean;
  cast_at: Date | string;
  seal_nonce: string | null;
}

/**
 * The digest written to the audit log while a round is open: SHA-256 of the nonce, a colon and the
 * ballot content as JSON. The nonce (random, kept with the ballot, published at the close) keeps the
 * few possible contents of a small ballot from being guessed by hashing each of them.
 *
 * @example sealDigest('5f0c…', { ranking: ['a', 'b'] }) // 64 hexadecimal characters
 */
export function sealDigest(nonce: string, content: unknown): string {
  return createHash('sha256')
    .update(`${nonce}:${JSON.stringify(content)}`)
    .digest('hex');
}

/** The ballot as the audit log holds it while its round is open: everything but the content. */
export function sealedBallot(b: StoredBallot) {
  const { content, seal_nonce, ...rest } = b;
  return {
    ...rest,
    country_iso3: b.country_iso3.trim(),
    contentSha256: sealDigest(seal_nonce ?? '', content),
  };
}

/** The ballot as written to the audit log when its round closes: content, nonce and digest to check it. */
export function revealedBallot(b: StoredBallot) {
  return { ...sealedBallot(b), content: b.content, seal_nonce: b.seal_nonce };
}
