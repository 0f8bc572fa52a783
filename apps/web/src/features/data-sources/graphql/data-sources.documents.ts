import { graphql } from '../../../gql';

export const DataSourcesTableDocument = graphql(`
  query DataSourcesTable($limit: Int!) {
    dataSources(limit: $limit) {
      totalCount
      items {
        id
        name
        kind
        registerFamily
        copyOfId
        defaultChannel
        lifecycle
        endsOn
        description
        costModel
        ownerOrganisationId
        version
        yearlyCost
        uses {
          id
          usageId
          usageName
          channel
          access
          yearlyCost
          authoritative
        }
      }
    }
  }
`);
