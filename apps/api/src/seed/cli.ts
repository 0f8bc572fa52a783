import { mkdirSync } from 'node:fs';
import { readConfig } from '../config';
import { openDatabase } from '../db/database';
import { runMigrations } from '../db/migrations';
import { DEMO_PASSWORD, DEMO_USERS, seedDemo } from './demo-seed';
import type { SeedCounts } from './seed-writer';
import { seedProfile } from './synthetic-generator';

/**
 * `tsx src/seed/cli.ts --profile demo|large|national [--reset]`
 * Opens the database the way the server does (DATABASE_URL → PostgreSQL, otherwise PGlite in
 * OVERBLIK_DATA_DIR), migrates, and seeds one profile into it. Seeding needs an empty database;
 * `--reset` drops the whole public schema first (all data, including other profiles).
 */
const PROFILES = ['demo', 'large', 'national'] as const;
type Profile = (typeof PROFILES)[number];

function parseArgs(argv: string[]): { profile: Profile; reset: boolean } {
  const i = argv.indexOf('--profile');
  const profile = (i >= 0 ? argv[i + 1] : 'demo') as Profile;
  if (!PROFILES.includes(profile)) {
    throw new Error(`Unknown profile "${profile}"; use --profile ${PROFILES.join('|')} [--reset]`);
  }
  return { profile, reset: argv.includes('--reset') };
}

function printCounts(counts: SeedCounts, elapsedMs: number) {
  const entries = Object.entries(counts).filter(([, n]) => n);
  const width = Math.max(...entries.map(([t]) => t.length));
  for (const [table, n] of entries) console.log(`  ${table.padEnd(width)}  ${String(n).padStart(8)}`);
  const total = entries.reduce((sum, [, n]) => sum + (n ?? 0), 0);
  console.log(`  ${'rows in total'.padEnd(width)}  ${String(total).padStart(8)}`);
  console.log(`Seeded in ${(elapsedMs / 1000).toFixed(1)} s`);
}

async function main() {
  const { profile, reset } = parseArgs(process.argv.slice(2));
  const config = readConfig();
  if (!config.databaseUrl) mkdirSync(config.dataDir, { recursive: true });
  const db = await openDatabase(
    config.databaseUrl ? { url: config.databaseUrl } : { dataDir: config.dataDir },
  );
  try {
    console.log(
      `Database: ${db.kind === 'pglite' ? `PGlite in ${config.dataDir}` : 'PostgreSQL (DATABASE_URL)'}`,
    );
    if (reset) {
      console.log('Dropping all data (--reset)…');
      await db.sql.exec('DROP SCHEMA public CASCADE; CREATE SCHEMA public;');
    }
    await runMigrations(db.sql);
    if ((await db.prisma.organisation.count()) > 0) {
      throw new Error('The database already holds organisations; run again with --reset to replace them.');
    }
    console.log(`Seeding profile "${profile}"…`);
    if (profile === 'demo') {
      const started = Date.now();
      const counts = await seedDemo(db);
      printCounts(counts, Date.now() - started);
      console.log(`\nDemo-brugere (adgangskode for alle: ${DEMO_PASSWORD}):`);
      for (const u of DEMO_USERS) console.log(`  ${u.email.padEnd(36)} ${u.description}`);
    } else {
      const summary = await seedProfile(db, profile);
      console.log(`  organisations: ${summary.organisations}`);
      printCounts(summary.counts, summary.elapsedMs);
      console.log(`\nBench-bruger: bench@<slug>.dk (adgangskode: ${DEMO_PASSWORD})`);
    }
  } finally {
    await db.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
