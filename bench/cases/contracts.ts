import { nationalSpecs } from '../../apps/api/src/seed/synthetic-generator';
import type { GraphQLBenchCase } from '../bench-case';

/** The largest national municipality: the most contracts and two collaborations of peers. */
const national = nationalSpecs()[0].slug;

/** Its discovery, shared by the repeated case and the one that rediscovers after an edit. */
const jointTender = {
  profile: 'national',
  user: `bench@${national}.dk`,
  organisationSlug: national,
  query: `query JointTenderBench {
    jointTenderCandidates(windowMonths: 18, limit: 50) {
      totalCount
      items {
        key matchedOn label windowStart windowEnd
        contracts { id name organisationName decisionDate yearlyCost priceHidden }
      }
    }
  }`,
  rawSql: `SELECT c.id, c."organisationId", c."supplierId", c."endDate", u."systemId", u.capabilities
    FROM "Contract" c
    LEFT JOIN "ContractCoverage" cc ON cc."contractId" = c.id
    LEFT JOIN "SystemUsage" u ON u.id = cc."usageId"
    WHERE c."organisationId" IN (
      SELECT m2."organisationId" FROM "CollaborationMember" m1
      JOIN "CollaborationMember" m2 ON m2."collaborationId" = m1."collaborationId"
      WHERE m1."organisationId" = $1
    )`,
  targets: { p95Ms: 200 },
} satisfies Omit<GraphQLBenchCase, 'name'>;

/**
 * Contract management (issue 4). The overview loads all of Storby's contracts, computes every
 * contract's dates with the domain rules and sorts by re-tender decision date; joint-tender
 * discovery reads the contracts of every organisation that shares them with the viewer's
 * organisation and groups them by system, capability and supplier.
 * Target (issue 4): joint-tender discovery p95 ≤ 200 ms on PostgreSQL. Discovery answers are cached
 * per data version (ADR 0009), so the first discovery case measures the repeated request and the
 * second edits one of the organisation's contracts before every request, so each one rediscovers.
 */
export const cases: GraphQLBenchCase[] = [
  {
    name: 'contract overview with computed dates (large)',
    profile: 'large',
    user: 'bench@storby.dk',
    organisationSlug: 'storby',
    query: `query ContractOverviewBench {
      contracts(limit: 500, sort: { field: RETENDER_DECISION_DATE, direction: ASC }) {
        totalCount
        items {
          id name criticality yearlyCost supplier { name }
          dates { validity currentEnd effectiveEndWithOptions latestNoticeDate windowClosed retender { decisionDate } }
        }
      }
    }`,
    rawSql: `SELECT c.id, c.name, c."startDate", c."endDate", c."noticePeriodMonths", o.months, o."exercisedOn", e.amount
      FROM "Contract" c
      LEFT JOIN "ContractOption" o ON o."contractId" = c.id
      LEFT JOIN "ContractEconomyLine" e ON e."contractId" = c.id AND e.kind = 'YEARLY_OPERATION'
      WHERE c."organisationId" = $1`,
  },
  {
    name: 'joint-tender discovery across collaborations (national)',
    ...jointTender,
  },
  {
    name: 'joint-tender discovery, rediscovered after an edit before every request (national)',
    ...jointTender,
    beforeEach: (sql, organisationId) =>
      sql.query(
        `UPDATE "Contract" SET version = version + 1
         WHERE id = (SELECT id FROM "Contract" WHERE "organisationId" = $1::uuid ORDER BY id LIMIT 1)`,
        [organisationId],
      ),
    // One client: edits interleaved with ten readers would measure the edits' ordering, not a rebuild.
    concurrent: false,
  },
];
