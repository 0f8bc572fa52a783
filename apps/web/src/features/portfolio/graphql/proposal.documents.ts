import { graphql } from '../../../gql';

export const BoardAgendaDocument = graphql(`
  query BoardAgenda {
    boardAgenda {
      awaitingCouncil {
        ...AgendaItem_proposal
      }
      awaitingBoard {
        ...AgendaItem_proposal
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

/**
 * A decision moves the proposal to another agenda list (or off it), which the agenda reads again;
 * the results carry the agenda item's fragment, so the proposal's own row (status, version,
 * decisions) updates from the result wherever it is shown.
 */
export const PrequalifyProposalDocument = graphql(`
  mutation PrequalifyProposal($input: ProposalDecisionInput!) {
    prequalifyProposal(input: $input) {
      id
      status
      version
      ...AgendaItem_proposal
    }
  }
`);

export const ReturnProposalDocument = graphql(`
  mutation ReturnProposal($input: ProposalDecisionInput!) {
    returnProposal(input: $input) {
      id
      status
      version
      ...AgendaItem_proposal
    }
  }
`);

export const ApproveProposalDocument = graphql(`
  mutation ApproveProposal($input: ProposalDecisionInput!) {
    approveProposal(input: $input) {
      id
      status
      version
      ...AgendaItem_proposal
    }
  }
`);

export const RejectProposalDocument = graphql(`
  mutation RejectProposal($input: ProposalDecisionInput!) {
    rejectProposal(input: $input) {
      id
      status
      version
      ...AgendaItem_proposal
    }
  }
`);

export const DeferProposalDocument = graphql(`
  mutation DeferProposal($input: ProposalDecisionInput!) {
    deferProposal(input: $input) {
      id
      status
      version
      ...AgendaItem_proposal
    }
  }
`);

export const ProposalFormOptionsDocument = graphql(`
  query ProposalFormOptions {
    strategies {
      id
      ...ProposalForm_strategy
    }
  }
`);
