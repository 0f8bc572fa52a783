import { useMutation, useQuery } from '@apollo/client/react';
import { Badge, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { SIGN_IN_PATH } from '../../../app/areas';
import { useViewer } from '../../../app/useViewer';
import { QueryState } from '../../../ui/QueryState';
import { useErrorMessage } from '../../../ui/useErrorMessage';
import { useFormatters } from '../../../ui/useFormatters';
import {
  MySessionsDocument,
  RevokeSessionDocument,
  SignOutEverywhereDocument,
} from '../graphql/account.documents';
import { ScrollTable } from '../../../ui/ScrollTable';

/** The viewer's own sessions (this one marked), each can be signed out, or all at once. */
export function SessionsPanel() {
  const { t } = useTranslation('account');
  const titleId = useId();
  const navigate = useNavigate();
  const describeError = useErrorMessage();
  const { formatDateTime } = useFormatters();
  const { refetch: refetchViewer } = useViewer();
  const { data, loading, error, refetch } = useQuery(MySessionsDocument);
  const [revoke] = useMutation(RevokeSessionDocument, { refetchQueries: [MySessionsDocument] });
  const [signOutEverywhere, everywhere] = useMutation(SignOutEverywhereDocument);
  const sessions = data?.mySessions ?? [];

  // Ending this session (alone or with the rest) signs the viewer out here too.
  const leave = async () => {
    await refetchViewer();
    await navigate(SIGN_IN_PATH, { replace: true });
  };
  const revokeOne = async (id: string, current: boolean) => {
    try {
      await revoke({ variables: { id } });
      notifications.show({ color: 'green', message: t('sessions.revoked') });
      if (current) await leave();
    } catch (e) {
      notifications.show({ color: 'red', message: describeError(e) });
    }
  };
  const endAll = async () => {
    try {
      await signOutEverywhere();
      await leave();
    } catch (e) {
      notifications.show({ color: 'red', message: describeError(e) });
    }
  };

  return (
    <Stack gap="sm" component="section" aria-labelledby={titleId}>
      <Title order={2} size="h4" id={titleId}>
        {t('sessions.title')}
      </Title>
      <QueryState
        loading={loading && !data}
        error={error}
        onRetry={() => void refetch()}
        empty={sessions.length === 0}
        loadingLabel={t('sessions.loading')}
        emptyText={t('sessions.empty')}
      >
        <ScrollTable label={t('sessions.caption')} minWidth={520}>
          <Table striped captionSide="top" maw={720}>
            <Table.Caption>{t('sessions.caption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('sessions.created')}</Table.Th>
                <Table.Th scope="col">{t('sessions.expires')}</Table.Th>
                <Table.Th scope="col">{t('sessions.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {sessions.map((session) => {
                const created = formatDateTime(session.createdAt);
                return (
                  <Table.Tr key={session.id}>
                    <Table.Th scope="row" fw={500}>
                      <Group gap="xs">
                        {created}
                        {session.current && (
                          <Badge variant="light" color="green">
                            {t('sessions.current')}
                          </Badge>
                        )}
                      </Group>
                    </Table.Th>
                    <Table.Td>{formatDateTime(session.expiresAt)}</Table.Td>
                    <Table.Td>
                      <Button
                        size="xs"
                        variant="light"
                        aria-label={t('sessions.revokeLabel', { created })}
                        onClick={() => void revokeOne(session.id, session.current)}
                      >
                        {t('sessions.revoke')}
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      </QueryState>
      <Group>
        <Button color="red" variant="light" loading={everywhere.loading} onClick={() => void endAll()}>
          {t('sessions.signOutEverywhere')}
        </Button>
        <Text size="sm" c="dimmed">
          {t('sessions.signOutEverywhereHelp')}
        </Text>
      </Group>
    </Stack>
  );
}
