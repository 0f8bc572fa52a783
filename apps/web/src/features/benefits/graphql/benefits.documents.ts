import { graphql } from '../../../gql';

export const BenefitDashboardDocument = graphql(`
  query BenefitDashboard($groupBy: BenefitGroupBy!) {
    benefitDashboard(groupBy: $groupBy) {
      asOf
      groupBy
      verifiedCount
      total {
        plannedKr
        realisedKr
        targetKr
        realisationPercent
        rag
        benefitCount
        qualitativeCount
        cashable {
          count
          plannedKr
          realisedKr
        }
        nonCashable {
          count
          plannedKr
          realisedKr
        }
      }
      rows {
        key
        label
        benefitCount
        plannedKr
        realisedKr
        targetKr
        realisationPercent
        rag
      }
      series {
        date
        plannedKr
        realisedKr
      }
      gaps {
        projectsWithoutBenefits {
          id
          name
        }
        benefitsWithoutOwner {
          id
          title
          projectName
        }
        benefitsWithoutMeasurements {
          id
          title
          projectName
        }
        overdueBenefits {
          id
          title
          projectName
        }
      }
    }
  }
`);

export const GroupBenefitsDocument = graphql(`
  query GroupBenefits($filter: BenefitFilter) {
    benefits(filter: $filter, limit: 200, sort: { field: TITLE, direction: ASC }) {
      totalCount
      items {
        id
        title
        type
        realisationPercent
        varianceRag
        realisedGainKr
        project {
          id
          name
        }
        verification {
          verified
        }
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
