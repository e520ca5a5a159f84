import {
  AisJobRunner,
  createDredgingServices,
  type DredgingService,
  type DredgingServices,
} from '@strata/dredging';
import type { AppContext } from '../../env.ts';

/** The dredging watch's services of a context, built once by the module's factory. */
export function dredgingServices(ctx: Pick<AppContext, 'services'>): DredgingServices {
  return ctx.services('dredging', (db, config) => createDredgingServices(db, config));
}

/** The dredging watch's dataset service of a context. */
export function dredgingService(ctx: Pick<AppContext, 'services'>): DredgingService {
  return dredgingServices(ctx).watch;
}

const runners = new WeakMap<object, { runner: AisJobRunner; started: Promise<void> }>();

/**
 * The context's AIS job runner, started on first use (the server's background start, or the first
 * upload of a server that runs no background work, such as the browser tests' in-memory one).
 */
export function aisJobRunner(ctx: Pick<AppContext, 'services' | 'logger'>): {
  runner: AisJobRunner;
  started: Promise<void>;
} {
  const known = runners.get(ctx);
  if (known) return known;
  const runner = new AisJobRunner(dredgingServices(ctx).uploads, {
    onRecovered: (jobs) => {
      if (jobs.length > 0) {
        ctx.logger.warn(
          { jobs: jobs.map((j) => j.id) },
          'AIS upload jobs failed: server restarted while running',
        );
      }
    },
    onFinished: (job) =>
      ctx.logger.info({ job: job.id, state: job.state, error: job.error }, 'AIS upload job'),
    onError: (error) => ctx.logger.warn({ err: error }, 'AIS upload runner: round failed'),
  });
  const entry = { runner, started: runner.start() };
  runners.set(ctx, entry);
  return entry;
}
