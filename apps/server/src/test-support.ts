import type { Role, StrataConfig } from '@strata/core';
import type { Database } from '@strata/db';
import pino, { type Logger } from 'pino';
import { createApp } from './app.ts';
import { createContext, seedAll } from './context.ts';
import type { AppContext } from './env.ts';
import type { ServerModule } from './modules/index.ts';
import { createRouter } from './router.ts';

/** A module whose only route fails unexpectedly, to check that a 500 shows no internals. */
export const failingModule: ServerModule = {
  name: 'failing',
  migrations: [],
  routes: () => {
    const router = createRouter();
    router.get('/boom', () => {
      throw new Error('secret connection string postgres://admin:hunter2@db');
    });
    return router;
  },
};

/** A test client over the in-process app: keeps the session cookie and CSRF token like a browser. */
export class TestClient {
  cookie: string | null = null;
  csrfToken: string | null = null;
  constructor(readonly app: ReturnType<typeof createApp>) {}

  async request(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<Response> {
    const h: Record<string, string> = { ...headers };
    if (this.cookie) h.cookie = this.cookie;
    if (this.csrfToken && method !== 'GET') h['x-csrf-token'] = this.csrfToken;
    let payload: BodyInit | undefined;
    if (body instanceof FormData || typeof body === 'string' || body instanceof Uint8Array) {
      payload = body as BodyInit;
    } else if (body !== undefined) {
      payload = JSON.stringify(body);
      h['content-type'] = 'application/json';
    }
    const res = await this.app.request(path, { method, headers: h, body: payload });
    const setCookie = res.headers.get('set-cookie');
    if (setCookie) {
      const first = setCookie.split(';')[0] ?? '';
      this.cookie = first.endsWith('=') ? null : first;
    }
    return res;
  }

  async signIn(email: string, password: string): Promise<Response> {
    const res = await this.request('POST', '/api/auth/login', { email, password });
    if (res.ok) this.csrfToken = ((await res.clone().json()) as { csrfToken: string }).csrfToken;
    return res;
  }
}

export interface TestPlatform {
  ctx: AppContext;
  app: ReturnType<typeof createApp>;
  /** Signs in a new client with a fresh account of this role (bound to BRA / a new org / company). */
  clientAs(
    role: Role,
    binding?: { countryIso3?: string; organisationId?: string; companyId?: string },
  ): Promise<TestClient>;
  anonymous(): TestClient;
  /** The progressive delays the sign-in limiter asked for, in ms (recorded, not waited). */
  signInDelays: number[];
  close(): Promise<void>;
}

let counter = 0;

/** Migrates and seeds a fresh database and builds the app on it, for API tests. */
export async function createTestPlatform(
  db: Database,
  options: {
    modules?: readonly ServerModule[];
    seed?: boolean;
    maxBodyBytes?: number;
    logger?: Logger;
    config?: Partial<StrataConfig>;
  } = {},
): Promise<TestPlatform> {
  const signInDelays: number[] = [];
  const ctx = await createContext({
    db,
    logger: options.logger ?? pino({ level: 'silent' }),
    signInLimits: {
      sleep: async (ms) => {
        signInDelays.push(ms);
      },
    },
    modules: options.modules,
    config: { ...options.config, ...(options.maxBodyBytes ? { maxBodyBytes: options.maxBodyBytes } : {}) },
  });
  if (options.seed !== false) await seedAll(ctx, options.modules ?? []);
  else await ctx.platform.countries.seed();
  const app = createApp(ctx, options.modules);
  const bootstrapEmail = `root-${process.pid}-${counter++}@strata.test`;
  const root = await ctx.platform.accounts.createUser(
    null,
    { email: bootstrapEmail, password: 'correct horse battery', role: 'secretariat' },
    { bootstrap: true },
  );
  return {
    ctx,
    app,
    anonymous: () => new TestClient(app),
    signInDelays,
    async clientAs(role, binding = {}) {
      const email = `${role}-${process.pid}-${counter++}@strata.test`;
      let organisationId = binding.organisationId;
      let companyId = binding.companyId;
      if (role === 'observer_contact' && !organisationId) {
        organisationId = (await ctx.platform.accounts.createOrganisation(root, { name: `Org ${counter++}` }))
          .id;
      }
      if (role === 'operator' && !companyId) {
        companyId = (await ctx.platform.accounts.createCompany(root, { name: `Company ${counter++}` })).id;
      }
      await ctx.platform.accounts.createUser(
        role === 'secretariat' ? null : root,
        {
          email,
          password: 'correct horse battery',
          role,
          countryIso3: binding.countryIso3 ?? (role === 'focal_point' ? 'BRA' : null),
          organisationId,
          companyId,
        },
        { bootstrap: role === 'secretariat' },
      );
      const client = new TestClient(app);
      const res = await client.signIn(email, 'correct horse battery');
      if (!res.ok) throw new Error(`sign-in failed: ${res.status} ${await res.text()}`);
      return client;
    },
    async close() {
      await db.close();
    },
  };
}
