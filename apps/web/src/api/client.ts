import type { FieldIssue, Problem } from './types.ts';

/** An HTTP error answered as RFC 9457 problem details (or turned into one when the body was not). */
export class ProblemError extends Error implements Problem {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail?: string;
  readonly errors?: FieldIssue[];

  constructor(problem: Problem) {
    super(problem.detail ?? problem.title);
    this.name = 'ProblemError';
    this.type = problem.type;
    this.title = problem.title;
    this.status = problem.status;
    this.detail = problem.detail;
    this.errors = problem.errors;
  }
}

/** Status of a request that never got an answer (offline, server down). */
export const NETWORK_ERROR_STATUS = 0;

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export interface ApiClientOptions {
  /** Prefix of every path; default `/api`. */
  baseUrl?: string;
  fetch?: typeof fetch;
}

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Sent as JSON. */
  body?: unknown;
  signal?: AbortSignal;
}

function isProblem(value: unknown): value is Problem {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.title === 'string' && typeof v.status === 'number';
}

/**
 * Fetch wrapper for the Strata API: JSON in and out, the session cookie, the CSRF header on every write,
 * and a typed {@link ProblemError} for every failure.
 * @example
 * const api = new ApiClient();
 * const { items } = await api.request<{ items: Country[] }>('/countries');
 */
export class ApiClient {
  private csrfToken: string | null = null;
  private readonly baseUrl: string;
  private readonly fetchImpl: typeof fetch;

  constructor(options: ApiClientOptions = {}) {
    this.baseUrl = options.baseUrl ?? '/api';
    this.fetchImpl = options.fetch ?? ((input, init) => fetch(input, init));
  }

  /** The session's CSRF token, sent as `x-csrf-token` on writes (null when signed out). */
  setCsrfToken(token: string | null): void {
    this.csrfToken = token;
  }

  async request<T>(path: string, options: RequestOptions = {}): Promise<T> {
    const method = options.method ?? 'GET';
    const headers: Record<string, string> = { accept: 'application/json, application/problem+json' };
    if (options.body !== undefined) headers['content-type'] = 'application/json';
    if (WRITE_METHODS.has(method) && this.csrfToken) headers['x-csrf-token'] = this.csrfToken;

    let response: Response;
    try {
      response = await this.fetchImpl(`${this.baseUrl}${path}`, {
        method,
        headers,
        body: options.body === undefined ? undefined : JSON.stringify(options.body),
        credentials: 'same-origin',
        signal: options.signal,
      });
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') throw error;
      throw new ProblemError({
        type: 'about:blank',
        title: 'Network error',
        status: NETWORK_ERROR_STATUS,
        detail: error instanceof Error ? error.message : String(error),
      });
    }

    const text = await response.text();
    let body: unknown = null;
    if (text) {
      try {
        body = JSON.parse(text);
      } catch {
        body = null; // not JSON (a proxy's HTML error page): described below by status
      }
    }
    if (!response.ok) {
      throw new ProblemError(
        isProblem(body)
          ? body
          : { type: 'about:blank', title: response.statusText || 'Error', status: response.status },
      );
    }
    return body as T;
  }
}

/** The app's shared client. */
export const api = new ApiClient();
