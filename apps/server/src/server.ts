import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { Logger } from 'pino';
import { createApp } from './app.ts';
import { createContext, seedAll } from './context.ts';
import type { AppContext } from './env.ts';
import { MODULES } from './modules/index.ts';
import { setupLink } from './routes/setup.ts';

export interface StartOptions {
  /** 0 picks a free port. Default: the configured PORT (8080). */
  port?: number;
  /** PostgreSQL URL; null or absent uses the embedded database. */
  databaseUrl?: string | null;
  /** Folder for the embedded database; null keeps it in memory. Default: the configured data folder. */
  dataDir?: string | null;
  /** Seed reference and demo data before serving (default true). */
  seed?: boolean;
  /**
   * Run the modules' background work (the exchange's e-mail sender). Default: on when the data is kept
   * (a data folder or PostgreSQL), off for an in-memory server such as the browser tests'.
   */
  background?: boolean;
  logger?: Logger;
}

export interface RunningServer {
  url: string;
  /**
   * The one-time first-run set-up link, while the installation has no secretariat account (it creates
   * the first one in the browser); null once set up. A new start issues a new link and revokes the old.
   */
  setup: { link: string; expiresAt: Date } | null;
  ctx: AppContext;
  close(): Promise<void>;
}

/** Migrates, seeds and serves Strata; resolves once it listens. `close()` drains and closes the database. */
export async function startServer(options: StartOptions = {}): Promise<RunningServer> {
  const ctx = await createContext({
    inMemory: options.dataDir === null && !options.databaseUrl,
    logger: options.logger,
    config: {
      ...(options.databaseUrl !== undefined ? { databaseUrl: options.databaseUrl } : {}),
      ...(options.dataDir ? { dataDir: options.dataDir } : {}),
      ...(options.port !== undefined ? { port: options.port } : {}),
    },
  });
  try {
    if (options.seed !== false) await seedAll(ctx);
    await ctx.platform.accounts.endExpiredSessions();
  } catch (error) {
    await ctx.db.close();
    throw error;
  }
  const sweeper = setInterval(
    () => void ctx.platform.accounts.endExpiredSessions().catch(() => {}),
    3_600_000,
  );
  sweeper.unref();
  const inMemory = options.dataDir === null && !options.databaseUrl;
  const jobs = (options.background ?? !inMemory) ? MODULES.flatMap((m) => m.background?.(ctx) ?? []) : [];
  const app = createApp(ctx);
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch: app.fetch, port: ctx.config.port, hostname: ctx.config.host }, () => resolve(s));
  });
  const port = (server.address() as AddressInfo).port;
  const host = ctx.config.host === '0.0.0.0' || ctx.config.host === '::' ? '127.0.0.1' : ctx.config.host;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  ctx.logger.info({ url, database: ctx.db.engine, postgis: ctx.db.postgis }, 'Strata is serving');
  const setup = await ctx.platform.credentials.issueSetupToken();
  if (setup)
    ctx.logger.warn({ expiresAt: setup.expiresAt }, 'no secretariat account yet: set-up link issued');
  const base = ctx.config.publicUrl ?? url.replace('127.0.0.1', 'localhost');
  let closed = false;
  return {
    url,
    setup: setup ? { link: setupLink(base, setup.token), expiresAt: setup.expiresAt } : null,
    ctx,
    async close() {
      if (closed) return;
      closed = true;
      clearInterval(sweeper);
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await Promise.all(jobs.map((j) => j.stop()));
      await ctx.db.close();
    },
  };
}

/** Closes the server on SIGINT/SIGTERM: stops accepting, finishes requests in flight, closes the database. */
export function closeOnSignals(running: RunningServer): void {
  const stop = async (signal: string) => {
    running.ctx.logger.info({ signal }, 'shutting down');
    const timer = setTimeout(() => process.exit(1), 10_000);
    timer.unref();
    await running.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
}
