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
  /**
   * Readiness checks on a connection of their own, so /readyz never queues behind business queries
   * in a busy pool. PGlite has one in-process connection: there it is `sql`, and a check waits for
   * whatever query runs (PGlite is the single-user default, not the production database).
   */
  probe: SqlRunner;
  /** SQL statements Prisma has sent, when opened with `countQueries` (tests of query bounds). */
  queryCount(): number;
  /** The SQL Prisma sends while `run` runs, when opened with `countQueries` (which tables a read reads). */
  captureQueries<T>(run: () => Promise<T>): Promise<{ result: T; queries: string[] }>;
  /**
   * PGlite only: the whole data folder as a gzipped tarball, consistent while the database serves
   * requests (ADR 0040). PostgreSQL is backed up with pg_dump.
   */
  snapshot?(): Promise<Buffer>;
  close(): Promise<void>;
}

/**
 * How long anything may wait on PostgreSQL (ADR 0030): a stalled database (a held lock, a lost
 * server, an exhausted pool) ends a request with DATABASE_BUSY/DATABASE_UNAVAILABLE instead of
 * hanging it. The statement and lock timeouts are set on every session of the pool; PGlite runs in
 * the process and has neither locks held by others nor a pool, so there only the transaction
 * limits apply.
 */
export interface DatabaseLimits {
  /** `statement_timeout` of every session. */
  statementTimeoutMs: number;
  /** `lock_timeout` of every session: how long a statement waits for a row or table lock. */
  lockTimeoutMs: number;
  /** Connections in the business pool. */
  poolMax: number;
  /** How long a query waits for a free pooled connection, or for a new connection to open. */
  poolAcquireTimeoutMs: number;
  /** Interactive transactions: how long to wait to start one, and how long one may run. */
  transactionMaxWaitMs: number;
  transactionTimeoutMs: number;
  /**
   * PGlite only: its `shared_buffers`, in megabytes. PGlite reads its pages through Node's file
   * system, which the operating system caches already, so a large pool mostly holds a second
   * copy in the process: 32 MB instead of PostgreSQL's 128 MB saves about 130 MB of memory and
   * measured no slower on the landscape queries (ADR 0046).
   */
  pgliteSharedBuffersMb: number;
}

export const DEFAULT_LIMITS: DatabaseLimits = {
  statementTimeoutMs: 10_000,
  lockTimeoutMs: 5_000,
  poolMax: 10,
  poolAcquireTimeoutMs: 5_000,
  transactionMaxWaitMs: 5_000,
  transactionTimeoutMs: 15_000,
  pgliteSharedBuffersMb: 32,
};

export interface OpenOptions {
  countQueries?: boolean;
  limits?: Partial<DatabaseLimits>;
}

function prismaClient(adapter: PrismaPg, options: OpenOptions, limits: DatabaseLimits) {
  let count = 0;
  let captured: string[] | null = null;
  const prisma = new PrismaClient({
    adapter,
    transactionOptions: { maxWait: limits.transactionMaxWaitMs, timeout: limits.transactionTimeoutMs },
    log: options.countQueries ? [{ emit: 'event', level: 'query' }] : [],
  });
  if (options.countQueries) {
    // The log option's generic is lost through the conditional above; the event exists.
    (prisma as unknown as { $on(e: 'query', cb: (e: { query: string }) => void): void }).$on('query', (e) => {
      count += 1;
      captured?.push(e.query);
    });
  }
  const captureQueries = async <T>(run: () => Promise<T>) => {
    captured = [];
    try {
      const result = await run();
      return { result, queries: captured };
    } finally {
      captured = null;
    }
  };
  return { prisma, queryCount: () => count, captureQueries };
}

/**
 * Opens PGlite (a folder path, or in memory when `dataDir` is null) or PostgreSQL (a URL).
 * Prisma always talks through a driver adapter: no engine binary is downloaded (ADR 0001).
 */
export async function openDatabase(
  target: { url: string } | { dataDir: string | null },
  options: OpenOptions = {},
): Promise<Database> {
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  if ('url' in target) return openPostgres(target.url, options, limits);
  return openPglite(target.dataDir, options, limits);
}

async function openPglite(
  dataDir: string | null,
  options: OpenOptions,
  limits: DatabaseLimits,
): Promise<Database> {
  // pg_trgm backs global search's typo matching (ADR 0020); PostgreSQL ships it, PGlite loads it.
  const extensions = { pg_trgm };
  const startParams = [
    ...PGlite.defaultStartParams,
    '-c',
    `shared_buffers=${limits.pgliteSharedBuffersMb}MB`,
  ];
  const pglite = dataDir
    ? new PGlite(dataDir, { extensions, startParams })
    : new PGlite({ extensions, startParams });
  await pglite.waitReady;
  // pglite-prisma-adapter 0.6 types against driver-adapter-utils 6.10; the runtime contract is
  // the same in 6.19 (the pairing the architecture notes verified), so only the types differ.
  const adapter = new PrismaPGlite(pglite) as unknown as PrismaPg;
  const { prisma, queryCount, captureQueries } = prismaClient(adapter, options, limits);
  const sql: SqlRunner = {
    exec: async (text) => {
      await pglite.exec(text);
    },
    query: async <T>(text: string, params?: unknown[]) => (await pglite.query<T>(text, params)).rows,
  };
  return {
    kind: 'pglite',
    prisma,
    queryCount,
    captureQueries,
    sql,
    probe: sql,
    snapshot: async () => {
      // CHECKPOINT writes the changed pages out, so the copy needs little WAL replay when started.
      await pglite.exec('CHECKPOINT');
      // Statements and transactions take PGlite's transaction lock; holding it, the copy is made
      // between two transactions, never in the middle of a Prisma interactive one.
      const tarball = await pglite._runExclusiveTransaction(() => pglite.dumpDataDir('gzip'));
      return Buffer.from(await tarball.arrayBuffer());
    },
    close: async () => {
      await prisma.$disconnect();
      await pglite.close();
    },
  };
}

function runner(pool: pg.Pool): SqlRunner {
  return {
    exec: async (text) => {
      await pool.query(text);
    },
    query: async <T>(text: string, params?: unknown[]) =>
      (await pool.query(text, params as unknown[])).rows as T[],
  };
}

/** A pool whose sessions carry the limits; pg sends them as startup parameters of each connection. */
function limitedPool(url: string, limits: DatabaseLimits, max: number): pg.Pool {
  const pool = new pg.Pool({
    connectionString: url,
    max,
    statement_timeout: limits.statementTimeoutMs,
    lock_timeout: limits.lockTimeoutMs,
    // A transaction left open by a crashed request must not hold its locks forever.
    idle_in_transaction_session_timeout: limits.transactionTimeoutMs,
    // pg-pool applies this both to opening a connection and to waiting for a free one.
    connectionTimeoutMillis: limits.poolAcquireTimeoutMs,
  });
  // An idle pooled connection closed by the server (restart, outage, a dropped test database) must
  // not crash the process: the pool discards it and opens a new one on the next query.
  pool.on('error', () => undefined);
  return pool;
}

async function openPostgres(url: string, options: OpenOptions, limits: DatabaseLimits): Promise<Database> {
  const pool = limitedPool(url, limits, limits.poolMax);
  // One connection with short limits of its own: readiness answers within seconds even when every
  // business connection is busy or blocked.
  const probePool = limitedPool(
    url,
    {
      ...limits,
      statementTimeoutMs: Math.min(limits.statementTimeoutMs, 2_000),
      lockTimeoutMs: Math.min(limits.lockTimeoutMs, 1_000),
      poolAcquireTimeoutMs: Math.min(limits.poolAcquireTimeoutMs, 2_000),
    },
    1,
  );
  const { prisma, queryCount, captureQueries } = prismaClient(new PrismaPg(pool), options, limits);
  return {
    kind: 'postgresql',
    prisma,
    queryCount,
    captureQueries,
    sql: runner(pool),
    probe: runner(probePool),
    close: async () => {
      await prisma.$disconnect();
      await Promise.all([pool.end().catch(() => undefined), probePool.end().catch(() => undefined)]);
    },
  };
}

/** One round trip: throws what the driver throws when the database does not answer. */
export async function ping(sql: SqlRunner): Promise<void> {
  await sql.query('SELECT 1');
}
