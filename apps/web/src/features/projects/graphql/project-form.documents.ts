import { graphql } from '../../../gql';

/** Who and what a project can be linked to: the organisation's people, units, strategies, systems and projects. */
export const ProjectFormOptionsDocument = graphql(`
  query ProjectFormOptions {
    members {
      id
      user {
        id
        name
      }
    }
    units {
      id
      name
    }
    strategies {
      id
      name
    }
    programmes(includeArchived: true) {
      id
      name
      archived
    }
    systemUsages(limit: 500, sort: { field: NAME, direction: ASC }) {
      items {
        id
        name
      }
    }
    projects(limit: 500, sort: { field: NAME, direction: ASC }) {
      items {
        id
        name
        dependsOnIds
      }
    }
  }
`);

export const UpdateProjectDocument = graphql(`
  mutation UpdateProject($input: ProjectUpdateInput!) {
    updateProject(input: $input) {
      id
      version
      name
      description
      ...ProjectForm_project
      ...ProjectFacts_project
      ...GatePanel_project
      ...ProjectDependencies_project
    }
  }
`);

export const CreateProjectDocument = graphql(`
  mutation CreateProject($input: ProjectCreateInput!) {
    createProject(input: $input) {
      id
    }
  }
`);

export const AppointProjectLeadDocument = graphql(`
  mutation AppointProjectLead($projectId: ID!, $leadUserId: ID!, $version: Int!) {
    appointProjectLead(projectId: $projectId, leadUserId: $leadUserId, version: $version) {
      id
      version
      ...ProjectForm_project
      ...ProjectFacts_project
    }
  }
`);
