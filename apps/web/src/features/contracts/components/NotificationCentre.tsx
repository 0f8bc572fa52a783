import { useMutation, useQuery } from '@apollo/client/react';
import {
  ActionIcon,
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  Indicator,
  Popover,
  ScrollArea,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { isOverdue } from '@overblik/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { getFragmentData, graphql } from '../../../gql';
import { useToday } from '../../../app/useToday';
import { QueryState } from '../../../ui/QueryState';
import { useErrorMessage } from '../../../ui/useErrorMessage';
import { useFormatters } from '../../../ui/useFormatters';
import { contractPath } from '../contract-types';
import {
  MarkNotificationReadDocument,
  NotificationsDocument,
  SnoozeNotificationDocument,
} from '../graphql/notifications.documents';
import { useRetenderProposal } from './RetenderProposalButton';

export const NotificationCentre_notification = graphql(`
  fragment NotificationCentre_notification on Notification {
    id
    kind
    subjectType
    subjectId
    title
    dueDate
    readAt
  }
`);

const POLL_MS = 5 * 60_000;
const WEEK_MS = 7 * 86_400_000;

function BellIcon() {
  return (
    <svg
      width="20"
      height="20"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      aria-hidden
    >
      <path d="M6 8a6 6 0 0 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
      <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
    </svg>
  );
}

/** The header's notification centre: a bell with the unread count and the viewer's notices. */
export function NotificationCentre() {
  const { t } = useTranslation('contracts');
  const { formatDate } = useFormatters();
  const today = useToday();
  // Controlled, so an action that opens a dialog closes the list first; the dialog is rendered
  // outside the list, so it stays when the list closes.
  const [opened, setOpened] = useState(false);
  const retender = useRetenderProposal();
  const describeError = useErrorMessage();
  const { data, loading, error, refetch } = useQuery(NotificationsDocument, { pollInterval: POLL_MS });
  // Read: the notice updates from the mutation's fragment, but the unread count is computed on the server.
  const [markRead] = useMutation(MarkNotificationReadDocument, {
    refetchQueries: [{ query: NotificationsDocument }],
    awaitRefetchQueries: true,
  });
  // Snoozed: the notice leaves the list, and the unread count is computed on the server.
  const [snooze] = useMutation(SnoozeNotificationDocument, {
    refetchQueries: [{ query: NotificationsDocument }],
    awaitRefetchQueries: true,
  });
  const unread = data?.unreadNotificationCount ?? 0;
  const items = getFragmentData(NotificationCentre_notification, data?.notifications ?? []);

  return (
    // The indicator wraps the popover, not its target: the target's ARIA attributes belong on the button.
    <Indicator label={unread} size={16} disabled={unread === 0} offset={4}>
      <Popover position="bottom-end" width={420} shadow="md" trapFocus opened={opened} onChange={setOpened}>
        <Popover.Target>
          <ActionIcon
            variant="subtle"
            size="lg"
            aria-label={t('notifications.open', { count: unread })}
            onClick={() => setOpened((o) => !o)}
          >
            <BellIcon />
          </ActionIcon>
        </Popover.Target>
        <Popover.Dropdown>
          <Title order={2} size="h5" mb="xs">
            {t('notifications.title')}
          </Title>
          {retender.error && (
            <Alert color="red" role="alert" mb="xs">
              {describeError(retender.error)}
            </Alert>
          )}
          <QueryState
            loading={loading && !data}
            error={error}
            onRetry={() => void refetch()}
            empty={items.length === 0}
            loadingLabel={t('notifications.loading')}
            emptyText={t('notifications.empty')}
          >
            <ScrollArea.Autosize mah={480} type="auto">
              <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
                {items.map((n) => {
                  const overdue = !!n.dueDate && !!today && isOverdue(n.dueDate, today);
                  return (
                    <li key={n.id} data-testid="notification">
                      <Group gap="xs" mb={2}>
                        <Badge size="xs" variant="light">
                          {t(`notifications.kind.${n.kind as 'RETENDER_DECISION_DUE'}`, {
                            defaultValue: n.kind,
                          })}
                        </Badge>
                        {overdue && (
                          <Badge size="xs" color="red" data-testid="notification-overdue">
                            {t('notifications.overdue')}
                          </Badge>
                        )}
                        {!n.readAt && (
                          <Badge size="xs" color="blue">
                            {t('notifications.unread')}
                          </Badge>
                        )}
                      </Group>
                      <Text size="sm" fw={n.readAt ? 400 : 600}>
                        {n.title}
                      </Text>
                      {n.dueDate && (
                        <Text size="xs" c={overdue ? 'red.9' : 'dimmed'} fw={overdue ? 600 : undefined}>
                          {t(overdue ? 'notifications.overdueSince' : 'notifications.due', {
                            date: formatDate(n.dueDate),
                          })}
                        </Text>
                      )}
                      <Group gap="xs" mt={4} wrap="wrap">
                        {n.subjectType === 'Contract' && (
                          <Anchor
                            component={Link}
                            to={contractPath(n.subjectId)}
                            size="xs"
                            onClick={() => setOpened(false)}
                          >
                            {t('notifications.openContract')}
                          </Anchor>
                        )}
                        {n.kind === 'RETENDER_DECISION_DUE' && (
                          <Button
                            size="compact-xs"
                            loading={retender.loading}
                            onClick={() =>
                              void retender.run(n.subjectId, () => {
                                // The proposal's dialog takes over: the list must not stay on top of it.
                                setOpened(false);
                                void markRead({ variables: { id: n.id } });
                              })
                            }
                          >
                            {t('retender.start')}
                          </Button>
                        )}
                        {!n.readAt && (
                          <Button
                            size="compact-xs"
                            variant="default"
                            onClick={() => void markRead({ variables: { id: n.id } })}
                          >
                            {t('notifications.markRead')}
                          </Button>
                        )}
                        <Button
                          size="compact-xs"
                          variant="default"
                          onClick={() =>
                            void snooze({
                              variables: { id: n.id, until: new Date(Date.now() + WEEK_MS).toISOString() },
                            })
                          }
                        >
                          {t('notifications.snooze')}
                        </Button>
                      </Group>
                    </li>
                  );
                })}
              </Stack>
            </ScrollArea.Autosize>
          </QueryState>
        </Popover.Dropdown>
      </Popover>
      {retender.dialog}
    </Indicator>
  );
}
