import { graphql } from '../../../gql';

/**
 * A computed read model without an id, so not normalised: a benefit's change reaches it only when it
 * is asked again (the dashboard asks cache-and-network). Each chart or table owns its fragment.
 */
export const BenefitDashboardDocument = graphql(`
  query BenefitDashboard($groupBy: BenefitGroupBy!) {
    benefitDashboard(groupBy: $groupBy) {
      asOf
      groupBy
      total {
        benefitCount
        ...CashableSplit_total
      }
      rows {
        ...GroupSection_row
      }
      series {
        ...PlannedVsRealisedChart_point
      }
      gaps {
        projectsWithoutBenefits {
          id
          name
        }
        ...FollowUpGaps_gaps
      }
      ...DashboardKpis_dashboard
    }
  }
`);

export const GroupBenefitsDocument = graphql(`
  query GroupBenefits($filter: BenefitFilter) {
    benefits(filter: $filter, limit: 200, sort: { field: TITLE, direction: ASC }) {
      totalCount
      items {
        id
        ...GroupBenefits_benefit
      }
    }
  }
`);

export const BenefitDetailDocument = graphql(`
  query BenefitDetail($id: ID!) {
    benefit(id: $id) {
      id
      version
      title
      unitOfMeasure
      responsibleUserId
      accountableUserId
      project {
        id
      }
      ...BenefitActions_benefit
      ...BenefitFacts_benefit
      ...MeasurementHistory_benefit
    }
  }
`);

export const RecordMeasurementDocument = graphql(`
  mutation RecordMeasurement($input: BenefitMeasurementInput!) {
    recordMeasurement(input: $input) {
      id
      version
      realisationPercent
      varianceRag
      ...BenefitFacts_benefit
      ...BenefitActions_benefit
      ...MeasurementHistory_benefit
    }
  }
`);
