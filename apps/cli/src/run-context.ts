import type { AppContext } from '@strata/server';

/**
 * Opens the configured database (DATABASE_URL or the embedded one), migrated, for one CLI command,
 * and closes it afterwards whatever happens.
 */
export async function withContext<T>(fn: (ctx: AppContext) => Promise<T>): Promise<T> {
  // Loaded here, not at the top, so that commands without a database (ais decode) start light.
  const [{ createContext }, { default: pino }] = await Promise.all([
    import('@strata/server'),
    import('pino'),
  ]);
  const ctx = await createContext({
    logger: pino({ level: process.env.LOG_LEVEL ?? 'warn' }, pino.destination(2)),
  });
  try {
    return await fn(ctx);
  } finally {
    await ctx.db.close();
  }
}
