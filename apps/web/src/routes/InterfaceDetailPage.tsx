import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Anchor, Button, Group, Modal, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useViewer } from '../app/useViewer';
import { InterfaceForm } from '../features/interfaces/components/InterfaceForm';
import {
  DeleteInterfaceDocument,
  InterfaceDetailDocument,
  InterfacesTableDocument,
} from '../features/interfaces/graphql/interfaces.documents';
import { SectionTable } from '../ui/SectionTable';
import { useCanEditCatalogueEntry } from '../app/useCanEditLandscape';
import { apiErrorMessage } from '../ui/error-message';
import { PageHeader } from '../ui/PageHeader';
import { usePayloadText } from '../ui/PayloadFields';
import { QueryState } from '../ui/QueryState';

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="sm" c="dimmed" component="dt">
        {label}
      </Text>
      <Text component="dd" m={0}>
        {children}
      </Text>
    </div>
  );
}

export function InterfaceDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation(['interfaces', 'systems', 'common']);
  const payloadText = usePayloadText();
  const navigate = useNavigate();
  const { organisation } = useViewer();
  const canEditEntry = useCanEditCatalogueEntry();
  const { data, loading, error, refetch } = useQuery(InterfaceDetailDocument, { variables: { id } });
  const [remove, removing] = useMutation(DeleteInterfaceDocument, {
    refetchQueries: [InterfacesTableDocument],
  });
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [deleteError, setDeleteError] = useState<string | null>(null);
  const entry = data?.interface;
  // Only the organisation that registered an entry may change it (the API checks again).
  const canEdit = !!entry && canEditEntry(entry);
  const none = t('none');

  const confirmDelete = async () => {
    if (!entry) return;
    setDeleteError(null);
    try {
      await remove({ variables: { id: entry.id, version: entry.version } });
      void navigate('/snitflader');
    } catch (e) {
      setConfirming(false);
      setDeleteError(apiErrorMessage(e) ?? t('deleteFailed'));
    }
  };

  const systemLink = (usageId: string, name: string) => (
    <Anchor component={Link} to={`/systemer/${usageId}`}>
      {name}
    </Anchor>
  );

  return (
    <>
      <PageHeader
        title={entry?.name ?? t('loadingTitle')}
        description={entry?.description || undefined}
        actions={
          canEdit && (
            <Group gap="xs">
              <Button onClick={() => setEditing(true)}>{t('form.edit')}</Button>
              <Button variant="default" color="red" onClick={() => setConfirming(true)}>
                {t('delete')}
              </Button>
            </Group>
          )
        }
      />
      <Anchor component={Link} to="/snitflader" mb="md" display="inline-block">
        {t('back')}
      </Anchor>
      <QueryState
        loading={loading && !entry}
        error={error}
        onRetry={() => void refetch()}
        loadingLabel={t('loadingOne')}
      >
        {entry && (
          <Stack gap="xl">
            {deleteError && (
              <Alert color="red" role="alert" title={t('deleteRefused')}>
                {deleteError}
              </Alert>
            )}
            <Paper withBorder p="md" component="section" aria-label={t('facts')}>
              <SimpleGrid cols={{ base: 1, sm: 2 }} component="dl" m={0}>
                <Fact label={t('columns.provider')}>
                  {entry.providerUsageId && entry.providerSystemName
                    ? systemLink(entry.providerUsageId, entry.providerSystemName)
                    : (entry.providerSystemName ?? none)}
                </Fact>
                <Fact label={t('columns.protocol')}>{entry.protocol ?? none}</Fact>
                <Fact label={t('columns.data')}>{entry.dataDescription || none}</Fact>
                <Fact label={t('common:payload.dataTypes')}>
                  {payloadText(entry) || t('common:payload.undeclared')}
                </Fact>
                <Fact label={t('columns.visibility')}>
                  {t(`visibility.${entry.visibility}`)}
                  {!entry.ownerOrganisationId && ` – ${t('national')}`}
                </Fact>
              </SimpleGrid>
            </Paper>
            <SectionTable
              id="interface-used-by"
              title={t('usedByTitle', { organisation: organisation?.name ?? '' })}
              empty={t('notUsed')}
              headers={[
                t('systems:detail.fromSystem'),
                t('systems:detail.toSystem'),
                t('systems:detail.data'),
                t('systems:detail.direction'),
                t('systems:edges.frequency'),
              ]}
              rows={entry.usedBy.map((i) => ({
                key: i.id,
                cells: [
                  systemLink(i.fromUsageId, i.fromUsageName),
                  systemLink(i.toUsageId, i.toUsageName),
                  i.data,
                  t(`systems:detail.directionValue.${i.direction}`),
                  i.frequency,
                ],
              }))}
            />
            <Modal
              closeButtonProps={{ 'aria-label': t('form.close') }}
              opened={editing}
              onClose={() => setEditing(false)}
              size="lg"
              title={t('form.editNamed', { name: entry.name })}
            >
              {editing && <InterfaceForm entry={entry} onDone={() => setEditing(false)} />}
            </Modal>
            <Modal
              closeButtonProps={{ 'aria-label': t('form.close') }}
              opened={confirming}
              onClose={() => setConfirming(false)}
              title={t('deleteNamed', { name: entry.name })}
            >
              <Stack gap="md">
                <Text>{t('deleteConfirm')}</Text>
                <Group justify="flex-end">
                  <Button variant="default" onClick={() => setConfirming(false)}>
                    {t('form.cancel')}
                  </Button>
                  <Button color="red" loading={removing.loading} onClick={() => void confirmDelete()}>
                    {t('delete')}
                  </Button>
                </Group>
              </Stack>
            </Modal>
          </Stack>
        )}
      </QueryState>
    </>
  );
}
