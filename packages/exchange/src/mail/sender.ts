/** What one round of draining the outbox did (NotificationService.drainOutbox). */
export interface DrainResult {
  sent: number;
  failed: number;
  retried: number;
}

export interface OutboxSenderOptions {
  /** Pause between rounds while things go well (default 60 s). */
  intervalMs?: number;
  /** Longest pause when rounds keep failing (default 15 min). */
  maxIntervalMs?: number;
  /** Told about each round that did something, and about each error. */
  onRound?: (result: DrainResult, nextInMs: number) => void;
  onError?: (error: unknown, nextInMs: number) => void;
}

/**
 * Drains the e-mail outbox in the background of the server: a round every `intervalMs`; when a round
 * throws (database down) or every message of it failed (SMTP down), the pause doubles up to
 * `maxIntervalMs`, and returns to `intervalMs` after a round that sent something or had nothing to do.
 * Each message's own retries and their backoff are the outbox's (RETRY_DELAYS_MS); a message is
 * claimed before it is sent, so two senders never send it twice.
 */
export class OutboxSender {
  private timer: NodeJS.Timeout | null = null;
  private round: Promise<unknown> | null = null;
  private stopped = true;
  private readonly intervalMs: number;
  private readonly maxIntervalMs: number;
  /** The pause before the next round. */
  nextInMs: number;

  constructor(
    private readonly drain: () => Promise<DrainResult>,
    private readonly options: OutboxSenderOptions = {},
  ) {
    this.intervalMs = options.intervalMs ?? 60_000;
    this.maxIntervalMs = Math.max(options.maxIntervalMs ?? 900_000, this.intervalMs);
    this.nextInMs = this.intervalMs;
  }

  /** Starts the rounds; the first one after `intervalMs`. */
  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.schedule();
  }

  private schedule(): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.round = this.runRound().finally(() => {
        this.round = null;
        this.schedule();
      });
    }, this.nextInMs);
    this.timer.unref();
  }

  /** One round now; returns what it did, or null when it threw (the error goes to `onError`). */
  async runRound(): Promise<DrainResult | null> {
    try {
      const result = await this.drain();
      const allFailed = result.sent === 0 && result.failed + result.retried > 0;
      this.nextInMs = allFailed ? Math.min(this.nextInMs * 2, this.maxIntervalMs) : this.intervalMs;
      if (result.sent + result.failed + result.retried > 0) this.options.onRound?.(result, this.nextInMs);
      return result;
    } catch (error) {
      this.nextInMs = Math.min(this.nextInMs * 2, this.maxIntervalMs);
      this.options.onError?.(error, this.nextInMs);
      return null;
    }
  }

  /** Stops scheduling rounds and waits for the one in progress, if any. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.round;
  }
}
