import path from 'node:path';

/** Process configuration, read once from the environment. */
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
  /**
   * OVERBLIK_SECRET_KEY: the key identity-provider secrets are encrypted with (shared/secret-box.ts).
   * Null when unset: a development key is used outside production; production refuses to store a secret.
   */
  secretKey: string | null;
}

function trustProxy(value: string | undefined): boolean | number | string {
  if (!value) return 'loopback';
  if (value === 'true' || value === 'false') return value === 'true';
  return /^\d+$/.test(value) ? Number(value) : value;
}

export const REPO_ROOT = path.resolve(__dirname, '../../..');

export function readConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const port = Number(env.PORT ?? 4000);
  const production = env.NODE_ENV === 'production';
  const e2eFixtures = env.OVERBLIK_E2E_FIXTURES === '1';
  return {
    port,
    databaseUrl: env.DATABASE_URL || null,
    dataDir: path.resolve(REPO_ROOT, env.OVERBLIK_DATA_DIR ?? '.data/pglite'),
    production,
    sessionTtlHours: Number(env.SESSION_TTL_HOURS ?? 12),
    webDist: path.resolve(REPO_ROOT, env.OVERBLIK_WEB_DIST ?? 'apps/web/dist'),
    smtpUrl: env.SMTP_URL || null,
    publicUrl: (env.PUBLIC_URL || `http://localhost:${port}`).replace(/\/+$/, ''),
    demo: env.OVERBLIK_DEMO !== 'off' && (!production || e2eFixtures),
    e2eFixtures,
    rateLimitPerMinute: Number(env.RATE_LIMIT_PER_MINUTE ?? 1_200),
    trustProxy: trustProxy(env.TRUST_PROXY),
    secretKey: env.OVERBLIK_SECRET_KEY || null,
  };
}
