import { changeMark } from '@strata/db';
import { createMiddleware } from 'hono/factory';
import type { AppContext, AppEnv } from '../env.ts';

/** One anonymous GET response kept for reuse: its bytes, the headers that describe them, its ETag. */
export interface CachedResponse {
  /** The database's change mark when the response was computed. */
  mark: string;
  etag: string;
  body: Uint8Array<ArrayBuffer>;
  headers: [string, string][];
  builtAt: number;
}

export interface ResponseCacheOptions {
  /** Memory for bodies; least recently used responses go first. */
  maxBytes: number;
  /**
   * How long a response is reused while the database has not changed. Some answers depend on the clock
   * (a call's deadline passing closes it), so a response is recomputed at least this often.
   */
  ttlMs?: number;
  clock?: () => number;
}

/** Headers of the computed response that belong to its bytes (the rest is added per request). */
const KEPT_HEADERS = new Set(['content-type', 'content-disposition', 'content-language', 'cache-control']);

/**
 * Anonymous GET responses of the API, reused until the database changes (any committed write, from any
 * process) or `ttlMs` passes. Concurrent requests for the same URL at the same mark wait for one
 * computation; each response gets a content ETag (SHA-256, hashed off the main thread) and answers a
 * matching `If-None-Match` with 304.
 */
export class ResponseCache {
  private readonly entries = new Map<string, CachedResponse>();
  private readonly building = new Map<string, Promise<CachedResponse | null>>();
  private bytes = 0;
  private readonly ttlMs: number;
  private readonly clock: () => number;
  /** Responses computed since start (what the tests and the bench count). */
  builds = 0;

  constructor(private readonly options: ResponseCacheOptions) {
    this.ttlMs = options.ttlMs ?? 10_000;
    this.clock = options.clock ?? Date.now;
  }

  /** The kept response for `key` if it was computed at `mark` and is not older than the TTL. */
  fresh(key: string, mark: string): CachedResponse | null {
    const entry = this.entries.get(key);
    if (!entry || entry.mark !== mark || this.clock() - entry.builtAt > this.ttlMs) return null;
    // Most recently used last: eviction takes the first.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry;
  }

  /**
   * The response for `key` at `mark`: kept, being computed by another request, or computed now by
   * `compute`. Null when the computed response is not reusable (not 200, sets a cookie, too large):
   * `compute` has then produced it for this request only.
   */
  async obtain(key: string, mark: string, compute: () => Promise<Response>): Promise<CachedResponse | null> {
    const kept = this.fresh(key, mark);
    if (kept) return kept;
    const flight = `${mark}\u0000${key}`;
    const pending = this.building.get(flight);
    if (pending) return pending;
    const build = this.build(key, mark, compute).finally(() => this.building.delete(flight));
    this.building.set(flight, build);
    return build;
  }

  private async build(
    key: string,
    mark: string,
    compute: () => Promise<Response>,
  ): Promise<CachedResponse | null> {
    this.builds += 1;
    const res = await compute();
    const length = Number(res.headers.get('content-length') ?? Number.NaN);
    if (res.status !== 200 || res.headers.has('set-cookie') || !res.body || length > this.maxEntryBytes)
      return null;
    const cacheControl = res.headers.get('cache-control') ?? '';
    if (/no-store|private/.test(cacheControl)) return null;
    const body = new Uint8Array(await res.arrayBuffer());
    const headers = [...res.headers].filter(([name]) => KEPT_HEADERS.has(name));
    const etag = await contentTag(body);
    const entry: CachedResponse = { mark, etag, body, headers, builtAt: this.clock() };
    if (body.byteLength <= this.maxEntryBytes) this.keep(key, entry);
    return entry;
  }

  /** A single response may use at most half of the memory, so one download cannot empty the cache. */
  private get maxEntryBytes(): number {
    return Math.floor(this.options.maxBytes / 2);
  }

  private keep(key: string, entry: CachedResponse) {
    const old = this.entries.get(key);
    if (old) {
      this.bytes -= old.body.byteLength;
      this.entries.delete(key);
    }
    this.entries.set(key, entry);
    this.bytes += entry.body.byteLength;
    for (const [k, e] of this.entries) {
      if (this.bytes <= this.options.maxBytes) break;
      this.entries.delete(k);
      this.bytes -= e.body.byteLength;
    }
  }

  /** Bytes held now. */
  get size(): number {
    return this.bytes;
  }
}

/** A strong ETag from the SHA-256 of the bytes; Web Crypto hashes on a worker thread, not the event loop. */
async function contentTag(body: Uint8Array<ArrayBuffer>): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', body);
  return `"${Buffer.from(digest).toString('base64url').slice(0, 32)}"`;
}

/** True when `If-None-Match` names the entity tag (weak comparison, RFC 9110 §13.1.2) or is `*`. */
export function etagMatches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === '*') return true;
  const opaque = etag.replace(/^W\//, '');
  return ifNoneMatch.split(',').some((t) => t.trim().replace(/^W\//, '') === opaque);
}

/** API paths never reused: liveness, sessions, first-run set-up. */
const UNCACHED = /^\/api\/(health|auth|setup)(\/|$)/;

/**
 * Serves anonymous API GETs from the response cache. Signed-in requests are computed every time (their
 * answers depend on who asks). Must run after the session middleware.
 */
export function responseCacheMiddleware(ctx: AppContext, cache: ResponseCache) {
  return createMiddleware<AppEnv>(async (c, next) => {
    if (c.req.method !== 'GET' || c.get('actor') || UNCACHED.test(c.req.path)) return next();
    const mark = await changeMark(ctx.db);
    const url = new URL(c.req.url);
    let own: Response | null = null;
    const entry = await cache.obtain(`${url.pathname}${url.search}`, mark, async () => {
      await next();
      own = c.res;
      return c.res;
    });
    if (!entry) {
      // Not reusable: the request that computed it answers with it; the others compute their own.
      if (!own) await next();
      return;
    }
    const headers = new Headers(entry.headers);
    headers.set('etag', entry.etag);
    // A route's own policy stands (reference data may be kept by browsers); else browsers revalidate.
    if (!headers.has('cache-control')) headers.set('cache-control', 'public, no-cache');
    headers.set('vary', 'Cookie');
    if (etagMatches(c.req.header('if-none-match'), entry.etag)) {
      c.res = new Response(null, { status: 304, headers });
      return;
    }
    headers.set('content-length', String(entry.body.byteLength));
    c.res = new Response(entry.body, { status: 200, headers });
  });
}
