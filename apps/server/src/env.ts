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
