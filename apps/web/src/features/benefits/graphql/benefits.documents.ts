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
      title
      description
      type
      cashable
      baseline
      target
      unitOfMeasure
      direction
      startDate
      dueDate
      responsibleUserId
      accountableUserId
      responsible {
        id
        name
      }
      accountable {
        id
        name
      }
      harvestingUnit {
        id
        name
      }
      project {
        id
        name
      }
      realisationPercent
      varianceRag
      plannedGainKr
      realisedGainKr
      verificationKind
      verification {
        verified
        realisedOn
        amount
        reason
      }
      measurements {
        id
        measuredOn
        value
        comment
        createdAt
      }
      version
    }
  }
`);

export const RecordMeasurementDocument = graphql(`
  mutation RecordMeasurement($input: BenefitMeasurementInput!) {
    recordMeasurement(input: $input) {
      id
      realisationPercent
      varianceRag
      realisedGainKr
      measurements {
        id
        measuredOn
        value
        comment
        createdAt
      }
    }
  }
`);
