import { graphql } from '../../../gql';

export const StandardRequirementsDocument = graphql(`
  query StandardRequirements {
    standardRequirements(includeInactive: true) {
      id
      category
      title
      description
      active
      version
    }
  }
`);

export const CreateStandardRequirementDocument = graphql(`
  mutation CreateStandardRequirement($input: StandardRequirementInput!) {
    createStandardRequirement(input: $input) {
      id
      version
    }
  }
`);

export const UpdateStandardRequirementDocument = graphql(`
  mutation UpdateStandardRequirement($input: StandardRequirementUpdateInput!) {
    updateStandardRequirement(input: $input) {
      id
      category
      title
      description
      active
      version
    }
  }
`);

export const DeleteStandardRequirementDocument = graphql(`
  mutation DeleteStandardRequirement($id: ID!, $version: Int!) {
    deleteStandardRequirement(id: $id, version: $version)
  }
`);

export const RequirementChecklistDocument = graphql(`
  query RequirementChecklist($projectId: ID!) {
    requirementChecklist(projectId: $projectId) {
      id
      fulfilled
      note
      version
      requirement {
        id
        category
        title
        description
      }
    }
  }
`);

export const AddRequirementChecklistDocument = graphql(`
  mutation AddRequirementChecklist($projectId: ID!) {
    addRequirementChecklist(projectId: $projectId) {
      id
    }
  }
`);

export const UpdateRequirementCheckDocument = graphql(`
  mutation UpdateRequirementCheck($input: RequirementCheckUpdateInput!) {
    updateRequirementCheck(input: $input) {
      id
      fulfilled
      note
      version
    }
  }
`);
