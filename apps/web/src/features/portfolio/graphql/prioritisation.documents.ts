import { graphql } from '../../../gql';

export const PrioritisationModelDocument = graphql(`
  query PrioritisationModel {
    prioritisationModel {
      id
      name
      criteria {
        id
        name
        description
        weight
        scaleMin
        scaleMax
        direction
        mandatory
        ordinal
        version
      }
      categories {
        id
        dimension
        name
        version
      }
    }
  }
`);

export const CreateCriterionDocument = graphql(`
  mutation CreateCriterion($input: CriterionCreateInput!) {
    createCriterion(input: $input) {
      id
      name
      version
    }
  }
`);

export const UpdateCriterionDocument = graphql(`
  mutation UpdateCriterion($input: CriterionUpdateInput!) {
    updateCriterion(input: $input) {
      id
      name
      description
      weight
      scaleMin
      scaleMax
      direction
      mandatory
      version
    }
  }
`);

export const DeleteCriterionDocument = graphql(`
  mutation DeleteCriterion($id: ID!, $version: Int!) {
    deleteCriterion(id: $id, version: $version)
  }
`);

export const CreateCategoryDocument = graphql(`
  mutation CreateCategory($input: CategoryCreateInput!) {
    createCategory(input: $input) {
      id
      dimension
      name
      version
    }
  }
`);

export const UpdateCategoryDocument = graphql(`
  mutation UpdateCategory($input: CategoryUpdateInput!) {
    updateCategory(input: $input) {
      id
      dimension
      name
      version
    }
  }
`);

export const DeleteCategoryDocument = graphql(`
  mutation DeleteCategory($id: ID!, $version: Int!) {
    deleteCategory(id: $id, version: $version)
  }
`);

export const ProjectPrioritisationDocument = graphql(`
  query ProjectPrioritisation($id: ID!) {
    project(id: $id) {
      id
      version
      scores {
        id
        criterionId
        value
        version
      }
      categories {
        id
        dimension
        name
      }
    }
    prioritisationModel {
      id
      criteria {
        id
        name
        description
        weight
        scaleMin
        scaleMax
        direction
        mandatory
      }
      categories {
        id
        dimension
        name
      }
    }
  }
`);

export const SetCriterionScoreDocument = graphql(`
  mutation SetCriterionScore($input: CriterionScoreInput!) {
    setCriterionScore(input: $input) {
      id
      criterionId
      value
      version
    }
  }
`);

export const SetProjectCategoriesDocument = graphql(`
  mutation SetProjectCategories($input: ProjectCategoriesInput!) {
    setProjectCategories(input: $input) {
      id
      version
      categories {
        id
        dimension
        name
      }
    }
  }
`);

export const ProjectOverlapsDocument = graphql(`
  query ProjectOverlaps {
    projectOverlaps {
      kind
      key
      name
      projects {
        id
        name
        status
        phase
      }
    }
    projectPhases {
      key
      name
    }
  }
`);

export const RelatedProjectsDocument = graphql(`
  query RelatedProjects($id: ID!) {
    project(id: $id) {
      id
      relatedProjects {
        project {
          id
          name
          status
        }
        sharedSystems {
          usageId
          name
        }
        sharedCapabilities
      }
    }
  }
`);
