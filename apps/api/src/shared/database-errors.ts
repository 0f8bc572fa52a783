/**
 * Database failures a client can do nothing about but wait and retry (ADR 0030): the database is
 * busy (a lock or statement timeout, no free connection, a transaction that could not start) or
 * unreachable (down, restarting, the network cut). They answer HTTP 503 with Retry-After and a
 * localised message; the driver's own words, which name hosts and ports, never reach a client.
 */
import type { GraphQLResponse, HeaderMap } from '@apollo/server';
import { translate, type Locale } from './messages';

export type DatabaseTrouble = 'busy' | 'unavailable';

/** PostgreSQL SQLSTATEs (https://www.postgresql.org/docs/current/errcodes-appendix.html). */
const BUSY_SQLSTATES = new Set([
  '55P03', // lock_not_available: lock_timeout
  '57014', // query_canceled: statement_timeout
  '53300', // too_many_connections
  '40001', // serialization_failure
  '40P01', // deadlock_detected
]);
const UNAVAILABLE_SQLSTATES = new Set(['57P01', '57P02', '57P03', '53000', '58000', '58030']);

/** Prisma's codes: P1001/P1002 cannot reach the server, P1017 it closed the connection; P2024 pool timeout, P2028 a transaction could not start, P2034 write conflict. */
const BUSY_PRISMA = new Set(['P2024', 'P2028', 'P2034']);
const UNAVAILABLE_PRISMA = new Set(['P1001', 'P1002', 'P1008', 'P1017']);

/** Driver-adapter error kinds (@prisma/driver-adapter-utils). */
const BUSY_KINDS = new Set(['TooManyConnections', 'TransactionWriteConflict', 'SocketTimeout']);
const UNAVAILABLE_KINDS = new Set(['DatabaseNotReachable', 'ConnectionClosed', 'DatabaseDoesNotExist']);

const UNAVAILABLE_NODE = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EPIPE',
]);

/** pg's own errors carry no code: a pool that waited too long, or a connection that broke mid-query. */
const BUSY_MESSAGES = [
  /timeout exceeded when trying to connect/i,
  /Unable to start a transaction in the given time/i,
];
const UNAVAILABLE_MESSAGES = [/Connection terminated/i, /Client has encountered a connection error/i];

interface Inspectable {
  code?: unknown;
  originalCode?: unknown;
  kind?: unknown;
  message?: unknown;
  cause?: unknown;
  originalError?: unknown;
  meta?: { driverAdapterError?: unknown };
}

/** The error and everything it wraps: GraphQL's originalError, `cause`, Prisma's meta.driverAdapterError. */
function chain(error: unknown): Inspectable[] {
  const seen: Inspectable[] = [];
  const queue = [error];
  while (queue.length && seen.length < 10) {
    const e = queue.shift();
    if (typeof e !== 'object' || e === null || seen.includes(e)) continue;
    const item = e as Inspectable;
    seen.push(item);
    queue.push(item.originalError, item.cause, item.meta?.driverAdapterError);
  }
  return seen;
}

export function databaseTrouble(error: unknown): DatabaseTrouble | null {
  let found: DatabaseTrouble | null = null;
  for (const e of chain(error)) {
    const codes = [e.code, e.originalCode].filter((c): c is string => typeof c === 'string');
    const kind = typeof e.kind === 'string' ? e.kind : '';
    const message = typeof e.message === 'string' ? e.message : '';
    // Unreachable wins over busy: a pool timeout while the server is down is an outage.
    if (
      codes.some(
        (c) => UNAVAILABLE_SQLSTATES.has(c) || UNAVAILABLE_PRISMA.has(c) || UNAVAILABLE_NODE.has(c),
      ) ||
      codes.some((c) => c.startsWith('08')) ||
      UNAVAILABLE_KINDS.has(kind) ||
      UNAVAILABLE_MESSAGES.some((m) => m.test(message))
    )
      return 'unavailable';
    if (
      codes.some((c) => BUSY_SQLSTATES.has(c) || BUSY_PRISMA.has(c)) ||
      BUSY_KINDS.has(kind) ||
      BUSY_MESSAGES.some((m) => m.test(message))
    )
      found = 'busy';
  }
  return found;
}

/** Seconds a client is asked to wait before retrying. */
export const RETRY_AFTER_SECONDS: Record<DatabaseTrouble, number> = { busy: 2, unavailable: 5 };

/**
 * The 503 answer for a request refused before it ran (the operation bulkhead, a request that waited
 * for another's failed answer): localised, with Retry-After, as format-error.ts answers one that
 * ran into the trouble itself.
 */
export function databaseRefusal(
  trouble: DatabaseTrouble,
  locale: Locale,
  headers: HeaderMap,
): GraphQLResponse {
  const seconds = RETRY_AFTER_SECONDS[trouble];
  headers.set('retry-after', String(seconds));
  return {
    http: { status: 503, headers },
    body: {
      kind: 'single',
      singleResult: {
        errors: [
          trouble === 'busy'
            ? {
                message: translate(locale, 'error.databaseBusy', { seconds }),
                extensions: { code: 'DATABASE_BUSY' },
              }
            : {
                message: translate(locale, 'error.databaseUnavailable', { seconds }),
                extensions: { code: 'DATABASE_UNAVAILABLE' },
              },
        ],
      },
    },
  };
}
