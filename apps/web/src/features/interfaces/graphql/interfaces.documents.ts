import { graphql } from '../../../gql';

export const InterfacesTableDocument = graphql(`
  query InterfacesTable($limit: Int!) {
    interfaces(limit: $limit) {
      totalCount
      items {
        id
        name
        description
        protocol
        dataDescription
        providerSystemId
        providerSystemName
        providerUsageId
        visibility
        ownerOrganisationId
        version
        usedBy {
          id
        }
      }
    }
  }
`);

export const InterfaceDetailDocument = graphql(`
  query InterfaceDetail($id: ID!) {
    interface(id: $id) {
      id
      name
      description
      protocol
      dataDescription
      dataTypes
      registerFamilies
      providerSystemId
      providerSystemName
      providerUsageId
      visibility
      ownerOrganisationId
      version
      usedBy {
        id
        fromUsageId
        fromUsageName
        toUsageId
        toUsageName
        data
        direction
        frequency
      }
    }
  }
`);

export const CreateInterfaceDocument = graphql(`
  mutation CreateInterface($input: InterfaceCreateInput!) {
    createInterface(input: $input) {
      id
    }
  }
`);

export const UpdateInterfaceDocument = graphql(`
  mutation UpdateInterface($input: InterfaceUpdateInput!) {
    updateInterface(input: $input) {
      id
      version
    }
  }
`);

export const DeleteInterfaceDocument = graphql(`
  mutation DeleteInterface($id: ID!, $version: Int!) {
    deleteInterface(id: $id, version: $version)
  }
`);

export const ProviderCatalogueSearchDocument = graphql(`
  query ProviderCatalogueSearch($search: String) {
    itSystems(search: $search, limit: 50) {
      items {
        id
        name
        category
      }
    }
  }
`);
