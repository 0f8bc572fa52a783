import { graphql } from '../../../gql';

export const ProjectDetailDocument = graphql(`
  query ProjectDetail($id: ID!) {
    project(id: $id) {
      id
      version
      name
      description
      ...GatePanel_project
      ...ArtefactsSection_project
      ...ProjectFacts_project
      ...StatusReportsSection_project
      ...BusinessCaseEditor_project
      ...ProjectHistory_project
      ...ProjectActions_project
      ...ProjectTeamSection_project
      ...ProjectDependencies_project
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
      version
      ...GatePanel_project
      ...ArtefactsSection_project
      ...ProjectFacts_project
      ...ProjectHistory_project
    }
  }
`);
