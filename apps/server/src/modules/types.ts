import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Actor } from '@strata/core';
import type { Migration } from '@strata/db';
import type { AppContext, AppEnv } from '../env.ts';

/** Reports progress of a long seeding or import step (the CLI draws it as a bar). */
export type ProgressReporter = (done: number, total: number | null, note?: string) => void;

/**
 * Something open for the signed-in person in a module: `kind` is a code the web app renders in the reader's
 * language (`<module>.<what>`), with a count, a deadline (ISO) where there is one, the title of the thing
 * as it was written (calls, rounds) and the web path where the person acts on it.
 */
export interface OpenWorkItem {
  kind: string;
  count: number;
  due: string | null;
  title: string | null;
  link: string;
}

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
  /** What is open for this person in the module (their calls, rounds, disclosures, jobs; a queue's count). */
  openWork?(ctx: AppContext, actor: Actor): Promise<OpenWorkItem[]>;
}
