import 'reflect-metadata';
import { mkdirSync } from 'node:fs';
import { createApp } from './app';
import { handoffPath, runningServer } from './backup/backup-handoff';
import { startBackupListener } from './backup/backup-listener';
import { ConfigError, readConfig } from './config';
import { openDatabase, ping } from './db/database';
import { scheduleAccountPurge } from './modules/account/account-purge.schedule';
import { scheduleKitosSync } from './modules/import/kitos-sync.schedule';
import { scheduleContractAlerts } from './modules/notification/contract-alert.schedule';
import { DEMO_PASSWORD } from './seed/demo-seed';
import { scheduleIdempotencyPurge } from './shared/idempotency';
import { effectiveSecretKey, secretBox } from './shared/secret-box';
import { createLogger } from './shared/logger';
import { prepareDatabase, StartRefused } from './start/start-mode';
import { keepConnectionsAlive } from './start/keep-alive';
import { waitForDatabase } from './start/wait-for-database';

/**
 * Bootstrap only: validate the configuration, wait for the database, prepare it for the start mode
 * (start/start-mode.ts), listen; on SIGTERM/SIGINT shut down gracefully (ADR 0030).
 */
async function main() {
  const config = readConfig();
  const logger = createLogger({ production: config.production });
  if (!config.databaseUrl) {
    // Two processes on one embedded folder would corrupt it.
    const owner = runningServer(config.dataDir);
    if (owner) {
      throw new StartRefused(
        `Another Overblik server (process ${owner.pid}) runs on ${config.dataDir}. ` +
          `If none does, delete ${handoffPath(config.dataDir)} and start again.`,
      );
    }
    mkdirSync(config.dataDir, { recursive: true });
  }
  const db = await openDatabase(
    config.databaseUrl ? { url: config.databaseUrl } : { dataDir: config.dataDir },
    { limits: config.database },
  );
  const prepared = await waitForDatabase(() => ping(db.sql), {
    waitSeconds: config.startWaitSeconds,
    logger,
  })
    .then(() => prepareDatabase(db, config))
    .catch(async (error: unknown) => {
      await db.close();
      throw error;
    });
  if (prepared.migrations.length) logger.info({ migrations: prepared.migrations }, 'migrations applied');
  const { demoUsers } = prepared;

  const app = await createApp(config, db, { logger });
  const stopAlerts = scheduleContractAlerts(db, config.smtpUrl, logger);
  const stopPurge = scheduleAccountPurge(db, logger);
  const stopKeyPurge = scheduleIdempotencyPurge(db, logger);
  const stopKitos = scheduleKitosSync(
    db,
    secretBox(effectiveSecretKey(config.secretKey, config.production)),
    logger,
  );
  // The embedded database can be backed up only through the process that owns it (ADR 0040).
  const stopBackups = db.snapshot ? await startBackupListener(db, config.dataDir, logger) : null;
  const server = app.express.listen(config.port, () => {
    const where = db.kind === 'pglite' ? `PGlite in ${config.dataDir}` : 'PostgreSQL (DATABASE_URL)';
    const address = server.address();
    logger.info(
      { port: typeof address === 'object' ? address?.port : config.port, database: db.kind },
      'listening',
    );
    // The welcome is for the person who typed `pnpm start`, not for a log collector.
    if (config.production) return;
    console.log(`\nOverblik kører på http://localhost:${config.port}  (database: ${where})`);
    if (demoUsers.length) {
      console.log(`\nDemo-brugere (adgangskode for alle: ${DEMO_PASSWORD}):`);
      for (const u of demoUsers) console.log(`  ${u.email.padEnd(36)} ${u.description}`);
    } else if (!config.demo) {
      console.log(
        'Demo-data er slået fra (OVERBLIK_DEMO=off). Opret første organisation: pnpm overblik init',
      );
    }
  });
  keepConnectionsAlive(server, config.keepAliveSeconds);

  // Graceful: refuse new work (new connections are not accepted, requests on kept-alive ones get
  // 503 + Connection: close), let in-flight requests finish within the grace period, then stop
  // the schedules, Apollo and the pool.
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    app.drain();
    stopAlerts();
    stopPurge();
    stopKeyPurge();
    stopKitos();
    await stopBackups?.();
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    // A kept-alive connection becomes idle when its last response is sent; close each as it does.
    const idle = setInterval(() => server.closeIdleConnections(), 100);
    const grace = setTimeout(() => server.closeAllConnections(), config.shutdownGraceSeconds * 1000);
    await closed;
    clearInterval(idle);
    clearTimeout(grace);
    await app.stop();
    await db.close();
    logger.info('stopped');
    logger.flush(() => process.exit(0));
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  // A refused start or an invalid configuration is a message for the operator, not a stack trace.
  console.error(error instanceof StartRefused || error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
