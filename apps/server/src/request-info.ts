import type { Context } from 'hono';

/**
 * The client's address for rate limiting: the socket's remote address when served by Node; when
 * `STRATA_TRUST_PROXY=1`, the first `x-forwarded-for` entry.
 */
export function clientAddress(c: Context): string {
  if (process.env.STRATA_TRUST_PROXY === '1') {
    const forwarded = c.req.header('x-forwarded-for')?.split(',')[0]?.trim();
    if (forwarded) return forwarded;
  }
  const incoming = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming;
  return incoming?.socket?.remoteAddress ?? 'local';
}
