import { graphql } from '../../../gql';

export const DecideProjectLifecycleDocument = graphql(`
  mutation DecideProjectLifecycle($input: ProjectLifecycleDecisionInput!) {
    decideProjectLifecycle(input: $input) {
      id
      version
      status
      ...ProjectFacts_project
      ...ProjectHistory_project
      ...ProjectActions_project
    }
  }
`);

export const DeleteProjectDocument = graphql(`
  mutation DeleteProject($id: ID!, $version: Int!) {
    deleteProject(id: $id, version: $version)
  }
`);

export const SetProjectTeamDocument = graphql(`
  mutation SetProjectTeam($projectId: ID!, $version: Int!, $members: [ProjectTeamMemberInput!]!) {
    setProjectTeam(projectId: $projectId, version: $version, members: $members) {
      id
      version
      ...ProjectTeamSection_project
    }
  }
`);
