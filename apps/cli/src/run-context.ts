import type { AppContext } from '@strata/server';

/**
 * Opens the configured database (DATABASE_URL or the embedded one), migrated, for one CLI command,
 * and closes it afterwards whatever happens. Every command that touches the database goes through
 * here: when a running server (or another command) owns the embedded data folder, the command works
 * through it over its share socket; when that is impossible it refuses (exit 69) and changes nothing.
 */
export async function withContext<T>(fn: (ctx: AppContext) => Promise<T>): Promise<T> {
  // Loaded here, not at the top, so that commands without a database (ais decode) start light.
  const [{ createContext }, { default: pino }] = await Promise.all([
    import('@strata/server'),
    import('pino'),
  ]);
  const ctx = await createContext({
    access: 'client',
    logger: pino({ level: process.env.LOG_LEVEL ?? 'warn' }, pino.destination(2)),
  });
  try {
    return await fn(ctx);
  } finally {
    await ctx.db.close();
  }
}
