import { graphql } from '../../../gql';

export const NotificationsDocument = graphql(`
  query Notifications {
    notifications {
      id
      kind
      subjectType
      subjectId
      title
      body
      dueDate
      readAt
    }
    unreadNotificationCount
  }
`);

export const MarkNotificationReadDocument = graphql(`
  mutation MarkNotificationRead($id: ID!) {
    markNotificationRead(id: $id) {
      id
      readAt
    }
  }
`);

export const SnoozeNotificationDocument = graphql(`
  mutation SnoozeNotification($id: ID!, $until: DateTimeISO!) {
    snoozeNotification(id: $id, until: $until) {
      id
    }
  }
`);
