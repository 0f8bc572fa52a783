import { nationalSpecs } from '../../apps/api/src/seed/synthetic-generator';
import type { GraphQLBenchCase } from '../bench-case';

/** The largest national municipality: the most contracts and two collaborations of peers. */
const national = nationalSpecs()[0].slug;

/**
 * Contract management (issue 4). The overview loads all of Storby's contracts, computes every
 * contract's dates with the domain rules and sorts by re-tender decision date; joint-tender
 * discovery reads the contracts of every organisation that shares them with the viewer's
 * organisation and groups them by system, capability and supplier.
 * Target (issue 4): joint-tender discovery p95 ≤ 200 ms on PostgreSQL.
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
  },
];
