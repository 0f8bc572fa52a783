import { mkdirSync } from 'node:fs';
import type { AppConfig } from '../config';
import { openDatabase, type Database } from '../db/database';
import { runMigrations } from '../db/migrations';

/** Opens and migrates the database the way the server does (DATABASE_URL, else PGlite in OVERBLIK_DATA_DIR). */
export async function openMigratedDatabase(config: AppConfig): Promise<Database> {
  if (!config.databaseUrl) mkdirSync(config.dataDir, { recursive: true });
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
