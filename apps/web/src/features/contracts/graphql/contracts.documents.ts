import { graphql } from '../../../gql';

/** The API's page limit; the page says so when an organisation has more contracts. */
export const CONTRACTS_LIMIT = 500;

export const ContractsOverviewDocument = graphql(`
  query ContractsOverview($limit: Int!, $filter: ContractFilter) {
    contractToday
    units {
      id
      ...ContractTimeline_unit
    }
    contracts(limit: $limit, filter: $filter, sort: { field: RETENDER_DECISION_DATE, direction: ASC }) {
      totalCount
      items {
        id
        ...ContractsTable_row
        ...ContractTimeline_row
      }
    }
  }
`);

export const ContractDetailDocument = graphql(`
  query ContractDetail($id: ID!) {
    contractToday
    contract(id: $id) {
      id
      version
      name
      ...ContractFacts_contract
      ...ContractCoverage_contract
      ...ContractEditForm_contract
      ...DeleteContractButton_contract
      invoices {
        id
        ...InvoiceTable_invoice
      }
    }
  }
`);

export const CreateContractDocument = graphql(`
  mutation CreateContract($input: ContractCreateInput!) {
    createContract(input: $input) {
      id
      version
    }
  }
`);

export const DeleteContractDocument = graphql(`
  mutation DeleteContract($id: ID!, $version: Int!) {
    deleteContract(id: $id, version: $version)
  }
`);

export const UpdateContractDocument = graphql(`
  mutation UpdateContract($input: ContractUpdateInput!) {
    updateContract(input: $input) {
      id
      version
      name
      parentId
      successorId
      ...ContractFacts_contract
      ...ContractCoverage_contract
      ...ContractEditForm_contract
      ...DeleteContractButton_contract
      ...ContractsTable_row
      ...ContractTimeline_row
    }
  }
`);

export const RegisterInvoiceDocument = graphql(`
  mutation RegisterInvoice($input: InvoiceInput!) {
    registerInvoice(input: $input) {
      id
      number
      check {
        flagged
        deviation
      }
      ...InvoiceTable_invoice
    }
  }
`);

export const ImportInvoicesDocument = graphql(`
  mutation ImportInvoices($contractId: ID!, $csv: String!) {
    importInvoicesCsv(contractId: $contractId, csv: $csv) {
      imported {
        id
      }
      errors {
        line
        field
        message
      }
    }
  }
`);

export const StartRetenderProposalDocument = graphql(`
  mutation StartRetenderProposal($contractId: ID!) {
    startRetenderProposal(contractId: $contractId) {
      id
      projectId
      status
      problem
      asIs
    }
  }
`);

/** Candidates shown at once; the strongest matches (same system) come first. */
export const JOINT_TENDER_LIMIT = 50;

export const JointTenderCandidatesDocument = graphql(`
  query JointTenderCandidates($windowMonths: Int!, $limit: Int!) {
    jointTenderCandidates(windowMonths: $windowMonths, limit: $limit) {
      totalCount
      items {
        key
        ...JointTenderView_candidate
      }
    }
    tenderPlans {
      id
      ...JointTenderView_plan
    }
  }
`);

export const CreateTenderPlanDocument = graphql(`
  mutation CreateTenderPlan($input: TenderPlanFromCandidateInput!) {
    createTenderPlan(input: $input) {
      id
      ...JointTenderView_plan
    }
  }
`);

/** The API's page limit for the usages and contracts offered as coverage, parent and successor. */
export const CHOICES_LIMIT = 500;

/** Choices for the contract form: suppliers, members, units, system usages and contracts. */
export const ContractFormChoicesDocument = graphql(`
  query ContractFormChoices($limit: Int!) {
    systemUsages(limit: $limit, sort: { field: NAME, direction: ASC }) {
      totalCount
      items {
        id
        name
      }
    }
    contracts(limit: $limit, sort: { field: NAME, direction: ASC }) {
      totalCount
      items {
        id
        name
        parentId
        successorId
      }
    }
    suppliers(limit: 500) {
      items {
        id
        name
      }
    }
    members {
      user {
        id
        name
      }
    }
    units {
      id
      name
    }
  }
`);
