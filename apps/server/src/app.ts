import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { OpenAPIHono } from '@hono/zod-openapi';
import { newId, PayloadTooLargeError, repoRoot } from '@strata/core';
import { bodyLimit } from 'hono/body-limit';
import { secureHeaders } from 'hono/secure-headers';
import { API_DOCS_HTML } from './api-docs.ts';
import { inlinePageCsp, WEB_CSP } from './csp.ts';
import type { AppContext, AppEnv } from './env.ts';
import { rejectUnstorableText } from './middleware/input-text.ts';
import { requireSessionForWrites } from './middleware/require-session.ts';
import { ResponseCache, responseCacheMiddleware } from './middleware/response-cache.ts';
import { sessionMiddleware } from './middleware/session.ts';
import { MODULES, type ServerModule } from './modules/index.ts';
import { errorToProblem, problemResponse } from './problem.ts';
import { adminRoutes } from './routes/admin.ts';
import { authRoutes } from './routes/auth.ts';
import { countryRoutes } from './routes/countries.ts';
import { healthRoutes } from './routes/health.ts';
import { openWorkRoutes } from './routes/open-work.ts';
import { problemTypeRoutes } from './routes/problems.ts';
import { setupRoutes } from './routes/setup.ts';

/** Where the built web app is; the server serves it at `/` with a fallback to index.html. */
export const WEB_DIST = process.env.STRATA_WEB_DIST ?? path.join(repoRoot, 'apps', 'web', 'dist');

/** A client's `x-request-id` is kept only if it is 1–100 characters of [A-Za-z0-9._-]; else a new id. */
const REQUEST_ID = /^[A-Za-z0-9._-]{1,100}$/;
export function acceptedRequestId(header: string | undefined): string | null {
  return header && REQUEST_ID.test(header) ? header : null;
}

/**
 * Builds the HTTP application: the API under `/api` (OpenAPI described at `/api/openapi.json`,
 * readable at `/api/docs`) and the web app at `/`.
 */
export function createApp(ctx: AppContext, modules: readonly ServerModule[] = MODULES): OpenAPIHono<AppEnv> {
  const app = new OpenAPIHono<AppEnv>();

  app.use('*', async (c, next) => {
    const requestId = acceptedRequestId(c.req.header('x-request-id')) ?? newId();
    c.set('requestId', requestId);
    const started = performance.now();
    await next();
    c.header('x-request-id', requestId);
    if (c.req.path.startsWith('/api')) {
      ctx.logger.info(
        {
          requestId,
          method: c.req.method,
          path: c.req.path,
          status: c.res.status,
          ms: Math.round(performance.now() - started),
        },
        'request',
      );
    }
  });
  // A route may set its own Content-Security-Policy (the API page allows its inline script by hash).
  app.use(
    '*',
    secureHeaders({ contentSecurityPolicy: WEB_CSP, crossOriginEmbedderPolicy: false, overwrite: false }),
  );
  const apiBodyLimit = bodyLimit({
    maxSize: ctx.config.maxBodyBytes,
    onError: () => {
      throw new PayloadTooLargeError(ctx.config.maxBodyBytes);
    },
  });
  const ownLimit = new Set(modules.flatMap((m) => (m.ownBodyLimit ?? []).map((p) => `/api/${m.name}${p}`)));
  app.use('/api/*', (c, next) => (ownLimit.has(c.req.path) ? next() : apiBodyLimit(c, next)));
  app.use('/api/*', sessionMiddleware(ctx));
  app.use('/api/*', requireSessionForWrites());
  app.use('/api/*', rejectUnstorableText());
  if (ctx.config.responseCacheBytes > 0) {
    app.use(
      '/api/*',
      responseCacheMiddleware(ctx, new ResponseCache({ maxBytes: ctx.config.responseCacheBytes })),
    );
  }

  app.route('/api/health', healthRoutes(ctx));
  app.route('/api/countries', countryRoutes(ctx));
  app.route('/api/auth', authRoutes(ctx));
  app.route('/api/setup', setupRoutes(ctx));
  app.route('/api/problems', problemTypeRoutes());
  app.route('/api', adminRoutes(ctx));
  app.route('/api/me', openWorkRoutes(ctx, modules));
  for (const module of modules) {
    if (module.routes) app.route(`/api/${module.name}`, module.routes(ctx));
  }

  app.doc31('/api/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'Strata API',
      version: '0.1.0',
      description:
        'Open platform for the environmental governance of minerals and metals (UNEA resolution 5/12). ' +
        'Errors are RFC 9457 problem details. Writes need a session cookie and the x-csrf-token header.',
      license: { name: 'Apache-2.0', url: 'https://www.apache.org/licenses/LICENSE-2.0' },
    },
    servers: [{ url: '/' }],
  });
  const apiDocsCsp = inlinePageCsp(API_DOCS_HTML);
  app.get('/api/docs', (c) => c.html(API_DOCS_HTML, 200, { 'content-security-policy': apiDocsCsp }));
  app.all('/api/*', (c) =>
    problemResponse(c, 404, 'not-found', `No API route ${c.req.method} ${c.req.path}.`),
  );

  if (existsSync(WEB_DIST)) {
    const root = path.relative(process.cwd(), WEB_DIST) || '.';
    // The build writes .br and .gz copies of its text files: sent to browsers that accept them.
    app.use('/*', serveStatic({ root, precompressed: true }));
    const indexHtml = path.join(WEB_DIST, 'index.html');
    app.get('*', (c) => (existsSync(indexHtml) ? c.html(readFileSync(indexHtml, 'utf8')) : c.notFound()));
  } else {
    app.get('/', (c) =>
      c.text('Strata API is running. The web app is not built: run `npm run build`. API: /api/docs', 200),
    );
  }

  app.notFound((c) => problemResponse(c, 404, 'not-found', `Nothing at ${c.req.path}.`));
  app.onError((error, c) => errorToProblem(c, error, ctx.logger));
  return app;
}
