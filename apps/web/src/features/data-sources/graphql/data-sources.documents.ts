import { graphql } from '../../../gql';

export const DataSourcesTableDocument = graphql(`
  query DataSourcesTable($limit: Int!) {
    dataSources(limit: $limit) {
      totalCount
      items {
        id
        name
        ownerOrganisationId
        ...DataSourcesTable_row
        ...DataSourceForm_source
      }
    }
  }
`);
