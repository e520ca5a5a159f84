import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Migration } from '@strata/db';
import type { AppContext, AppEnv } from '../env.ts';

/** Reports progress of a long seeding or import step (the CLI draws it as a bar). */
export type ProgressReporter = (done: number, total: number | null, note?: string) => void;

/** Work a module runs in the background while the server serves (stopped before the database closes). */
export interface BackgroundJob {
  stop(): Promise<void>;
}

/**
 * What a module plugs into the platform. The server mounts `routes` at `/api/<name>`, runs the
 * migrations with the platform's, calls `seed` on first start (it must be idempotent) and, when the
 * server runs its background work, starts `background` (null when the environment turns it off).
 */
export interface ServerModule {
  name: string;
  migrations: readonly Migration[];
  routes?(ctx: AppContext): OpenAPIHono<AppEnv>;
  seed?(ctx: AppContext, progress?: ProgressReporter): Promise<void>;
  background?(ctx: AppContext): BackgroundJob | null;
  /**
   * Paths under `/api/<name>` whose routes stream their body and enforce their own size limit (a large
   * file upload) instead of the API's `STRATA_MAX_BODY_BYTES`.
   */
  ownBodyLimit?: readonly string[];
}
