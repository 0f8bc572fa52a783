import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '@prisma/client';
import pg from 'pg';
import { PrismaPGlite } from 'pglite-prisma-adapter';

export type DatabaseKind = 'pglite' | 'postgresql';

/** Raw SQL access beside Prisma: migrations, benchmarks' raw baseline and test set-up. */
export interface SqlRunner {
  /** Runs one or more statements without parameters. */
  exec(sql: string): Promise<void>;
  query<T>(sql: string, params?: unknown[]): Promise<T[]>;
}

export interface Database {
  kind: DatabaseKind;
  prisma: PrismaClient;
  sql: SqlRunner;
  /** SQL statements Prisma has sent, when opened with `countQueries` (tests of query bounds). */
  queryCount(): number;
  close(): Promise<void>;
}

export interface OpenOptions {
  countQueries?: boolean;
}

function prismaClient(adapter: PrismaPg, options: OpenOptions) {
  let count = 0;
  const prisma = new PrismaClient({
    adapter,
    log: options.countQueries ? [{ emit: 'event', level: 'query' }] : [],
  });
  if (options.countQueries) {
    // The log option's generic is lost through the conditional above; the event exists.
    (prisma as unknown as { $on(e: 'query', cb: () => void): void }).$on('query', () => (count += 1));
  }
  return { prisma, queryCount: () => count };
}

/**
 * Opens PGlite (a folder path, or in memory when `dataDir` is null) or PostgreSQL (a URL).
 * Prisma always talks through a driver adapter: no engine binary is downloaded (ADR 0001).
 */
export async function openDatabase(
  target: { url: string } | { dataDir: string | null },
  options: OpenOptions = {},
): Promise<Database> {
  if ('url' in target) return openPostgres(target.url, options);
  return openPglite(target.dataDir, options);
}

async function openPglite(dataDir: string | null, options: OpenOptions): Promise<Database> {
  // pg_trgm backs global search's typo matching (ADR 0020); PostgreSQL ships it, PGlite loads it.
  const extensions = { pg_trgm };
  const pglite = dataDir ? new PGlite(dataDir, { extensions }) : new PGlite({ extensions });
  await pglite.waitReady;
  // pglite-prisma-adapter 0.6 types against driver-adapter-utils 6.10; the runtime contract is
  // the same in 6.19 (the pairing the architecture notes verified), so only the types differ.
  const adapter = new PrismaPGlite(pglite) as unknown as PrismaPg;
  const { prisma, queryCount } = prismaClient(adapter, options);
  return {
    kind: 'pglite',
    prisma,
    queryCount,
    sql: {
      exec: async (sql) => {
        await pglite.exec(sql);
      },
      query: async <T>(sql: string, params?: unknown[]) => (await pglite.query<T>(sql, params)).rows,
    },
    close: async () => {
      await prisma.$disconnect();
      await pglite.close();
    },
  };
}

async function openPostgres(url: string, options: OpenOptions): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: Number(process.env.PG_POOL_MAX ?? 10) });
  // An idle pooled connection closed by the server (restart, a dropped test database) must not
  // crash the process: the pool discards it and opens a new one on the next query.
  pool.on('error', (error: Error & { code?: string }) => {
    if (error.code !== '57P01') console.warn(`PostgreSQL connection lost: ${error.message}`);
  });
  const { prisma, queryCount } = prismaClient(new PrismaPg(pool), options);
  return {
    kind: 'postgresql',
    prisma,
    queryCount,
    sql: {
      exec: async (sql) => {
        await pool.query(sql);
      },
      query: async <T>(sql: string, params?: unknown[]) =>
        (await pool.query(sql, params as unknown[])).rows as T[],
    },
    close: async () => {
      await prisma.$disconnect();
      await pool.end().catch(() => undefined);
    },
  };
}
