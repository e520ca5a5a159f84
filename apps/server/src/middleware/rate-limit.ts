import { RateLimitedError } from '@strata/core';

/**
 * A fixed-window counter per key (e.g. client address + e-mail for sign-in attempts), in memory.
 * One server process holds it; behind several processes use a shared store (Redis) instead.
 */
export class RateLimiter {
  readonly #hits = new Map<string, { count: number; resetAt: number }>();
  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
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
