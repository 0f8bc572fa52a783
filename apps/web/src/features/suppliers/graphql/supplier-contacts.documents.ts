import { graphql } from '../../../gql';

export const CreateSupplierContactDocument = graphql(`
  mutation CreateSupplierContact($input: SupplierContactCreateInput!) {
    createSupplierContact(input: $input) {
      id
    }
  }
`);

export const UpdateSupplierContactDocument = graphql(`
  mutation UpdateSupplierContact($input: SupplierContactUpdateInput!) {
    updateSupplierContact(input: $input) {
      id
      version
      name
      role
      email
      phone
    }
  }
`);

export const DeleteSupplierContactDocument = graphql(`
  mutation DeleteSupplierContact($id: ID!, $version: Int!) {
    deleteSupplierContact(id: $id, version: $version)
  }
`);

export const SaveSupplierNotesDocument = graphql(`
  mutation SaveSupplierNotes($input: SupplierNotesInput!) {
    saveSupplierNotes(input: $input) {
      notes
      version
    }
  }
`);
