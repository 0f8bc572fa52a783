import type { BenchSql, GraphQLBenchCase } from '../bench-case';

/**
 * The system landscape on the `large` profile (storby, 1,500 usages). Each request loads the whole
 * landscape in one batch of queries, indexes it and runs the domain rule, so these measure the
 * full path a user waits for. Target (issue 3): impact analysis p95 ≤ 100 ms.
 */

/** The data source of the given kind that storby's usages use most: the widest impact. */
const mostUsedSource = (kind: 'COPY_REGISTER' | 'BASE_REGISTER') => async (sql: BenchSql) => {
  const [row] = await sql.query<{ id: string }>(
    `SELECT e."dataSourceId" AS id
       FROM "UsageDataSource" e
       JOIN "Organisation" o ON o.id = e."organisationId"
       JOIN "DataSource" d ON d.id = e."dataSourceId"
      WHERE o.slug = 'storby' AND d.kind = $1::"DataSourceKind"
      GROUP BY e."dataSourceId"
      ORDER BY count(*) DESC, e."dataSourceId"
      LIMIT 1`,
    [kind],
  );
  if (!row) throw new Error(`storby uses no ${kind}`);
  return { kind: 'DATA_SOURCE', id: row.id };
};

const IMPACT = `query ImpactBench($kind: LandscapeNodeKind!, $id: ID!) {
  impactAnalysis(kind: $kind, id: $id) {
    usages { usageId name depth via path }
    dataSources { dataSourceId depth }
    units { unitId unitName usageCount }
    contracts { contractId name effectiveEnd noticeDate usageIds }
    projects { projectId name usageIds }
  }
}`;

/** The same rows the landscape load reads, by raw SQL, for the ratio in the report. */
const LANDSCAPE_SQL = `SELECT u.id, u."lifecycle", e."dataSourceId", e."yearlyCost", i."toUsageId"
  FROM "SystemUsage" u
  LEFT JOIN "UsageDataSource" e ON e."usageId" = u.id
  LEFT JOIN "Integration" i ON i."fromUsageId" = u.id
  WHERE u."organisationId" = $1`;

export const cases: GraphQLBenchCase[] = [
  {
    name: 'impact analysis: most-used copy register (large)',
    profile: 'large',
    user: 'bench@storby.dk',
    organisationSlug: 'storby',
    query: IMPACT,
    variables: mostUsedSource('COPY_REGISTER'),
    rawSql: LANDSCAPE_SQL,
    targets: { p95Ms: 100 },
  },
  {
    name: 'impact analysis: most-used base register, transitive (large)',
    profile: 'large',
    user: 'bench@storby.dk',
    organisationSlug: 'storby',
    query: IMPACT,
    variables: mostUsedSource('BASE_REGISTER'),
    rawSql: LANDSCAPE_SQL,
    targets: { p95Ms: 100 },
  },
  {
    name: 'landscape graph: all nodes and edges (large)',
    profile: 'large',
    user: 'bench@storby.dk',
    organisationSlug: 'storby',
    query: `query LandscapeGraphBench {
      landscapeGraph {
        organisationId
        nodes { id kind name lifecycle subKind unitId unitName registerFamily endsOn yearlyCost hasLifecycleConflict }
        edges { id kind from to direction channel access interfaceName yearlyCost authoritative }
      }
    }`,
    rawSql: LANDSCAPE_SQL,
  },
];
