import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { openDatabase, type Database } from '../src/db/database';
import { runMigrations } from '../src/db/migrations';

/**
 * A fresh, migrated database for one test file: in-memory PGlite by default, or a new database
 * on the PostgreSQL server in DATABASE_URL (created here and dropped on close).
 */
export async function freshDatabase(): Promise<Database> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    const db = await openDatabase({ dataDir: null }, { countQueries: true });
    await runMigrations(db.sql);
    return db;
  }
  const target = await postgresDatabase(url);
  const db = await openDatabase({ url: target.url }, { countQueries: true });
  await runMigrations(db.sql);
  return {
    ...db,
    close: async () => {
      await db.close();
      await target.drop();
    },
  };
}

/** A new, empty database on the PostgreSQL server of `serverUrl`; `drop` removes it. */
export async function postgresDatabase(serverUrl: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `overblik_test_${randomUUID().replace(/-/g, '').slice(0, 16)}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const target = new URL(serverUrl);
  target.pathname = `/${name}`;
  return {
    url: target.toString(),
    drop: async () => {
      const cleanup = new pg.Client({ connectionString: serverUrl });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await cleanup.end();
    },
  };
}
