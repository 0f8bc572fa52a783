import { graphql } from '../../../gql';

export const InterfacesTableDocument = graphql(`
  query InterfacesTable($limit: Int!) {
    interfaces(limit: $limit) {
      totalCount
      items {
        id
        ...InterfacesTable_row
      }
    }
  }
`);

export const InterfaceDetailDocument = graphql(`
  query InterfaceDetail($id: ID!) {
    interface(id: $id) {
      id
      version
      name
      description
      ownerOrganisationId
      ...InterfaceFacts_entry
      ...InterfaceUsedBy_entry
      ...InterfaceForm_entry
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
      name
      description
      ...InterfacesTable_row
      ...InterfaceFacts_entry
      ...InterfaceForm_entry
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
