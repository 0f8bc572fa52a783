import { graphql } from '../../../gql';

export const SuppliersListDocument = graphql(`
  query SuppliersList($limit: Int!) {
    suppliers(limit: $limit) {
      totalCount
      items {
        id
        ...SuppliersTable_row
      }
    }
  }
`);

export const SupplierFields = graphql(`
  fragment SupplierFields on Supplier {
    id
    version
    name
    cvr
    ownerOrganisationId
  }
`);

export const SupplierDetailDocument = graphql(`
  query SupplierDetail($id: ID!) {
    supplier(id: $id) {
      id
      ...SupplierFields
      ...SupplierRelations_supplier
      ...SupplierContacts_supplier
      ...SupplierNotes_supplier
    }
  }
`);

export const CreateSupplierDocument = graphql(`
  mutation CreateSupplier($input: SupplierInput!) {
    createSupplier(input: $input) {
      id
      ...SupplierFields
    }
  }
`);

export const UpdateSupplierDocument = graphql(`
  mutation UpdateSupplier($input: SupplierUpdateInput!) {
    updateSupplier(input: $input) {
      id
      ...SupplierFields
    }
  }
`);

export const DeleteSupplierDocument = graphql(`
  mutation DeleteSupplier($id: ID!, $version: Int!) {
    deleteSupplier(id: $id, version: $version)
  }
`);
