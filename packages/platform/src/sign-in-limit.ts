import { RateLimitedError } from '@strata/core';

/** Sign-in attempts allowed per client address and e-mail in one window (OWASP authentication cheat sheet). */
export const SIGN_IN_LIMIT = 10;
/** The sign-in window: 15 minutes. */
export const SIGN_IN_WINDOW_MS = 15 * 60_000;

/** The key sign-in attempts are counted under: the client's address and the e-mail, case-folded. */
export function signInKey(address: string, email: string): string {
  return `${address}|${email.toLowerCase()}`;
}

/**
 * A fixed-window counter per key (e.g. client address + e-mail for sign-in attempts), in memory.
 * One server process holds it; behind several processes use a shared store (Redis) instead.
 */
export class RateLimiter {
  readonly #hits = new Map<string, { count: number; resetAt: number }>();
  constructor(
    private readonly limit: number = SIGN_IN_LIMIT,
    private readonly windowMs: number = SIGN_IN_WINDOW_MS,
    private readonly now: () => number = Date.now,
  ) {}

  /** Counts one attempt for `key`; throws RateLimitedError when over the limit. */
  hit(key: string): void {
    const t = this.now();
    const entry = this.#hits.get(key);
    if (!entry || entry.resetAt <= t) {
      this.#hits.set(key, { count: 1, resetAt: t + this.windowMs });
      if (this.#hits.size > 50_000) this.#sweep(t);
      return;
    }
    entry.count++;
    if (entry.count > this.limit) throw new RateLimitedError(Math.ceil((entry.resetAt - t) / 1000));
  }

  reset(key: string): void {
    this.#hits.delete(key);
  }

  #sweep(t: number): void {
    for (const [key, entry] of this.#hits) if (entry.resetAt <= t) this.#hits.delete(key);
  }
}
