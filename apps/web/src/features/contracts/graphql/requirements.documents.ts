import { graphql } from '../../../gql';

export const StandardRequirementsDocument = graphql(`
  query StandardRequirements {
    standardRequirements(includeInactive: true) {
      id
      ...StandardRequirementsPanel_requirement
    }
  }
`);

export const CreateStandardRequirementDocument = graphql(`
  mutation CreateStandardRequirement($input: StandardRequirementInput!) {
    createStandardRequirement(input: $input) {
      id
      ...StandardRequirementsPanel_requirement
    }
  }
`);

export const UpdateStandardRequirementDocument = graphql(`
  mutation UpdateStandardRequirement($input: StandardRequirementUpdateInput!) {
    updateStandardRequirement(input: $input) {
      id
      ...StandardRequirementsPanel_requirement
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
      ...RequirementChecklist_check
    }
  }
`);

export const AddRequirementChecklistDocument = graphql(`
  mutation AddRequirementChecklist($projectId: ID!) {
    addRequirementChecklist(projectId: $projectId) {
      id
      ...RequirementChecklist_check
    }
  }
`);

export const UpdateRequirementCheckDocument = graphql(`
  mutation UpdateRequirementCheck($input: RequirementCheckUpdateInput!) {
    updateRequirementCheck(input: $input) {
      id
      ...RequirementChecklist_check
    }
  }
`);
