import { graphql } from '../../../gql';

export const BoardAgendaDocument = graphql(`
  query BoardAgenda {
    boardAgenda {
      awaitingCouncil {
        ...AgendaProposal
      }
      awaitingBoard {
        ...AgendaProposal
      }
    }
  }
`);

export const AgendaProposalFragment = graphql(`
  fragment AgendaProposal on Proposal {
    id
    status
    version
    problem
    asIs
    toBe
    resourcesNeeded
    submittedAt
    submittedBy {
      id
      name
    }
    project {
      id
      name
      unit {
        id
        name
      }
    }
    decisions {
      id
      stage
      decision
      reason
      decidedAt
      decidedBy {
        id
        name
      }
    }
  }
`);

export const SubmitProposalDocument = graphql(`
  mutation SubmitProposal($input: ProposalSubmitInput!) {
    submitProposal(input: $input) {
      id
      status
      projectId
    }
  }
`);

export const PrequalifyProposalDocument = graphql(`
  mutation PrequalifyProposal($input: ProposalDecisionInput!) {
    prequalifyProposal(input: $input) {
      id
      status
      version
    }
  }
`);

export const ReturnProposalDocument = graphql(`
  mutation ReturnProposal($input: ProposalDecisionInput!) {
    returnProposal(input: $input) {
      id
      status
      version
    }
  }
`);

export const ApproveProposalDocument = graphql(`
  mutation ApproveProposal($input: ProposalDecisionInput!) {
    approveProposal(input: $input) {
      id
      status
      version
    }
  }
`);

export const RejectProposalDocument = graphql(`
  mutation RejectProposal($input: ProposalDecisionInput!) {
    rejectProposal(input: $input) {
      id
      status
      version
    }
  }
`);

export const DeferProposalDocument = graphql(`
  mutation DeferProposal($input: ProposalDecisionInput!) {
    deferProposal(input: $input) {
      id
      status
      version
    }
  }
`);

export const ProposalFormOptionsDocument = graphql(`
  query ProposalFormOptions {
    strategies {
      id
      name
    }
  }
`);
