import { type AppContext, createContext } from '@strata/server';
import pino from 'pino';

/**
 * Opens the configured database (DATABASE_URL or the embedded one), migrated, for one CLI command,
 * and closes it afterwards whatever happens.
 */
export async function withContext<T>(fn: (ctx: AppContext) => Promise<T>): Promise<T> {
  const ctx = await createContext({
    logger: pino({ level: process.env.LOG_LEVEL ?? 'warn' }, pino.destination(2)),
  });
  try {
    return await fn(ctx);
  } finally {
    await ctx.db.close();
  }
}
