import { graphql } from '../../../gql';

/** The rights holders a catalogue entry can name (the shared register plus the organisation's own). */
export const CatalogueEntryOptionsDocument = graphql(`
  query CatalogueEntryOptions {
    suppliers(limit: 500) {
      items {
        id
        name
      }
    }
  }
`);

/** Comes back with the catalogue block's fragments, so the system page updates from the cache. */
export const UpdateItSystemDocument = graphql(`
  mutation UpdateItSystem($input: ItSystemUpdateInput!) {
    updateItSystem(input: $input) {
      id
      ...CatalogueEntry_system
      ...CatalogueEntryForm_system
    }
  }
`);
