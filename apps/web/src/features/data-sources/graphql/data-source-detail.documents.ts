import { graphql } from '../../../gql';

export const DataSourceDetailDocument = graphql(`
  query DataSourceDetail($id: ID!) {
    dataSource(id: $id) {
      id
      name
      description
      ...DataSourceFacts_source
    }
  }
`);
