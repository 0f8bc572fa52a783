import { graphql } from '../../../gql';

/** Sent to /graphql-import: the one path whose body may carry a whole workbook. */
export const IMPORT_URI = '/graphql-import';

export const ImportKitosDocument = graphql(`
  mutation ImportKitos($input: KitosImportInput!) {
    importKitos(input: $input) {
      kind
      applied
      created
      updated
      unchanged
      errorCount
      fields
      columns {
        column
        title
        target
        note
      }
      lines {
        row
        name
        status
        changes
        errors {
          column
          message
        }
        warnings {
          column
          message
        }
      }
    }
  }
`);

export const KitosAttributesDocument = graphql(`
  query KitosAttributes($id: ID!) {
    systemUsage(id: $id) {
      id
      kitosAttributes {
        title
        value
      }
    }
  }
`);
