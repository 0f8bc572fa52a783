import { graphql } from '../../../gql';

export const CatalogueSearchDocument = graphql(`
  query CatalogueSearch($search: String) {
    itSystems(search: $search, limit: 50) {
      items {
        id
        name
        category
      }
    }
  }
`);

export const CreateItSystemDocument = graphql(`
  mutation CreateItSystem($input: ItSystemInput!) {
    createItSystem(input: $input) {
      id
      name
    }
  }
`);

export const CreateSystemUsageDocument = graphql(`
  mutation CreateSystemUsage($input: SystemUsageCreateInput!) {
    createSystemUsage(input: $input) {
      id
    }
  }
`);
