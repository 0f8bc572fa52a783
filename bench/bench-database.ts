import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { REPO_ROOT } from '../apps/api/src/config';
import { openDatabase, type Database } from '../apps/api/src/db/database';
import { runMigrations } from '../apps/api/src/db/migrations';
import { seedProfile } from '../apps/api/src/seed/synthetic-generator';

export type BenchDb = 'pglite' | 'postgresql';
export type Profile = 'large' | 'national';

const PG_URL = process.env.DATABASE_URL || 'postgresql://postgres@127.0.0.1:5432/test';

/**
 * A seeded database per profile and kind, kept between runs (seeding `national` takes minutes):
 * PGlite under .data/bench-<profile>, PostgreSQL database overblik_bench_<profile>.
 */
export async function benchDatabase(kind: BenchDb, profile: Profile): Promise<Database> {
  if (kind === 'pglite') {
    const dir = path.join(REPO_ROOT, '.data', `bench-${profile}`);
    const fresh = !existsSync(dir);
    mkdirSync(dir, { recursive: true });
    const db = await openDatabase({ dataDir: dir });
    await prepare(db, profile, fresh);
    return db;
  }
  const name = `overblik_bench_${profile}`;
  const admin = new pg.Client({ connectionString: PG_URL });
  await admin.connect();
  const exists = (await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])).rowCount;
  if (!exists) await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const db = await openDatabase({ url: benchDatabaseUrl(profile) });
  await prepare(db, profile, !exists);
  return db;
}

/** The PostgreSQL URL of a profile's bench database (for an API started in another process). */
export function benchDatabaseUrl(profile: Profile): string {
  const url = new URL(PG_URL);
  url.pathname = `/overblik_bench_${profile}`;
  return url.toString();
}

async function prepare(db: Database, profile: Profile, fresh: boolean) {
  await runMigrations(db.sql);
  const organisations = fresh ? 0 : await db.prisma.organisation.count();
  if (organisations === 0) {
    console.log(`Seeding the ${profile} profile on ${db.kind} (once)…`);
    const summary = await seedProfile(db, profile);
    console.log(`  seeded in ${Math.round(summary.elapsedMs / 1000)} s`);
  }
  // Fresh statistics before every run (seeding analyses too, but a store seeded by an older version
  // or changed by earlier runs may not have them), so runs compare like with like.
  await db.sql.exec('ANALYZE');
}
