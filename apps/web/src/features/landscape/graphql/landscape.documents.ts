import { graphql } from '../../../gql';

export const LandscapeGraphDocument = graphql(`
  query LandscapeGraph {
    landscapeGraph {
      organisationId
      nodes {
        id
        ...LifecycleSummary_node
        ...LandscapeGraphView_node
        ...LandscapeTableView_node
      }
      edges {
        id
        ...LandscapeGraphView_edge
        ...LandscapeTableView_edge
      }
    }
  }
`);

export const ImpactAnalysisDocument = graphql(`
  query ImpactAnalysis($kind: LandscapeNodeKind!, $id: ID!, $from: LocalDate) {
    impactAnalysis(kind: $kind, id: $id, from: $from) {
      ...ImpactPanel_impact
    }
  }
`);

export const NeighbourhoodDocument = graphql(`
  query Neighbourhood($rootId: ID!, $hops: Int!, $maxNodes: Int!) {
    neighbourhood(rootId: $rootId, hops: $hops, maxNodes: $maxNodes) {
      ...NeighbourhoodView_neighbourhood
    }
  }
`);

export const CopyRegisterExitDocument = graphql(`
  query CopyRegisterExit {
    copyRegisterExit {
      ...CopyRegisterExitView_plan
    }
  }
`);

export const OverlapsDocument = graphql(`
  query Overlaps {
    overlaps {
      ...OverlapView_analysis
    }
    overlapAcceptances {
      id
      ...OverlapHistory_acceptance
    }
  }
`);

export const AcceptOverlapDocument = graphql(`
  mutation AcceptOverlap($input: OverlapAcceptInput!) {
    acceptOverlap(input: $input) {
      id
      ...OverlapHistory_acceptance
    }
  }
`);

export const ReopenOverlapAcceptanceDocument = graphql(`
  mutation ReopenOverlapAcceptance($id: ID!, $version: Int!, $reason: String) {
    reopenOverlapAcceptance(id: $id, version: $version, reason: $reason) {
      id
      ...OverlapHistory_acceptance
    }
  }
`);

export const LifecycleConflictsDocument = graphql(`
  query LifecycleConflicts {
    lifecycleConflicts {
      ...LifecycleConflictsView_conflict
    }
  }
`);
