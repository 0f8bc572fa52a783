import { existsSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { DatabaseLimits } from './db/database';

/** Process configuration, read once from the environment and validated (ADR 0030). */
export interface AppConfig {
  port: number;
  /** Real PostgreSQL when set; otherwise the embedded PGlite database under `dataDir`. */
  databaseUrl: string | null;
  dataDir: string;
  production: boolean;
  sessionTtlHours: number;
  /** Folder with the built web app, served on the same port in production. */
  webDist: string;
  smtpUrl: string | null;
  /** Where people open the app; one-time links in e-mails and the init command start with it. */
  publicUrl: string;
  /**
   * Seed the demo into an empty database. On unless OVERBLIK_DEMO=off; never in production, where
   * an empty database stays empty until `pnpm overblik init`. The one exception is the browser
   * journeys' test-only server (OVERBLIK_E2E_FIXTURES=1), whose worlds copy the demo (ADR 0016).
   */
  demo: boolean;
  /** Test-only world seeding for the browser journeys (OVERBLIK_E2E_FIXTURES=1; ADR 0016). */
  e2eFixtures: boolean;
  /** GraphQL requests per minute per signed-in session, or per address when anonymous (RATE_LIMIT_PER_MINUTE). */
  rateLimitPerMinute: number;
  /**
   * Express's `trust proxy` (TRUST_PROXY): which proxies' X-Forwarded-For gives the client's address.
   * Default `loopback`, a proxy on the same machine; a hop count (`1`), addresses or subnets
   * (`10.0.0.1, 10.0.0.0/8`), or `true` behind any proxy.
   */
  trustProxy: boolean | number | string;
  /** Bytes the whole-response cache may hold (RESPONSE_CACHE_MB, default 128; ADR 0031). */
  responseCacheBytes: number;
  /**
   * OVERBLIK_SECRET_KEY: the key identity-provider secrets are encrypted with (shared/secret-box.ts).
   * Null when unset: a development key is used outside production; production refuses to store a secret.
   */
  secretKey: string | null;
  /** Timeouts and pool size on PostgreSQL (db/database.ts; DB_* variables, PG_POOL_MAX). */
  database: DatabaseLimits;
  /** How long a start waits, retrying with backoff, for a database that does not answer (DB_START_WAIT_SECONDS). */
  startWaitSeconds: number;
  /** On SIGTERM, how long in-flight requests may take to finish before the process exits anyway (SHUTDOWN_GRACE_SECONDS). */
  shutdownGraceSeconds: number;
  /**
   * How long an idle kept-alive connection stays open (HTTP_KEEP_ALIVE_SECONDS, default 65). Longer
   * than a load balancer's or client's idle timeout, so the server is never the one closing a socket
   * the other side is about to reuse (that race answers the reused request with ECONNRESET).
   */
  keepAliveSeconds: number;
}

/** A start with a configuration that cannot work; the message names every variable at fault. */
export class ConfigError extends Error {}

/** The repository root, found from this file whether it runs as source (tsx) or compiled (apps/api/dist). */
function findRepoRoot(from: string): string {
  let dir = from;
  while (!existsSync(path.join(dir, 'pnpm-workspace.yaml'))) {
    const parent = path.dirname(dir);
    if (parent === dir) return path.resolve(from, '../../..');
    dir = parent;
  }
  return dir;
}

export const REPO_ROOT = findRepoRoot(__dirname);

const unset = (v: string | undefined) => v === undefined || v.trim() === '';

function wholeNumber(min: number, max: number, fallback: number) {
  return z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (unset(v)) return fallback;
      const n = Number(v);
      if (Number.isInteger(n) && n >= min && n <= max) return n;
      ctx.addIssue({ code: 'custom', message: `must be a whole number from ${min} to ${max}, got "${v}"` });
      return z.NEVER;
    });
}

function url(protocols: string[], example: string) {
  return z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (unset(v)) return null;
      let parsed: URL | null = null;
      try {
        parsed = new URL(v!);
      } catch {
        // reported below
      }
      if (parsed && protocols.includes(parsed.protocol)) return v!;
      // The value is not echoed: a database or SMTP URL may carry a password.
      ctx.addIssue({ code: 'custom', message: `must be a URL like ${example}` });
      return z.NEVER;
    });
}

const flag = (allowed: string[]) =>
  z
    .string()
    .optional()
    .refine((v) => unset(v) || allowed.includes(v!), { message: `must be one of: ${allowed.join(', ')}` });

const ENV = z.object({
  PORT: wholeNumber(0, 65_535, 4000),
  DATABASE_URL: url(['postgres:', 'postgresql:'], 'postgresql://user:password@host:5432/overblik'),
  OVERBLIK_DATA_DIR: z.string().optional(),
  NODE_ENV: z.string().optional(),
  SESSION_TTL_HOURS: wholeNumber(1, 24 * 365, 12),
  OVERBLIK_WEB_DIST: z.string().optional(),
  SMTP_URL: url(['smtp:', 'smtps:'], 'smtp://user:password@mail.example.dk:587'),
  PUBLIC_URL: url(['http:', 'https:'], 'https://overblik.example.dk'),
  OVERBLIK_DEMO: flag(['on', 'off']),
  OVERBLIK_E2E_FIXTURES: z.string().optional(),
  RATE_LIMIT_PER_MINUTE: wholeNumber(1, 10_000_000, 1_200),
  TRUST_PROXY: z.string().optional(),
  PG_POOL_MAX: wholeNumber(1, 1_000, 10),
  DB_STATEMENT_TIMEOUT_MS: wholeNumber(100, 3_600_000, 10_000),
  DB_LOCK_TIMEOUT_MS: wholeNumber(100, 3_600_000, 5_000),
  DB_POOL_ACQUIRE_TIMEOUT_MS: wholeNumber(100, 600_000, 5_000),
  DB_TRANSACTION_MAX_WAIT_MS: wholeNumber(100, 600_000, 5_000),
  DB_TRANSACTION_TIMEOUT_MS: wholeNumber(100, 3_600_000, 15_000),
  DB_START_WAIT_SECONDS: wholeNumber(0, 86_400, 60),
  PGLITE_SHARED_BUFFERS_MB: wholeNumber(1, 16_384, 32),
  SHUTDOWN_GRACE_SECONDS: wholeNumber(0, 3_600, 25),
  HTTP_KEEP_ALIVE_SECONDS: wholeNumber(1, 3_600, 65),
  RESPONSE_CACHE_MB: wholeNumber(1, 65_536, 128),
  OVERBLIK_SECRET_KEY: z.string().optional(),
  LOG_LEVEL: flag(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']),
});

function trustProxy(value: string | undefined): boolean | number | string {
  if (!value) return 'loopback';
  if (value === 'true' || value === 'false') return value === 'true';
  return /^\d+$/.test(value) ? Number(value) : value;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = ENV.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Overblik cannot start: the configuration is invalid.\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const production = e.NODE_ENV === 'production';
  const e2eFixtures = e.OVERBLIK_E2E_FIXTURES === '1';
  const database: DatabaseLimits = {
    statementTimeoutMs: e.DB_STATEMENT_TIMEOUT_MS,
    lockTimeoutMs: e.DB_LOCK_TIMEOUT_MS,
    poolMax: e.PG_POOL_MAX,
    poolAcquireTimeoutMs: e.DB_POOL_ACQUIRE_TIMEOUT_MS,
    transactionMaxWaitMs: e.DB_TRANSACTION_MAX_WAIT_MS,
    transactionTimeoutMs: e.DB_TRANSACTION_TIMEOUT_MS,
    pgliteSharedBuffersMb: e.PGLITE_SHARED_BUFFERS_MB,
  };
  if (database.lockTimeoutMs > database.statementTimeoutMs) {
    throw new ConfigError(
      'Overblik cannot start: the configuration is invalid.\n' +
        `  DB_LOCK_TIMEOUT_MS: must not exceed DB_STATEMENT_TIMEOUT_MS (${database.statementTimeoutMs}), got "${database.lockTimeoutMs}"`,
    );
  }
  return {
    port: e.PORT,
    databaseUrl: e.DATABASE_URL,
    dataDir: path.resolve(REPO_ROOT, e.OVERBLIK_DATA_DIR ?? '.data/pglite'),
    production,
    sessionTtlHours: e.SESSION_TTL_HOURS,
    webDist: path.resolve(REPO_ROOT, e.OVERBLIK_WEB_DIST ?? 'apps/web/dist'),
    smtpUrl: e.SMTP_URL,
    publicUrl: (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/+$/, ''),
    demo: e.OVERBLIK_DEMO !== 'off' && (!production || e2eFixtures),
    e2eFixtures,
    responseCacheBytes: e.RESPONSE_CACHE_MB * 1024 * 1024,
    secretKey: unset(e.OVERBLIK_SECRET_KEY) ? null : e.OVERBLIK_SECRET_KEY!,
    rateLimitPerMinute: e.RATE_LIMIT_PER_MINUTE,
    trustProxy: trustProxy(e.TRUST_PROXY),
    database,
    startWaitSeconds: e.DB_START_WAIT_SECONDS,
    shutdownGraceSeconds: e.SHUTDOWN_GRACE_SECONDS,
    keepAliveSeconds: e.HTTP_KEEP_ALIVE_SECONDS,
  };
}
