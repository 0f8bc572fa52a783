import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Group, List, Modal, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SystemDetailQuery } from '../../../gql/graphql';
import { apiErrorMessage } from '../../../ui/error-message';
import {
  DeleteIntegrationDocument,
  DeleteUsageDataSourceDocument,
  EdgeOptionsDocument,
  SystemDetailDocument,
} from '../graphql/systems.documents';
import { AddDataSourceForm } from './AddDataSourceForm';
import { AddIntegrationForm } from './AddIntegrationForm';
import { EditDataSourceEdgeForm } from './EditDataSourceEdgeForm';
import { EditIntegrationForm } from './EditIntegrationForm';

type Usage = SystemDetailQuery['systemUsage'];

/** For system owners: add, edit and remove the system's data sources and its integrations out and in. */
export function SystemEdgeEditor({ usage }: { usage: Usage }) {
  const { t } = useTranslation('systems');
  // Fresh each visit: the interface catalogue may have grown on another page.
  const options = useQuery(EdgeOptionsDocument, { fetchPolicy: 'cache-and-network' });
  const refetch = {
    refetchQueries: [{ query: SystemDetailDocument, variables: { id: usage.id } }],
    awaitRefetchQueries: true,
  };
  const [deleteEdge] = useMutation(DeleteUsageDataSourceDocument, refetch);
  const [deleteIntegration] = useMutation(DeleteIntegrationDocument, refetch);
  const [error, setError] = useState<string | null>(null);
  const [editing, setEditing] = useState<{
    kind: 'source' | 'integration' | 'integrationIn';
    id: string;
  } | null>(null);
  const editedSource =
    editing?.kind === 'source' ? usage.dataSources.find((e) => e.id === editing.id) : undefined;
  const editedOut =
    editing?.kind === 'integration' ? usage.integrationsOut.find((i) => i.id === editing.id) : undefined;
  const editedIn =
    editing?.kind === 'integrationIn' ? usage.integrationsIn.find((i) => i.id === editing.id) : undefined;
  const editedIntegration = editedOut ?? editedIn;
  const counterpartName = editedOut?.toUsageName ?? editedIn?.fromUsageName ?? '';
  const interfaces = options.data?.interfaces.items ?? [];
  const closeEdit = () => setEditing(null);

  const run = async (action: () => Promise<unknown>) => {
    setError(null);
    try {
      await action();
    } catch (e) {
      setError(apiErrorMessage(e) ?? t('form.failed'));
    }
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="edge-editor">
      <Stack gap="md">
        <Title order={2} size="h3" id="edge-editor">
          {t('edges.title')}
        </Title>
        {error && (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        )}
        <List listStyleType="none" spacing="xs" aria-label={t('detail.dataSources')}>
          {usage.dataSources.map((e) => (
            <List.Item key={e.id}>
              <Group gap="sm">
                <Text size="sm">{e.dataSourceName}</Text>
                <Button
                  size="compact-xs"
                  variant="default"
                  aria-label={t('edges.editNamed', { name: e.dataSourceName })}
                  onClick={() => setEditing({ kind: 'source', id: e.id })}
                >
                  {t('edges.edit')}
                </Button>
                <Button
                  size="compact-xs"
                  variant="default"
                  aria-label={t('edges.removeNamed', { name: e.dataSourceName })}
                  onClick={() => void run(() => deleteEdge({ variables: { id: e.id, version: e.version } }))}
                >
                  {t('edges.remove')}
                </Button>
              </Group>
            </List.Item>
          ))}
        </List>
        <AddDataSourceForm usageId={usage.id} dataSources={options.data?.dataSources.items ?? []} />
        <List listStyleType="none" spacing="xs" aria-label={t('detail.integrationsOut')}>
          {usage.integrationsOut.map((i) => (
            <List.Item key={i.id}>
              <Group gap="sm">
                <Text size="sm">{i.toUsageName}</Text>
                <Button
                  size="compact-xs"
                  variant="default"
                  aria-label={t('edges.editNamed', { name: i.toUsageName })}
                  onClick={() => setEditing({ kind: 'integration', id: i.id })}
                >
                  {t('edges.edit')}
                </Button>
                <Button
                  size="compact-xs"
                  variant="default"
                  aria-label={t('edges.removeNamed', { name: i.toUsageName })}
                  onClick={() =>
                    void run(() => deleteIntegration({ variables: { id: i.id, version: i.version } }))
                  }
                >
                  {t('edges.remove')}
                </Button>
              </Group>
            </List.Item>
          ))}
        </List>
        <AddIntegrationForm
          usageId={usage.id}
          usages={options.data?.systemUsages.items ?? []}
          interfaces={interfaces}
        />
        <List listStyleType="none" spacing="xs" aria-label={t('detail.integrationsIn')}>
          {usage.integrationsIn.map((i) => (
            <List.Item key={i.id}>
              <Group gap="sm">
                <Text size="sm">{i.fromUsageName}</Text>
                <Button
                  size="compact-xs"
                  variant="default"
                  aria-label={t('edges.editIncomingNamed', { name: i.fromUsageName })}
                  onClick={() => setEditing({ kind: 'integrationIn', id: i.id })}
                >
                  {t('edges.edit')}
                </Button>
                <Button
                  size="compact-xs"
                  variant="default"
                  aria-label={t('edges.removeIncomingNamed', { name: i.fromUsageName })}
                  onClick={() =>
                    void run(() => deleteIntegration({ variables: { id: i.id, version: i.version } }))
                  }
                >
                  {t('edges.remove')}
                </Button>
              </Group>
            </List.Item>
          ))}
        </List>
        <AddIntegrationForm
          usageId={usage.id}
          usages={options.data?.systemUsages.items ?? []}
          interfaces={interfaces}
          incoming
        />
        <Modal
          closeButtonProps={{ 'aria-label': t('dialogClose') }}
          opened={!!(editedSource ?? editedIntegration)}
          onClose={closeEdit}
          title={t('edges.editNamed', {
            name: editedSource?.dataSourceName ?? counterpartName,
          })}
          size="lg"
        >
          {editedSource && (
            <EditDataSourceEdgeForm
              usageId={usage.id}
              edge={editedSource}
              dataSources={options.data?.dataSources.items ?? []}
              onDone={closeEdit}
            />
          )}
          {editedIntegration && (
            <EditIntegrationForm
              usageId={usage.id}
              integration={editedIntegration}
              counterpartName={counterpartName}
              interfaces={interfaces}
              onDone={closeEdit}
            />
          )}
        </Modal>
      </Stack>
    </Paper>
  );
}
