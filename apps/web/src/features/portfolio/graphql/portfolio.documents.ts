import { graphql } from '../../../gql';

export const PORTFOLIO_LIMIT = 500;

export const PortfolioProjectsDocument = graphql(`
  query PortfolioProjects($limit: Int!) {
    projects(limit: $limit, sort: { field: NAME, direction: ASC }) {
      totalCount
      items {
        id
        ...ProjectsTable_row
      }
    }
    projectPhases {
      key
      name
    }
  }
`);

export const PortfolioBoardDocument = graphql(`
  query PortfolioBoard($scenarioId: ID) {
    portfolioBoard(scenarioId: $scenarioId) {
      scenarioId
      capacityLineIndex
      divergenceThreshold
      entries {
        fits
        project {
          id
          name
          categories {
            id
          }
          dependsOnIds
        }
        ...BoardRow_entry
      }
    }
  }
`);

export const ReorderProjectDocument = graphql(`
  mutation ReorderProject($projectId: ID!, $beforeId: ID, $afterId: ID) {
    reorderProject(projectId: $projectId, beforeId: $beforeId, afterId: $afterId) {
      id
      rankKey
    }
  }
`);

export const PortfolioScenariosDocument = graphql(`
  query PortfolioScenarios {
    portfolioScenarios {
      id
      ...ScenarioBar_scenario
    }
  }
`);

export const CreateScenarioDocument = graphql(`
  mutation CreateScenario($name: String!) {
    createScenario(name: $name) {
      id
      ...ScenarioBar_scenario
    }
  }
`);

export const ReorderInScenarioDocument = graphql(`
  mutation ReorderInScenario($scenarioId: ID!, $projectId: ID!, $beforeId: ID, $afterId: ID) {
    reorderInScenario(
      scenarioId: $scenarioId
      projectId: $projectId
      beforeId: $beforeId
      afterId: $afterId
    ) {
      id
    }
  }
`);

export const ApproveScenarioDocument = graphql(`
  mutation ApproveScenario($scenarioId: ID!, $version: Int!) {
    approveScenario(scenarioId: $scenarioId, version: $version) {
      id
      version
      ...ScenarioBar_scenario
    }
  }
`);
