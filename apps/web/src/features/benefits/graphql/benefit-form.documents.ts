import { graphql } from '../../../gql';

/** Everything the create/edit form shows for a benefit, and who may edit it. */
export const BenefitEditDocument = graphql(`
  query BenefitEdit($id: ID!) {
    benefit(id: $id) {
      id
      version
      ...BenefitForm_benefit
    }
  }
`);

/** Project lead and owner, who may edit the project's benefits besides coordinators. */
export const BenefitProjectPeopleDocument = graphql(`
  query BenefitProjectPeople($id: ID!) {
    project(id: $id) {
      id
      leadUserId
      ownerUserId
    }
  }
`);

export const BenefitFormOptionsDocument = graphql(`
  query BenefitFormOptions {
    units {
      id
      name
    }
    members {
      id
      user {
        id
        name
      }
    }
  }
`);

export const BenefitUsageTargetsDocument = graphql(`
  query BenefitUsageTargets {
    systemUsages(limit: 500, sort: { field: NAME, direction: ASC }) {
      items {
        id
        name
      }
    }
  }
`);

export const BenefitContractTargetsDocument = graphql(`
  query BenefitContractTargets {
    contracts(limit: 500, sort: { field: NAME, direction: ASC }) {
      items {
        id
        name
      }
    }
  }
`);

export const BenefitCopyEdgeTargetsDocument = graphql(`
  query BenefitCopyEdgeTargets {
    copyRegisterExit {
      rows {
        edgeId
        usageName
        dataSourceName
      }
    }
  }
`);

export const CreateBenefitDocument = graphql(`
  mutation CreateBenefit($input: BenefitCreateInput!) {
    createBenefit(input: $input) {
      id
      title
      version
      ...ProjectBenefitsSection_benefit
    }
  }
`);

export const UpdateBenefitDocument = graphql(`
  mutation UpdateBenefit($input: BenefitUpdateInput!) {
    updateBenefit(input: $input) {
      id
      version
      title
      unitOfMeasure
      responsibleUserId
      accountableUserId
      realisationPercent
      varianceRag
      ...BenefitFacts_benefit
      ...BenefitActions_benefit
      ...MeasurementHistory_benefit
      ...BenefitForm_benefit
      ...ProjectBenefitsSection_benefit
      ...GroupBenefits_benefit
    }
  }
`);

export const DeleteBenefitDocument = graphql(`
  mutation DeleteBenefit($id: ID!, $version: Int!) {
    deleteBenefit(id: $id, version: $version)
  }
`);

export const ProjectBenefitsDocument = graphql(`
  query ProjectBenefits($projectId: ID!) {
    benefits(filter: { projectId: $projectId }, limit: 200, sort: { field: TITLE, direction: ASC }) {
      totalCount
      items {
        id
        ...ProjectBenefitsSection_benefit
      }
    }
    project(id: $projectId) {
      id
      leadUserId
      ownerUserId
    }
  }
`);
