import type { GraphQLBenchCase } from '../bench-case';

/**
 * The foundation's benchmark: the whole landscape of the `large` profile (1,500 system usages with
 * their data-source edges) through the API, beside the same rows read by one raw SQL query.
 * Targets (issue 2): p95 ≤ 50 ms single client and ≥ 40 req/s on PostgreSQL.
 */
export const cases: GraphQLBenchCase[] = [
  {
    name: 'landscape query (usages + data-source edges)',
    profile: 'large',
    user: 'bench@storby.dk',
    organisationSlug: 'storby',
    query: `query LandscapeBench {
      landscapeGraph {
        nodes { id kind name lifecycle unitName yearlyCost }
        edges { id kind from to channel authoritative yearlyCost }
      }
    }`,
    rawSql: `SELECT u.id, s.name, u.lifecycle, e.id AS edge_id, e."dataSourceId", e.channel, e.authoritative, e."yearlyCost"
      FROM "SystemUsage" u JOIN "ItSystem" s ON s.id = u."systemId"
      LEFT JOIN "UsageDataSource" e ON e."usageId" = u.id
      WHERE u."organisationId" = $1`,
    targets: { p95Ms: 50, reqPerSec: 40 },
  },
];
