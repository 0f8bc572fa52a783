import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Umzug, type UmzugStorage } from 'umzug';
import { REPO_ROOT } from '../config';
import type { SqlRunner } from './database';

/**
 * Applies prisma/migrations/<name>/migration.sql in name order, each in its own transaction,
 * recorded in `_overblik_migrations` so a second start applies nothing (ADR 0002). Prisma's own
 * `migrate deploy` is not used: it fails on PostgreSQL through the pg adapter (prisma/orm#27403).
 */
const MIGRATIONS_DIR = path.join(REPO_ROOT, 'prisma', 'migrations');
const TABLE = '_overblik_migrations';
/** Serialises concurrent starts against one PostgreSQL server. */
const ADVISORY_LOCK = 7_2026_1127;

export interface MigrationState {
  applied: string[];
  pending: string[];
}

function storage(sql: SqlRunner): UmzugStorage {
  return {
    async executed() {
      const rows = await sql.query<{ name: string }>(`SELECT name FROM ${TABLE} ORDER BY name`);
      return rows.map((r) => r.name);
    },
    // Logging happens inside the migration's own transaction (see `up` below).
    async logMigration() {},
    async unlogMigration({ name }) {
      await sql.query(`DELETE FROM ${TABLE} WHERE name = $1`, [name]);
    },
  };
}

function migrator(sql: SqlRunner) {
  return new Umzug({
    migrations: {
      glob: ['*/migration.sql', { cwd: MIGRATIONS_DIR }],
      resolve: ({ path: file }) => {
        const name = path.basename(path.dirname(file!));
        return {
          name,
          up: async () => {
            const body = readFileSync(file!, 'utf8');
            const escaped = name.replace(/'/g, "''");
            await sql.exec(`BEGIN;\n${body}\nINSERT INTO ${TABLE} (name) VALUES ('${escaped}');\nCOMMIT;`);
          },
        };
      },
    },
    storage: storage(sql),
    logger: undefined,
  });
}

async function ensureTable(sql: SqlRunner) {
  await sql.exec(
    `CREATE TABLE IF NOT EXISTS ${TABLE} (name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())`,
  );
}

export async function runMigrations(sql: SqlRunner): Promise<string[]> {
  await sql.query(`SELECT pg_advisory_lock(${ADVISORY_LOCK})`);
  try {
    await ensureTable(sql);
    const applied = await migrator(sql).up();
    return applied.map((m) => m.name);
  } finally {
    await sql.query(`SELECT pg_advisory_unlock(${ADVISORY_LOCK})`);
  }
}

export async function migrationState(sql: SqlRunner): Promise<MigrationState> {
  await ensureTable(sql);
  const umzug = migrator(sql);
  const [applied, pending] = await Promise.all([umzug.executed(), umzug.pending()]);
  return { applied: applied.map((m) => m.name), pending: pending.map((m) => m.name) };
}
