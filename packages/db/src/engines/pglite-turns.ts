/**
 * The queue for PGlite's one connection. Kysely's driver, the share socket and backups each take a
 * turn and give it back; a transaction keeps its turn until it ends, so nothing runs inside another
 * caller's transaction.
 */
export class PgliteTurns {
  #tail: Promise<void> = Promise.resolve();

  /** Waits for the connection; resolves with the function that gives it back (call it once). */
  async take(): Promise<() => void> {
    let release!: () => void;
    const previous = this.#tail;
    this.#tail = new Promise<void>((resolve) => {
      release = resolve;
    });
    await previous;
    return release;
  }

  /** Runs `fn` in a turn of its own. */
  async run<T>(fn: () => Promise<T>): Promise<T> {
    const release = await this.take();
    try {
      return await fn();
    } finally {
      release();
    }
  }
}
