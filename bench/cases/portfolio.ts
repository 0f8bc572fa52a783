import type { BenchSql, GraphQLBenchCase } from '../bench-case';

/**
 * The portfolio board on the `large` profile (storby): every proposed and approved project with
 * its weighted score, score rank, divergence, time criticality from the landscape and the capacity
 * line, and one reorder (the mutation the board sends for a drag and drop).
 * Targets (issue 5): board p95 ≤ 150 ms, reorder p95 ≤ 50 ms.
 */

/** A board project and two adjacent neighbours far above it; the same move repeats idempotently. */
async function reorderVariables(sql: BenchSql) {
  const rows = await sql.query<{ id: string }>(
    `SELECT p.id FROM "Project" p JOIN "Organisation" o ON o.id = p."organisationId"
      WHERE o.slug = 'storby' AND p.status IN ('PROPOSED', 'ACTIVE')
      ORDER BY p."rankKey" COLLATE "C", p.id`,
  );
  if (rows.length < 20) throw new Error('storby has too few board projects for the reorder case');
  const moved = rows[Math.floor(rows.length / 2)].id;
  return { projectId: moved, beforeId: rows[4].id, afterId: rows[5].id };
}

export const cases: GraphQLBenchCase[] = [
  {
    name: 'portfolio board (scores, divergence, time criticality, capacity line)',
    profile: 'large',
    user: 'bench@storby.dk',
    organisationSlug: 'storby',
    query: `query PortfolioBoardBench {
      portfolioBoard {
        capacityLineIndex
        divergenceThreshold
        entries {
          position rankKey score mandatory scorePosition divergence divergent fits
          firstShortfall { competencyName quarter shortfallHours }
          timeCriticality { level reasons contractDecisionDate }
          project { id name status }
        }
      }
    }`,
    rawSql: `SELECT p.id, p.name, p."rankKey", s."criterionId", s.value
      FROM "Project" p LEFT JOIN "CriterionScore" s ON s."projectId" = p.id
      WHERE p."organisationId" = $1 AND p.status IN ('PROPOSED', 'ACTIVE')`,
    targets: { p95Ms: 150 },
  },
  {
    name: 'reorder project on the board (one key, computed from current keys)',
    profile: 'large',
    user: 'bench@storby.dk',
    organisationSlug: 'storby',
    query: `mutation ReorderProjectBench($projectId: ID!, $beforeId: ID, $afterId: ID) {
      reorderProject(projectId: $projectId, beforeId: $beforeId, afterId: $afterId) { id rankKey }
    }`,
    variables: reorderVariables,
    requests: 200,
    concurrent: false,
    targets: { p95Ms: 50 },
  },
];
