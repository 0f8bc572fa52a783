import { graphql } from '../../../gql';

export const ProjectDetailDocument = graphql(`
  query ProjectDetail($id: ID!) {
    project(id: $id) {
      id
      name
      description
      phase
      status
      version
      budget
      startDate
      endDate
      owner {
        id
        name
      }
      lead {
        id
        name
      }
      unit {
        id
        name
      }
      gate {
        nextPhase
        ok
        missing
      }
      phaseHistory {
        id
        phase
        enteredAt
        leftAt
      }
      gateDecisions {
        id
        fromPhase
        toPhase
        decidedAt
        reason
      }
      artefacts {
        id
        kind
        title
      }
      businessCase {
        id
        kind
        description
        amount
        year
      }
      strategies {
        id
        name
      }
      systems {
        usageId
        name
      }
      benefitCount
      latestStatus {
        missing
        report {
          id
          periodEnd
          overall
          ragTime
          ragCost
          ragQuality
          ragScope
          progressPercent
          spent
          budget
        }
      }
      proposals {
        id
        status
        problem
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
    }
    projectPhases {
      key
      name
      requiredArtefacts
    }
  }
`);

export const PassGateDocument = graphql(`
  mutation PassGate($projectId: ID!, $toPhase: String!, $version: Int!) {
    passGate(projectId: $projectId, toPhase: $toPhase, version: $version) {
      id
      phase
      version
    }
  }
`);
