import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import cookieParser from 'cookie-parser';
import express, {
  type Express,
  type NextFunction,
  type Request,
  type RequestHandler,
  type Response,
} from 'express';
import helmet from 'helmet';
import type { AppConfig } from './config';
import { buildContext, type Context } from './context';
import type { Database } from './db/database';
import { migrationState } from './db/migrations';
import { buildOverblikSchema } from './schema/build-schema';
import { landscapeVersion } from './modules/landscape/landscape.service';
import { boardVersion } from './modules/portfolio/board-version';
import { jointTenderVersion } from './modules/tender/joint-tender-version';
import { contractList } from './modules/contract/contract-list-version';
import { benefitDashboardVersion } from './modules/benefit/benefit-dashboard-version';
import { formatError, localiseErrors } from './shared/format-error';
import { ReadModelCache } from './shared/read-model-cache';
import { ResponseCache } from './shared/response-cache';
import { idempotency } from './shared/idempotency';
import { rejectCrossOrigin } from './shared/same-origin';
import { e2eFixturesRouter } from './seed/e2e-fixtures.route';
import { samlRouter } from './modules/single-sign-on/saml.routes';
import { jsonErrors } from './shared/http-errors';
import { bearerSkipsCsrf, identifyViewer, refuseBadToken, requestLimit } from './shared/rate-limits';
import { signInThrottle } from './modules/auth/sign-in-throttle';
import { createLogger, type Logger } from './shared/logger';
import { RequestLog } from './shared/request-log';
import { requestId } from './shared/request-id';
import { operationBulkhead } from './shared/operation-bulkhead';
import { RETRY_AFTER_SECONDS } from './shared/database-errors';
import { pickLocale, translate } from './shared/messages';
import { refuseControlCharacters } from './shared/control-characters';
import { effectiveSecretKey, secretBox } from './shared/secret-box';
import { oidcRouter } from './modules/single-sign-on/oidc/oidc.routes';
import {
  IMPORT_BODY_BYTES,
  IMPORT_PATH,
  onlyImportOperations,
  refuseOversizedUpload,
} from './modules/import/import-route';
import { IMPORT_TEMPLATE_PATH, importTemplateRouter } from './modules/import/generic-import-template.route';
import { organisationExportRouter } from './modules/organisation-export/organisation-export.routes';

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
  const throttle = signInThrottle(db.sql);
  const responses = new ResponseCache(config.responseCacheBytes);
  const secrets = secretBox(effectiveSecretKey(config.secretKey, config.production));
  const server = new ApolloServer<Context>({
    schema: await buildOverblikSchema(),
    formatError,
    parseOptions: { maxTokens: 5_000 },
    stringifyResult: responses.stringify,
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
      idempotency,
      log.plugin(),
      responses.plugin({
        landscapeGraph: landscapeVersion,
        portfolioBoard: boardVersion,
        benefitDashboard: benefitDashboardVersion,
        jointTenderCandidates: jointTenderVersion,
        contracts: contractList,
      }),
      // After the response cache: cache hits and requests waiting for an answer being computed
      // never queue for a turn (shared/operation-bulkhead.ts). PostgreSQL only: PGlite is one
      // in-process connection, which no pool share can protect.
      ...(db.kind === 'postgresql'
        ? [
            operationBulkhead(
              Math.max(1, Math.floor(config.database.poolMax / 2)),
              // A queued request waits at most what is left of the statement timeout after the lock
              // timeout (and a second's margin), so even a queued, then lock-blocked request ends
              // within the statement timeout.
              Math.max(
                100,
                Math.min(
                  config.database.poolAcquireTimeoutMs,
                  config.database.statementTimeoutMs - config.database.lockTimeoutMs - 1_000,
                ),
              ),
            ),
          ]
        : []),
      ...(config.production ? [ApolloServerPluginLandingPageDisabled()] : []),
      // Apollo's cache hints are unused (every answer is private; the response cache is ours), and
      // its plugin hooks every field's resolution: ~85,000 calls for one landscape graph. Answers say
      // no-store themselves (graphqlChain).
      ApolloServerPluginCacheControlDisabled(),
    ],
  });
  await server.start();

  const app = express();
  app.disable('x-powered-by');
  // No ETags: Express would hash every answer (SHA-1 of a 2 MB landscape on each request) for a
  // conditional GET that POST /graphql and the no-store downloads never get.
  app.set('etag', false);
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

  const graphql = expressMiddleware(server, {
    context: ({ req, res }) =>
      buildContext(db, req, res, {
        sessionTtlHours: config.sessionTtlHours,
        secureCookies: config.production,
        readModels,
        smtpUrl: config.smtpUrl,
        publicUrl: config.publicUrl,
        signInThrottle: throttle,
        secretBox: secrets,
      }),
  });
  /** /graphql's chain; `bodyLimit` and `checks` (after the body is read) differ for the import path. */
  const graphqlChain = (bodyLimit: string | number, checks: RequestHandler[] = []) => [
    cookieParser(),
    identifyViewer(db),
    requestLimit(db, config.rateLimitPerMinute),
    refuseBadToken,
    // Cookie requests only: a request with an API token is no browser's (shared/rate-limits.ts).
    (req: Request, res: Response, next: NextFunction) =>
      res.locals.viewer?.apiToken ? next() : rejectCrossOrigin(req, res, next),
    bearerSkipsCsrf,
    // Every answer is one organisation's data for one viewer: no browser or proxy may keep it.
    (_req: Request, res: Response, next: NextFunction) => {
      res.setHeader('Cache-Control', 'no-store');
      next();
    },
    express.json({ limit: bodyLimit }),
    ...checks,
    graphql,
  ];
  app.use('/graphql', ...graphqlChain('1mb'));
  // A KITOS workbook travels base64 in a bigger body, on its own path that takes nothing else.
  app.use(IMPORT_PATH, refuseOversizedUpload, ...graphqlChain(IMPORT_BODY_BYTES, [onlyImportOperations]));

  // Sign-in through an identity provider: anonymous requests, limited per address like every sign-in.
  app.use('/auth', cookieParser(), identifyViewer(db), requestLimit(db, config.rateLimitPerMinute));
  app.use(
    '/auth/oidc',
    oidcRouter({
      prisma: db.prisma,
      secretBox: secrets,
      publicUrl: config.publicUrl,
      sessionTtlHours: config.sessionTtlHours,
      secureCookies: config.production,
    }),
  );

  // SAML 2.0 service provider endpoints per provider (ADR 0028): metadata, start, assertion consumer.
  app.use(
    '/auth/saml',
    samlRouter(db, {
      secretBox: secrets,
      publicUrl: config.publicUrl,
      secureCookies: config.production,
      sessionTtlHours: config.sessionTtlHours,
    }),
  );

  // The generic import's templates (ADR 0042): header rows only, so no session is needed.
  app.use(IMPORT_TEMPLATE_PATH, requestLimit(db, config.rateLimitPerMinute), importTemplateRouter());

  // Whole-organisation export and restore (ADR 0032): files, so beside /graphql with their own size limit.
  app.use(
    '/transfer',
    cookieParser(),
    identifyViewer(db),
    requestLimit(db, config.rateLimitPerMinute),
    refuseBadToken,
    rejectCrossOrigin,
    organisationExportRouter(db),
  );

  if (config.e2eFixtures) app.use('/e2e', rejectCrossOrigin, e2eFixturesRouter(db, config.publicUrl));

  // The built web app, looked up per request rather than once at start: the e2e server builds it
  // while the API starts, and without a build (development, where Vite serves the app) every
  // other path falls through to a plain 404.
  app.use(express.static(config.webDist, { index: false, maxAge: '1h' }));
  // Client-side routes: every other GET gets the app shell; the web app renders its own 404.
  app.get(/^\/(?!graphql|healthz|readyz|transfer).*/, (_req, res, next) =>
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
