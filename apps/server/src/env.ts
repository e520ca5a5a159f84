import type { Actor, StrataConfig } from '@strata/core';
import type { Database } from '@strata/db';
import type { PlatformServices } from '@strata/platform';
import type { Logger } from 'pino';

/** Everything a request handler may use: built once at start. */
export interface AppContext {
  config: StrataConfig;
  db: Database;
  logger: Logger;
  platform: PlatformServices;
  /**
   * A module's services, built once per context by the module's own `createXServices(db, …)` factory
   * and kept for the life of the context: `ctx.services('tailings', (db) => createTailingsServices(db))`.
   * Modules are built on first use, so a CLI command loads only the modules it needs.
   */
  services<T>(name: string, build: (db: Database, config: StrataConfig) => T): T;
}

/** Hono variables set by the middleware for each request. */
export interface AppEnv {
  Variables: {
    requestId: string;
    /** The signed-in account, or null for anonymous requests. */
    actor: Actor | null;
    /** The session's CSRF token when the request is cookie-authenticated. */
    csrfToken: string | null;
  };
}
