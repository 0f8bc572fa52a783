/**
 * A GraphQL benchmark case: `pnpm bench` signs in as `user` on the seeded `profile`, sends the
 * operation repeatedly over HTTP (single client, then 10 concurrent) and reports p50/p95/p99 and
 * req/s beside a raw-SQL baseline when one is given. Each area adds its cases in bench/cases/.
 */
export interface GraphQLBenchCase {
  name: string;
  profile: 'large' | 'national';
  /** Sign-in e-mail of a user with the needed roles (the synthetic profiles create `bench@<slug>.dk`). */
  user: string;
  /** The organisation slug to work in (sent as the organisation header). */
  organisationSlug: string;
  /** The GraphQL operation; absent for a `download` case. */
  query?: string;
  /**
   * A file download instead of a GraphQL operation (the whole-organisation export): the path to
   * GET, given the organisation's id. The answer must be JSON without `errors`.
   */
  download?: (organisationId: string) => string;
  /** Variables; a function gets a helper to look ids up with raw SQL once before the run. */
  variables?: Record<string, unknown> | ((sql: BenchSql) => Promise<Record<string, unknown>>);
  /** The same data read by one raw SQL query, for the ratio in the report. */
  rawSql?: string;
  /**
   * Runs untimed before every measured request, with the organisation's id: e.g. an edit that
   * changes the data version, so a cached read model must be rebuilt on each request.
   */
  beforeEach?: (sql: BenchSql, organisationId: string) => Promise<unknown>;
  /** A mutation case: how many requests (default 200) and whether to run it concurrently. */
  requests?: number;
  concurrent?: boolean;
  /** Targets from the issue, reported as met or not (never asserted in tests). */
  targets?: { p95Ms?: number; reqPerSec?: number };
}

export interface BenchSql {
  query<T>(sql: string, params?: unknown[]): Promise<T[]>;
}
