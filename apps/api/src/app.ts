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
import { samlRouter } from './modules/single-sign-on/saml.routes';
import { jsonErrors } from './shared/http-errors';
import { identifyViewer, requestLimit } from './shared/rate-limits';
import { refuseControlCharacters } from './shared/control-characters';
import { effectiveSecretKey, secretBox } from './shared/secret-box';
import { oidcRouter } from './modules/single-sign-on/oidc/oidc.routes';

export interface App {
  express: Express;
  stop(): Promise<void>;
}

/** Builds the Express app: /healthz, /graphql and, when built, the web app on the same port. */
export async function createApp(config: AppConfig, db: Database): Promise<App> {
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
  const secrets = secretBox(effectiveSecretKey(config.secretKey, config.production));
  const server = new ApolloServer<Context>({
    schema: await buildOverblikSchema(),
    formatError,
    parseOptions: { maxTokens: 5_000 },
    introspection: !config.production,
    // Apollo's CSRF prevention stays on (the default): simple cross-site requests are refused.
    csrfPrevention: true,
    ...protection,
    plugins: [
      ...protection.plugins,
      refuseControlCharacters,
      localiseErrors,
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

  app.get('/healthz', async (_req, res) => {
    try {
      const migrations = await migrationState(db.sql);
      res.json({ status: migrations.pending.length ? 'migrating' : 'ok', database: db.kind, migrations });
    } catch (error) {
      res.status(503).json({ status: 'error', database: db.kind, message: String(error) });
    }
  });

  app.use(
    '/graphql',
    cookieParser(),
    identifyViewer(db.prisma),
    requestLimit(config.rateLimitPerMinute),
    rejectCrossOrigin,
    express.json({ limit: '1mb' }),
    expressMiddleware(server, {
      context: ({ req, res }) =>
        buildContext(db, req, res, {
          sessionTtlHours: config.sessionTtlHours,
          secureCookies: config.production,
          readModels,
          smtpUrl: config.smtpUrl,
          publicUrl: config.publicUrl,
          secretBox: secrets,
        }),
    }),
  );

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
    cookieParser(),
    identifyViewer(db.prisma),
    requestLimit(config.rateLimitPerMinute),
    samlRouter(db, {
      publicUrl: config.publicUrl,
      secureCookies: config.production,
      sessionTtlHours: config.sessionTtlHours,
    }),
  );

  if (config.e2eFixtures) app.use('/e2e', rejectCrossOrigin, e2eFixturesRouter(db, config.publicUrl));

  // The built web app, looked up per request rather than once at start: the e2e server builds it
  // while the API starts, and without a build (development, where Vite serves the app) every
  // other path falls through to a plain 404.
  app.use(express.static(config.webDist, { index: false, maxAge: '1h' }));
  // Client-side routes: every other GET gets the app shell; the web app renders its own 404.
  app.get(/^\/(?!graphql|healthz).*/, (_req, res, next) =>
    res.sendFile('index.html', { root: config.webDist }, (err) => {
      if (err && !res.headersSent) next();
    }),
  );

  app.use(jsonErrors);

  return { express: app, stop: () => server.stop() };
}
