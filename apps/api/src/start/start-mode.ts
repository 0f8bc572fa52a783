import type { AppConfig } from '../config';
import type { Database } from '../db/database';
import { runMigrations } from '../db/migrations';
import { seedDemoIfEmpty, type DemoUser } from '../seed/demo-seed';
import { secretKeyProblem } from '../shared/secret-box';
import { demoPasswordAccounts } from './demo-passwords';
import { startRepository } from './start.repository';

/** A start that must not go on; main prints the message and exits non-zero. */
export class StartRefused extends Error {}

/**
 * Everything between opening the database and listening: migrate; in production refuse to run
 * while any account has the demo password; seed the demo into an empty database only when the
 * configuration allows it (never in production). Returns the demo logins to print, if any.
 */
export async function prepareDatabase(
  db: Database,
  config: Pick<AppConfig, 'production' | 'demo'> & { secretKey?: string | null },
): Promise<{ migrations: string[]; demoUsers: DemoUser[] }> {
  const migrations = await runMigrations(db.sql);
  const keyProblem = secretKeyProblem(
    config.secretKey ?? null,
    config.production,
    await startRepository.storedSecrets(db.prisma),
  );
  if (keyProblem) throw new StartRefused(keyProblem);
  if (config.production) {
    const accounts = await demoPasswordAccounts(db.prisma);
    if (accounts.length) {
      const shown = accounts
        .slice(0, 5)
        .map((a) => a.email)
        .join(', ');
      throw new StartRefused(
        `Overblik will not start in production: ${accounts.length} account(s) have the public demo password ` +
          `(${shown}${accounts.length > 5 ? ', …' : ''}).\n` +
          'Fix: run `pnpm overblik clear-demo-passwords` (removes that password and prints a one-time link per ' +
          'account to choose a new one), or start on an empty database and run `pnpm overblik init`.',
      );
    }
  }
  const demoUsers = config.demo ? await seedDemoIfEmpty(db) : [];
  return { migrations, demoUsers };
}
