import path from 'node:path';
import { ValidationError } from './errors.ts';
import { repoRoot } from './paths.ts';

/** Runtime configuration, read once from the environment. Each field is in the README's table. */
export interface StrataConfig {
  /** HTTP port (`PORT`, default 8080). */
  port: number;
  /** Address to listen on (`HOST`, default 127.0.0.1; `0.0.0.0` for every interface). */
  host: string;
  /** PostgreSQL URL (`DATABASE_URL`); when absent, the embedded PGlite database is used. */
  databaseUrl: string | null;
  /**
   * PostgreSQL URL of the tables' owner (`DATABASE_OWNER_URL`). When set, migrations run through it and
   * the role of `databaseUrl` gets only the grants the server needs (see docs/security.md).
   */
  databaseOwnerUrl: string | null;
  /** Folder for the embedded database and other local files (`STRATA_DATA_DIR`, default `./.strata/data`). */
  dataDir: string;
  /** Log level for pino (`LOG_LEVEL`, default `info`). */
  logLevel: string;
  /** Largest accepted request body in bytes (`STRATA_MAX_BODY_BYTES`, default 10 MiB). */
  maxBodyBytes: number;
  /** Send cookies with `Secure` (`STRATA_SECURE_COOKIES`, default off unless NODE_ENV=production). */
  secureCookies: boolean;
  /** Optional official maritime zones GeoJSON for the dredging watch (`STRATA_ZONES_FILE`). */
  zonesFile: string | null;
  /** SMTP server for e-mail (`SMTP_URL`); null: no e-mail is sent by the server's account service. */
  smtpUrl: string | null;
  /** Sender of e-mails (`STRATA_MAIL_FROM`, default `strata@localhost`). */
  mailFrom: string;
  /** The address people reach the web app at, for links in e-mails and set-up (`STRATA_PUBLIC_URL`). */
  publicUrl: string | null;
  /**
   * Memory for anonymous GET responses reused until the database changes (`STRATA_RESPONSE_CACHE_MB`,
   * default 128; 0 turns the cache off).
   */
  responseCacheBytes: number;
  /** Largest AIS file a researcher may upload to the dredging watch (`STRATA_AIS_UPLOAD_MB`, default 200). */
  aisUploadBytes: number;
  /** AIS upload jobs one account may have queued or running at once (`STRATA_AIS_JOBS_PER_USER`, default 2). */
  aisJobsPerUser: number;
}

function intFrom(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) {
    throw new ValidationError(`${name} must be a non-negative whole number, got "${raw}".`, [
      { path: name, message: 'not a whole number' },
    ]);
  }
  return value;
}

const TRUE_WORDS = new Set(['1', 'true', 'yes', 'on']);
const FALSE_WORDS = new Set(['0', 'false', 'no', 'off']);

/** A yes/no setting: 1/true/yes/on or 0/false/no/off (any case); unset or empty gives `fallback`. */
function booleanFrom(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name]?.trim().toLowerCase();
  if (!raw) return fallback;
  if (TRUE_WORDS.has(raw)) return true;
  if (FALSE_WORDS.has(raw)) return false;
  throw new ValidationError(`${name} must be true or false (1/0, yes/no, on/off), not "${env[name]}".`);
}

/** Reads the configuration from `env` (default `process.env`). Throws a ValidationError on bad values. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): StrataConfig {
  const dataDir = env.STRATA_DATA_DIR
    ? path.resolve(env.STRATA_DATA_DIR)
    : path.join(repoRoot, '.strata', 'data');
  return {
    port: intFrom(env, 'PORT', 8080),
    host: env.HOST && env.HOST !== '' ? env.HOST : '127.0.0.1',
    databaseUrl: env.DATABASE_URL && env.DATABASE_URL !== '' ? env.DATABASE_URL : null,
    databaseOwnerUrl: env.DATABASE_OWNER_URL && env.DATABASE_OWNER_URL !== '' ? env.DATABASE_OWNER_URL : null,
    dataDir,
    logLevel: env.LOG_LEVEL ?? 'info',
    maxBodyBytes: intFrom(env, 'STRATA_MAX_BODY_BYTES', 10 * 1024 * 1024),
    secureCookies: booleanFrom(env, 'STRATA_SECURE_COOKIES', env.NODE_ENV === 'production'),
    zonesFile: env.STRATA_ZONES_FILE ?? null,
    smtpUrl: env.SMTP_URL && env.SMTP_URL !== '' ? env.SMTP_URL : null,
    mailFrom: env.STRATA_MAIL_FROM && env.STRATA_MAIL_FROM !== '' ? env.STRATA_MAIL_FROM : 'strata@localhost',
    responseCacheBytes: intFrom(env, 'STRATA_RESPONSE_CACHE_MB', 128) * 1024 * 1024,
    aisUploadBytes: intFrom(env, 'STRATA_AIS_UPLOAD_MB', 200) * 1024 * 1024,
    aisJobsPerUser: intFrom(env, 'STRATA_AIS_JOBS_PER_USER', 2),
    publicUrl: env.STRATA_PUBLIC_URL ? env.STRATA_PUBLIC_URL.replace(/\/+$/, '') : null,
  };
}
