import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Migration } from '@strata/db';
import type { AppContext, AppEnv } from '../env.ts';

/** Reports progress of a long seeding or import step (the CLI draws it as a bar). */
export type ProgressReporter = (done: number, total: number | null, note?: string) => void;

/**
 * What a module plugs into the platform. The server mounts `routes` at `/api/<name>`, runs the
 * migrations with the platform's, and calls `seed` on first start (it must be idempotent).
 */
export interface ServerModule {
  name: string;
  migrations: readonly Migration[];
  routes?(ctx: AppContext): OpenAPIHono<AppEnv>;
  seed?(ctx: AppContext, progress?: ProgressReporter): Promise<void>;
}
