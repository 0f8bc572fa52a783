import { graphql } from '../../../gql';

export const DataSourceDetailDocument = graphql(`
  query DataSourceDetail($id: ID!) {
    dataSource(id: $id) {
      id
      name
      description
      ...DataSourceFacts_source
      ...DataSourceCost_source
      ...DataSourceAuthority_source
      ...DataSourceExitPlan_source
      profile {
        ...DataSourceReaders_profile
        ...DataSourceTouching_profile
      }
    }
  }
`);
