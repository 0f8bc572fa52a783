import type { GraphQLBenchCase } from '../bench-case';

/**
 * The executive board's benefit dashboard on the `large` profile (1,000 benefits with 10,000
 * measurements): one batched load of the organisation's benefits fed to the domain rules, by
 * project (the widest grouping) with the 36-month series and the follow-up gaps.
 * Target (issue 6): p95 ≤ 150 ms.
 */
export const cases: GraphQLBenchCase[] = [
  {
    name: 'benefit dashboard by project (1,000 benefits, 10,000 measurements)',
    profile: 'large',
    user: 'bench@storby.dk',
    organisationSlug: 'storby',
    query: `query BenefitDashboardBench {
      benefitDashboard(groupBy: PROJECT) {
        total { plannedKr realisedKr targetKr realisationPercent rag cashable { count plannedKr realisedKr } nonCashable { count plannedKr realisedKr } qualitativeCount }
        rows { key label benefitCount plannedKr realisedKr targetKr realisationPercent rag }
        series { date plannedKr realisedKr }
        gaps {
          projectsWithoutBenefits { id name }
          benefitsWithoutOwner { id title }
          benefitsWithoutMeasurements { id title }
          overdueBenefits { id title }
        }
        verifiedCount
      }
    }`,
    rawSql: `SELECT b.id, b.type, b.baseline, b.target, m."measuredOn", m.value
      FROM "Benefit" b LEFT JOIN "BenefitMeasurement" m ON m."benefitId" = b.id
      WHERE b."organisationId" = $1`,
    targets: { p95Ms: 150 },
  },
];
