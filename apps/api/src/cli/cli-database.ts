import { mkdirSync } from 'node:fs';
import { runningServer } from '../backup/backup-handoff';
import type { AppConfig } from '../config';
import { openDatabase, type Database } from '../db/database';
import { runMigrations } from '../db/migrations';
import { CliUsageError } from './cli-args';

/** Opens and migrates the database the way the server does (DATABASE_URL, else PGlite in OVERBLIK_DATA_DIR). */
export async function openMigratedDatabase(config: AppConfig): Promise<Database> {
  if (!config.databaseUrl) {
    // The embedded folder is one process's; opening it beside the running server would corrupt it.
    const server = runningServer(config.dataDir);
    if (server) {
      throw new CliUsageError(
        `The Overblik server (process ${server.pid}) has ${config.dataDir} open. Stop it, then run the command again ` +
          '(a backup, `pnpm overblik backup`, works while it runs).',
        '',
      );
    }
    mkdirSync(config.dataDir, { recursive: true });
  }
  const db = await openDatabase(
    config.databaseUrl ? { url: config.databaseUrl } : { dataDir: config.dataDir },
  );
  try {
    await runMigrations(db.sql);
  } catch (error) {
    await db.close();
    throw error;
  }
  return db;
}
