import { RateLimitedError } from '@strata/core';
import type { UnitOfWork } from '@strata/db';
import type { SignInAttemptRepository } from './sign-in-attempt-repository.ts';

/**
 * Sign-in limits. Failed attempts are counted per client address across e-mails (password spraying),
 * per e-mail across addresses (a distributed guess at one account) and in total (a ceiling against a
 * spray from many addresses), each in a fixed window. The e-mail limit of 10 per 15 minutes follows the
 * OWASP Authentication Cheat Sheet ("Account Lockout"); the others are Strata's choices, sized for a
 * secretariat and a few hundred focal points signing in from shared networks.
 */
export interface SignInLimits {
  perAddress: number;
  perEmail: number;
  global: number;
  /** Password-reset attempts per client address. */
  resetPerAddress: number;
  windowMs: number;
  /** Failures (per address or e-mail) answered without delay; each further one waits twice as long. */
  freeFailures: number;
  firstDelayMs: number;
  maxDelayMs: number;
}

export const SIGN_IN_LIMITS: SignInLimits = {
  perAddress: 20,
  perEmail: 10,
  global: 1000,
  resetPerAddress: 10,
  windowMs: 15 * 60_000,
  freeFailures: 3,
  firstDelayMs: 250,
  maxDelayMs: 4000,
};

/**
 * The progressive delay before checking a password after `failures` failed attempts (per address or
 * e-mail, whichever is higher): none for the first `freeFailures`, then 250 ms, 500 ms, 1 s… up to 4 s.
 *
 * @example signInDelayMs(5) // 500
 */
export function signInDelayMs(failures: number, limits: SignInLimits = SIGN_IN_LIMITS): number {
  const over = failures - limits.freeFailures;
  if (over <= 0) return 0;
  return Math.min(limits.maxDelayMs, limits.firstDelayMs * 2 ** (over - 1));
}

const addressKey = (address: string) => `address:${address}`;
const emailKey = (email: string) => `email:${email.trim().toLowerCase()}`;
const GLOBAL_KEY = 'global';
const resetKey = (address: string) => `reset:${address}`;

/** 429 with the seconds until the (latest) window that refused ends. */
const refusal = (at: Date, windowEndsAtMs: number) =>
  new RateLimitedError(Math.max(1, Math.ceil((windowEndsAtMs - at.getTime()) / 1000)));

/** Options of {@link SignInLimiter}: limits, clock and the wait (tests pass one that does not sleep). */
export interface SignInLimiterOptions {
  limits?: SignInLimits;
  now?: () => Date;
  sleep?: (ms: number) => Promise<void>;
}

/**
 * Counts sign-in attempts in the database before a password is checked: a refused attempt costs no
 * password hash, and the counts survive a restart and are shared by every server process on the database.
 *
 * @example await limiter.attempt(address, email); const user = await accounts.authenticate(email, password);
 */
export class SignInLimiter {
  private readonly limits: SignInLimits;
  private readonly now: () => Date;
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(
    private readonly work: UnitOfWork<{ signInAttempts: SignInAttemptRepository }>,
    options: SignInLimiterOptions = {},
  ) {
    this.limits = options.limits ?? SIGN_IN_LIMITS;
    this.now = options.now ?? (() => new Date());
    this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
  }

  /**
   * Counts one sign-in attempt from `address` for `email`; throws RateLimitedError (429 with the wait)
   * when the address, the e-mail or the global ceiling is over its limit, otherwise waits the
   * progressive delay. Call {@link succeeded} when the password was right.
   */
  async attempt(address: string, email: string): Promise<void> {
    const at = this.now();
    const windowEndsAt = new Date(at.getTime() + this.limits.windowMs);
    const [byAddress, byEmail, total] = await this.work.run(async ({ signInAttempts }) => {
      const counts = [
        await signInAttempts.count(addressKey(address), at, windowEndsAt),
        await signInAttempts.count(emailKey(email), at, windowEndsAt),
        await signInAttempts.count(GLOBAL_KEY, at, windowEndsAt),
      ] as const;
      // A new global window: forget the counters whose window has ended, once per window.
      if (counts[2].attempts === 1) await signInAttempts.sweep(at);
      return counts;
    });
    const over = [
      [byAddress, this.limits.perAddress],
      [byEmail, this.limits.perEmail],
      [total, this.limits.global],
    ] as const;
    const refused = over.filter(([c, limit]) => c.attempts > limit);
    if (refused.length) {
      throw refusal(at, Math.max(...refused.map(([c]) => c.windowEndsAt.getTime())));
    }
    // The attempt being made is not a failure yet.
    const delay = signInDelayMs(Math.max(byAddress.attempts, byEmail.attempts) - 1, this.limits);
    if (delay > 0) await this.sleep(delay);
  }

  /** The password was right: this attempt is no failure, and the account's failures are forgotten. */
  async succeeded(address: string, email: string): Promise<void> {
    await this.work.run(async ({ signInAttempts }) => {
      await signInAttempts.forgive(addressKey(address));
      await signInAttempts.forgive(GLOBAL_KEY);
      await signInAttempts.clear(emailKey(email));
    });
  }

  /** Counts one password-reset attempt from `address` (tokens are unguessable, but guessing stays limited). */
  async attemptReset(address: string): Promise<void> {
    const at = this.now();
    const count = await this.work.read.signInAttempts.count(
      resetKey(address),
      at,
      new Date(at.getTime() + this.limits.windowMs),
    );
    if (count.attempts > this.limits.resetPerAddress) throw refusal(at, count.windowEndsAt.getTime());
  }
}
