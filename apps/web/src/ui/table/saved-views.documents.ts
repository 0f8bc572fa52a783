import { graphql } from '../../gql';

export const SavedViewsDocument = graphql(`
  query SavedViews($tableKey: String!) {
    savedViews(tableKey: $tableKey) {
      id
      ...SavedViewsControl_view
    }
  }
`);

export const SaveViewDocument = graphql(`
  mutation SaveView($input: SavedViewInput!) {
    saveView(input: $input) {
      id
    }
  }
`);

export const UpdateSavedViewDocument = graphql(`
  mutation UpdateSavedView($input: SavedViewUpdateInput!) {
    updateSavedView(input: $input) {
      id
      version
      ...SavedViewsControl_view
    }
  }
`);

export const DeleteSavedViewDocument = graphql(`
  mutation DeleteSavedView($id: ID!, $version: Int!) {
    deleteSavedView(id: $id, version: $version)
  }
`);
