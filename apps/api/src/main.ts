import 'reflect-metadata';
import { mkdirSync } from 'node:fs';
import { createApp } from './app';
import { readConfig } from './config';
import { openDatabase } from './db/database';
import { runMigrations } from './db/migrations';
import { scheduleContractAlerts } from './modules/notification/contract-alert.schedule';
import { DEMO_PASSWORD, seedDemoIfEmpty } from './seed/demo-seed';

/** Bootstrap only: open the database, migrate, seed demo data on first start, listen. */
async function main() {
  const config = readConfig();
  if (!config.databaseUrl) mkdirSync(config.dataDir, { recursive: true });
  const db = await openDatabase(
    config.databaseUrl ? { url: config.databaseUrl } : { dataDir: config.dataDir },
  );
  const applied = await runMigrations(db.sql);
  if (applied.length) console.log(`Migrations applied: ${applied.join(', ')}`);
  const demoUsers = await seedDemoIfEmpty(db);

  const app = await createApp(config, db);
  const stopAlerts = scheduleContractAlerts(db, config.smtpUrl);
  const server = app.express.listen(config.port, () => {
    const where = db.kind === 'pglite' ? `PGlite in ${config.dataDir}` : 'PostgreSQL (DATABASE_URL)';
    console.log(`\nOverblik kører på http://localhost:${config.port}  (database: ${where})`);
    if (demoUsers.length) {
      console.log(`\nDemo-brugere (adgangskode for alle: ${DEMO_PASSWORD}):`);
      for (const u of demoUsers) console.log(`  ${u.email.padEnd(36)} ${u.description}`);
    }
  });

  const shutdown = async () => {
    stopAlerts();
    server.close();
    await app.stop();
    await db.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown());
  process.once('SIGTERM', () => void shutdown());
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
