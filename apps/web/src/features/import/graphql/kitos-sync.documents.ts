import { graphql } from '../../../gql';

export const KitosSyncRunFieldsFragment = graphql(`
  fragment KitosSyncRunFields on KitosSyncRun {
    ok
    created
    updated
    unchanged
    errorCount
    deleted
    conflicts
    message
    problems
  }
`);

export const KitosConnectionDocument = graphql(`
  query KitosConnection {
    kitosConnection {
      id
      baseUrl
      kitosOrganisationUuid
      emailSet
      passwordSet
      nightly
      lastRunAt
      lastRun {
        ...KitosSyncRunFields
      }
      version
    }
    kitosConflicts {
      id
      kind
      kitosUuid
      name
      changes
      overblikChangedAt
    }
  }
`);

export const SaveKitosConnectionDocument = graphql(`
  mutation SaveKitosConnection($input: KitosConnectionInput!) {
    saveKitosConnection(input: $input) {
      id
      baseUrl
      kitosOrganisationUuid
      emailSet
      passwordSet
      nightly
      version
    }
  }
`);

export const SyncKitosDocument = graphql(`
  mutation SyncKitos {
    syncKitos {
      ...KitosSyncRunFields
    }
  }
`);

export const ResolveKitosConflictDocument = graphql(`
  mutation ResolveKitosConflict($id: ID!, $choice: KitosConflictChoice!) {
    resolveKitosConflict(id: $id, choice: $choice)
  }
`);
