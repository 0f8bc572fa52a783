import { graphql } from '../../../gql';

export const PrioritisationModelDocument = graphql(`
  query PrioritisationModel {
    prioritisationModel {
      id
      name
      criteria {
        id
        ...CriteriaEditor_criterion
      }
      categories {
        id
        ...CategoriesEditor_category
        ...BoardCategoryFilter_category
      }
    }
  }
`);

export const CreateCriterionDocument = graphql(`
  mutation CreateCriterion($input: CriterionCreateInput!) {
    createCriterion(input: $input) {
      id
      name
      ...CriteriaEditor_criterion
    }
  }
`);

export const UpdateCriterionDocument = graphql(`
  mutation UpdateCriterion($input: CriterionUpdateInput!) {
    updateCriterion(input: $input) {
      id
      version
      name
      ...CriteriaEditor_criterion
      ...ProjectPrioritisation_criterion
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
      name
      ...CategoriesEditor_category
      ...BoardCategoryFilter_category
    }
  }
`);

export const UpdateCategoryDocument = graphql(`
  mutation UpdateCategory($input: CategoryUpdateInput!) {
    updateCategory(input: $input) {
      id
      version
      name
      ...CategoriesEditor_category
      ...BoardCategoryFilter_category
      ...ProjectPrioritisation_category
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
      ...ProjectPrioritisation_project
    }
    prioritisationModel {
      id
      criteria {
        id
        ...ProjectPrioritisation_criterion
      }
      categories {
        id
        ...ProjectPrioritisation_category
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
      ...ProjectPrioritisation_project
    }
  }
`);

export const ProjectOverlapsDocument = graphql(`
  query ProjectOverlaps {
    projectOverlaps {
      kind
      key
      ...SynergyOverview_overlap
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
        ...RelatedProjects_related
      }
    }
  }
`);
