import 'reflect-metadata';
import { mkdirSync } from 'node:fs';
import { createApp } from './app';
import { readConfig } from './config';
import { openDatabase } from './db/database';
import { scheduleAccountPurge } from './modules/account/account-purge.schedule';
import { scheduleContractAlerts } from './modules/notification/contract-alert.schedule';
import { DEMO_PASSWORD } from './seed/demo-seed';
import { scheduleIdempotencyPurge } from './shared/idempotency';
import { prepareDatabase, StartRefused } from './start/start-mode';

/** Bootstrap only: open the database, prepare it for the start mode (start/start-mode.ts), listen. */
async function main() {
  const config = readConfig();
  if (!config.databaseUrl) mkdirSync(config.dataDir, { recursive: true });
  const db = await openDatabase(
    config.databaseUrl ? { url: config.databaseUrl } : { dataDir: config.dataDir },
  );
  const prepared = await prepareDatabase(db, config).catch(async (error: unknown) => {
    await db.close();
    throw error;
  });
  if (prepared.migrations.length) console.log(`Migrations applied: ${prepared.migrations.join(', ')}`);
  const { demoUsers } = prepared;

  const app = await createApp(config, db);
  const stopAlerts = scheduleContractAlerts(db, config.smtpUrl);
  const stopPurge = scheduleAccountPurge(db);
  const stopKeyPurge = scheduleIdempotencyPurge(db);
  const server = app.express.listen(config.port, () => {
    const where = db.kind === 'pglite' ? `PGlite in ${config.dataDir}` : 'PostgreSQL (DATABASE_URL)';
    console.log(`\nOverblik kører på http://localhost:${config.port}  (database: ${where})`);
    if (demoUsers.length) {
      console.log(`\nDemo-brugere (adgangskode for alle: ${DEMO_PASSWORD}):`);
      for (const u of demoUsers) console.log(`  ${u.email.padEnd(36)} ${u.description}`);
    } else if (!config.production && !config.demo) {
      console.log(
        'Demo-data er slået fra (OVERBLIK_DEMO=off). Opret første organisation: pnpm overblik init',
      );
    }
  });

  const shutdown = async () => {
    stopAlerts();
    stopPurge();
    stopKeyPurge();
    server.close();
    await app.stop();
    await db.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown());
  process.once('SIGTERM', () => void shutdown());
}

main().catch((error: unknown) => {
  console.error(error instanceof StartRefused ? error.message : error);
  process.exit(1);
});
