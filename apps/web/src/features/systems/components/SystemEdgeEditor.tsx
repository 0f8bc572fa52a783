import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Modal, Paper, Stack, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import { apiErrorMessage } from '../../../ui/error-message';
import {
  DeleteIntegrationDocument,
  DeleteUsageDataSourceDocument,
  EdgeOptionsDocument,
  SystemDetailDocument,
} from '../graphql/systems.documents';
import { AddDataSourceForm } from './AddDataSourceForm';
import { AddIntegrationForm } from './AddIntegrationForm';
import { EdgeList } from './EdgeList';
import { EditDataSourceEdgeForm } from './EditDataSourceEdgeForm';
import { EditIntegrationForm } from './EditIntegrationForm';

export const SystemEdgeEditor_usage = graphql(`
  fragment SystemEdgeEditor_usage on SystemUsage {
    id
    version
    dataSources {
      id
      version
      dataSourceName
      ...EditDataSourceEdgeForm_edge
    }
    integrationsOut {
      id
      version
      toUsageName
      ...EditIntegrationForm_integration
    }
    integrationsIn {
      id
      version
      fromUsageName
      ...EditIntegrationForm_integration
    }
  }
`);

/** For system owners: add, edit and remove the system's data sources and its integrations out and in. */
export function SystemEdgeEditor({ usage: ref }: { usage: FragmentType<typeof SystemEdgeEditor_usage> }) {
  const usage = getFragmentData(SystemEdgeEditor_usage, ref);
  const { t } = useTranslation('systems');
  // Fresh each visit: the interface catalogue may have grown on another page.
  const options = useQuery(EdgeOptionsDocument, { fetchPolicy: 'cache-and-network' });
  // A removed edge leaves the usage's lists and changes its server-computed cost and conflicts.
  const refetch = { refetchQueries: [SystemDetailDocument], awaitRefetchQueries: true };
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
        <EdgeList
          label={t('detail.dataSources')}
          items={usage.dataSources.map((e) => ({
            id: e.id,
            name: e.dataSourceName,
            editLabel: t('edges.editNamed', { name: e.dataSourceName }),
            removeLabel: t('edges.removeNamed', { name: e.dataSourceName }),
            onEdit: () => setEditing({ kind: 'source', id: e.id }),
            onRemove: () => void run(() => deleteEdge({ variables: { id: e.id, version: e.version } })),
          }))}
        />
        <AddDataSourceForm usageId={usage.id} dataSources={options.data?.dataSources.items ?? []} />
        <EdgeList
          label={t('detail.integrationsOut')}
          items={usage.integrationsOut.map((i) => ({
            id: i.id,
            name: i.toUsageName,
            editLabel: t('edges.editNamed', { name: i.toUsageName }),
            removeLabel: t('edges.removeNamed', { name: i.toUsageName }),
            onEdit: () => setEditing({ kind: 'integration', id: i.id }),
            onRemove: () =>
              void run(() => deleteIntegration({ variables: { id: i.id, version: i.version } })),
          }))}
        />
        <AddIntegrationForm
          usageId={usage.id}
          usages={options.data?.systemUsages.items ?? []}
          interfaces={interfaces}
        />
        <EdgeList
          label={t('detail.integrationsIn')}
          items={usage.integrationsIn.map((i) => ({
            id: i.id,
            name: i.fromUsageName,
            editLabel: t('edges.editIncomingNamed', { name: i.fromUsageName }),
            removeLabel: t('edges.removeIncomingNamed', { name: i.fromUsageName }),
            onEdit: () => setEditing({ kind: 'integrationIn', id: i.id }),
            onRemove: () =>
              void run(() => deleteIntegration({ variables: { id: i.id, version: i.version } })),
          }))}
        />
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
              edge={editedSource}
              dataSources={options.data?.dataSources.items ?? []}
              onDone={closeEdit}
            />
          )}
          {editedIntegration && (
            <EditIntegrationForm
              integration={editedIntegration}
              counterpartName={counterpartName}
              interfaces={interfaces}
              contracts={options.data?.contracts.items ?? []}
              onDone={closeEdit}
            />
          )}
        </Modal>
      </Stack>
    </Paper>
  );
}
