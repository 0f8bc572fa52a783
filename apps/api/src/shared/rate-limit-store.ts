import { RateLimiterPostgres } from 'rate-limiter-flexible';
import type { SqlRunner } from '../db/database';

/** The table of the migration `api_tokens_and_rate_limits` (model RateLimitCounter). */
const TABLE = 'RateLimitCounter';

/**
 * A rate-limiter-flexible limiter whose counters live in the database, so every API process on
 * one PostgreSQL counts together (ADR 0026). The library's PostgreSQL store runs one atomic
 * `INSERT … ON CONFLICT … RETURNING` per consume; it is handed our SQL runner, which speaks to
 * PGlite and PostgreSQL alike. The table comes from the migrations (`tableCreated`), and the
 * library deletes rows expired over an hour ago every five minutes, so the table does not grow.
 */
export function databaseLimiter(
  sql: SqlRunner,
  options: { keyPrefix: string; points: number; duration: number },
): RateLimiterPostgres {
  const storeClient = {
    // The library passes a pg query object and reads `rows` and `rowCount` (an empty read is "no
    // counter"; delete's count it only passes on, unused here). A BIGINT `expire` comes back as a
    // string (pg) or bigint (PGlite); the library subtracts numbers from it.
    query: async (q: { text: string; values?: unknown[] }) => {
      const rows = (await sql.query<{ points: number; expire: unknown }>(q.text, q.values)).map((row) => ({
        ...row,
        expire: row.expire == null ? null : Number(row.expire),
      }));
      return { rows, rowCount: rows.length };
    },
  };
  return new RateLimiterPostgres({
    storeClient,
    storeType: 'pool',
    tableName: TABLE,
    tableCreated: true,
    keyPrefix: options.keyPrefix,
    points: options.points,
    duration: options.duration,
  });
}
