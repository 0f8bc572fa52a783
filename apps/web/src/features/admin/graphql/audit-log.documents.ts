import { graphql } from '../../../gql';

export const AuditLogDocument = graphql(`
  query AuditLog($filter: AuditLogFilterInput, $offset: Int, $limit: Int) {
    auditLog(filter: $filter, offset: $offset, limit: $limit) {
      totalCount
      items {
        id
        at
        action
        entityType
        entityId
        authorName
        changes {
          field
          kind
          before
          after
        }
      }
    }
  }
`);

export const AuditLogFilterOptionsDocument = graphql(`
  query AuditLogFilterOptions {
    auditLogEntityTypes
    members {
      id
      user {
        id
        name
      }
    }
  }
`);
