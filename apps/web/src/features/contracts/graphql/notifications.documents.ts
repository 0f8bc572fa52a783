import { graphql } from '../../../gql';

export const NotificationsDocument = graphql(`
  query Notifications {
    notifications {
      id
      ...NotificationCentre_notification
    }
    unreadNotificationCount
  }
`);

export const MarkNotificationReadDocument = graphql(`
  mutation MarkNotificationRead($id: ID!) {
    markNotificationRead(id: $id) {
      id
      ...NotificationCentre_notification
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
