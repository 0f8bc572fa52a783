import { graphql } from '../../../gql';

export const LandscapeGraphDocument = graphql(`
  query LandscapeGraph {
    landscapeGraph {
      organisationId
      nodes {
        id
        kind
        name
        lifecycle
        subKind
        unitId
        unitName
        registerFamily
        endsOn
        yearlyCost
        hasLifecycleConflict
        taskAreas
        contractStatus
      }
      edges {
        id
        kind
        from
        to
        direction
        channel
        access
        interfaceName
        yearlyCost
        authoritative
        dataTypes
        registerFamilies
      }
    }
  }
`);

export const ImpactAnalysisDocument = graphql(`
  query ImpactAnalysis($kind: LandscapeNodeKind!, $id: ID!, $from: LocalDate) {
    impactAnalysis(kind: $kind, id: $id, from: $from) {
      targetId
      certainCount
      possibleCount
      usages {
        usageId
        name
        certainty
        depth
        via
        path
        dataTypes
        registerFamilies
        unknownData
      }
      dataSources {
        dataSourceId
        name
        depth
      }
      units {
        unitId
        unitName
        usageCount
        possibleUsageCount
      }
      contracts {
        contractId
        name
        effectiveEnd
        noticeDate
        usageIds
        possibleUsageIds
      }
      projects {
        projectId
        name
        usageIds
        possibleUsageIds
      }
    }
  }
`);

export const NeighbourhoodDocument = graphql(`
  query Neighbourhood($rootId: ID!, $hops: Int!, $maxNodes: Int!) {
    neighbourhood(rootId: $rootId, hops: $hops, maxNodes: $maxNodes) {
      rootId
      truncated
      nodes {
        id
        kind
        name
        lifecycle
        subKind
        hops
      }
      edges {
        id
        kind
        from
        to
        direction
        channel
        interfaceName
      }
    }
  }
`);

export const CopyRegisterExitDocument = graphql(`
  query CopyRegisterExit {
    copyRegisterExit {
      totalYearlySaving
      totalSwitchingCost
      rows {
        edgeId
        usageId
        usageName
        dataSourceName
        channel
        yearlyCost
        switchingCost
        alternative {
          name
          channel
        }
        contract {
          name
          effectiveEnd
          noticeDate
        }
        savingUntilContractEnd
        recommendation
        recommendedSwitchDate
        plannedSwitchDate
      }
      timeline {
        edgeId
        usageId
        dataSourceId
        switchDate
        dateSource
        yearlySaving
      }
    }
  }
`);

export const OverlapsDocument = graphql(`
  query Overlaps {
    overlaps {
      horizonMonths
      capabilities {
        capabilityId
        ...CapabilityOverlapCard_overlap
      }
      duplicateData {
        dataSourceId
        dataSourceName
        sharedCapabilities
        totalYearlyCost
        duplicatedCost
        buyers {
          usageId
          name
          yearlyCost
        }
      }
    }
    overlapAcceptances {
      ...OverlapHistory_acceptance
    }
  }
`);

export const AcceptOverlapDocument = graphql(`
  mutation AcceptOverlap($input: OverlapAcceptInput!) {
    acceptOverlap(input: $input) {
      ...OverlapHistory_acceptance
    }
  }
`);

export const ReopenOverlapAcceptanceDocument = graphql(`
  mutation ReopenOverlapAcceptance($id: ID!, $version: Int!, $reason: String) {
    reopenOverlapAcceptance(id: $id, version: $version, reason: $reason) {
      ...OverlapHistory_acceptance
    }
  }
`);

export const LifecycleConflictsDocument = graphql(`
  query LifecycleConflicts {
    lifecycleConflicts {
      usageId
      usageName
      usageEnd
      dependencyId
      dependencyKind
      dependencyName
      reason
      dependencyEnd
    }
  }
`);
