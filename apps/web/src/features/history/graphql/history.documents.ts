import { graphql } from '../../../gql';

export const ChangeHistoryDocument = graphql(`
  query ChangeHistory($entity: HistoryEntity!, $id: ID!) {
    history(entity: $entity, id: $id) {
      id
      at
      action
      entityType
      authorName
      changes {
        field
        kind
        before
        after
      }
    }
  }
`);
