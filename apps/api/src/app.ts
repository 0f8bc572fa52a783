import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import cookieParser from 'cookie-parser';
import express, { type Express } from 'express';
import helmet from 'helmet';
import type { AppConfig } from './config';
import { buildContext, type Context } from './context';
import type { Database } from './db/database';
import { migrationState } from './db/migrations';
import { buildOverblikSchema } from './schema/build-schema';
import { landscapeVersion } from './modules/landscape/landscape.service';
import { boardVersion } from './modules/portfolio/board-version';
import { jointTenderVersion } from './modules/tender/joint-tender-version';
import { benefitDashboardVersion } from './modules/benefit/benefit-dashboard-version';
import { formatError, localiseErrors } from './shared/format-error';
import { ReadModelCache } from './shared/read-model-cache';
import { responseCache } from './shared/response-cache';
import { rejectCrossOrigin } from './shared/same-origin';
import { e2eFixturesRouter } from './seed/e2e-fixtures.route';
import { jsonErrors } from './shared/http-errors';
import { createLogger, type Logger } from './shared/logger';
import { RequestLog } from './shared/request-log';
import { requestId } from './shared/request-id';
import { operationBulkhead } from './shared/operation-bulkhead';
import { RETRY_AFTER_SECONDS } from './shared/database-errors';
import { pickLocale, translate } from './shared/messages';
import { identifyViewer, requestLimit } from './shared/rate-limits';
import { refuseControlCharacters } from './shared/control-characters';

export interface App {
  express: Express;
  /** Graceful shutdown, first step: every new request is refused with 503 and `Connection: close`. */
  drain(): void;
  stop(): Promise<void>;
}

/**
 * Builds the Express app: /healthz (alive), /readyz (database answers, migrations applied),
 * /graphql and, when built, the web app on the same port.
 */
export async function createApp(
  config: AppConfig,
  db: Database,
  options: { logger?: Logger } = {},
): Promise<App> {
  const log = new RequestLog(
    options.logger ?? createLogger({ production: config.production }),
    config.production,
  );
  let draining = false;
  const armor = new ApolloArmor({
    maxDepth: { n: 12 },
    maxAliases: { n: 15 },
    costLimit: { maxCost: 50_000 },
    maxDirectives: { n: 20 },
    // Tokens are counted by graphql-js's parser (parseOptions below): armor's token check runs before
    // Apollo's request pipeline, where no plugin can localise its refusal.
    maxTokens: { enabled: false },
  });
  const protection = armor.protect();
  const readModels = new ReadModelCache();
  const server = new ApolloServer<Context>({
    schema: await buildOverblikSchema(),
    formatError,
    parseOptions: { maxTokens: 5_000 },
    introspection: !config.production,
    // Apollo's CSRF prevention stays on (the default): simple cross-site requests are refused.
    csrfPrevention: true,
    // main.ts shuts down gracefully (drain, finish in-flight requests, close the pool); Apollo's own
    // signal handler would stop the server and re-raise SIGTERM in the middle of that.
    stopOnTerminationSignals: false,
    ...protection,
    plugins: [
      ...protection.plugins,
      refuseControlCharacters,
      localiseErrors,
      log.plugin(),
      responseCache({
        landscapeGraph: landscapeVersion,
        portfolioBoard: boardVersion,
        benefitDashboard: benefitDashboardVersion,
        jointTenderCandidates: jointTenderVersion,
      }),
      ...(config.production ? [ApolloServerPluginLandingPageDisabled()] : []),
    ],
  });
  await server.start();

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', config.trustProxy);
  app.use(requestId);
  app.use((req, res, next) => {
    if (!draining) return next();
    const locale = pickLocale(req.header('x-overblik-locale') ?? req.header('accept-language') ?? undefined);
    res.setHeader('Connection', 'close');
    res.setHeader('Retry-After', String(RETRY_AFTER_SECONDS.unavailable));
    res.status(503).json({
      errors: [{ message: translate(locale, 'error.shuttingDown'), extensions: { code: 'SHUTTING_DOWN' } }],
    });
  });
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          'script-src': ["'self'"],
          'style-src': ["'self'", "'unsafe-inline'"],
          'img-src': ["'self'", 'data:', 'blob:'],
          'worker-src': ["'self'", 'blob:'],
        },
      },
    }),
  );

  // Liveness: the process answers. No database: a busy or absent database must not get a healthy
  // process restarted by its supervisor.
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  // Readiness: the database answers and every migration is applied, checked on the probe connection
  // (db/database.ts) so it never queues behind business queries.
  app.get('/readyz', async (_req, res) => {
    try {
      const migrations = await migrationState(db.probe);
      res.status(migrations.pending.length ? 503 : 200).json({
        status: migrations.pending.length ? 'migrating' : 'ready',
        database: db.kind,
        migrations: { applied: migrations.applied.length, pending: migrations.pending },
      });
    } catch {
      res.setHeader('Retry-After', String(RETRY_AFTER_SECONDS.unavailable));
      res.status(503).json({ status: 'unavailable', database: db.kind });
    }
  });

  app.use(
    '/graphql',
    cookieParser(),
    identifyViewer(db.prisma),
    requestLimit(config.rateLimitPerMinute),
    rejectCrossOrigin,
    express.json({ limit: '1mb' }),
    // PostgreSQL only: PGlite is one in-process connection, which no pool share can protect.
    ...(db.kind === 'postgresql'
      ? [
          operationBulkhead(
            Math.max(1, Math.floor(config.database.poolMax / 2)),
            config.database.poolAcquireTimeoutMs,
            log,
          ),
        ]
      : []),
    expressMiddleware(server, {
      context: ({ req, res }) =>
        buildContext(db, req, res, {
          sessionTtlHours: config.sessionTtlHours,
          secureCookies: config.production,
          readModels,
          smtpUrl: config.smtpUrl,
          publicUrl: config.publicUrl,
        }),
    }),
  );

  if (config.e2eFixtures) app.use('/e2e', rejectCrossOrigin, e2eFixturesRouter(db, config.publicUrl));

  // The built web app, looked up per request rather than once at start: the e2e server builds it
  // while the API starts, and without a build (development, where Vite serves the app) every
  // other path falls through to a plain 404.
  app.use(express.static(config.webDist, { index: false, maxAge: '1h' }));
  // Client-side routes: every other GET gets the app shell; the web app renders its own 404.
  app.get(/^\/(?!graphql|healthz|readyz).*/, (_req, res, next) =>
    res.sendFile('index.html', { root: config.webDist }, (err) => {
      if (err && !res.headersSent) next();
    }),
  );

  app.use(jsonErrors(log));

  return {
    express: app,
    drain: () => {
      draining = true;
    },
    stop: () => server.stop(),
  };
}
