import { graphql } from '../../../gql';

export const CreateDataSourceDocument = graphql(`
  mutation CreateDataSource($input: DataSourceCreateInput!) {
    createDataSource(input: $input) {
      id
    }
  }
`);

export const UpdateDataSourceDocument = graphql(`
  mutation UpdateDataSource($input: DataSourceUpdateInput!) {
    updateDataSource(input: $input) {
      id
      version
      ...DataSourcesTable_row
      ...DataSourceForm_source
    }
  }
`);

/** The suppliers a data source can name (the shared register plus the organisation's own). */
export const DataSourceSupplierOptionsDocument = graphql(`
  query DataSourceSupplierOptions {
    suppliers(limit: 500) {
      items {
        id
        name
      }
    }
  }
`);
