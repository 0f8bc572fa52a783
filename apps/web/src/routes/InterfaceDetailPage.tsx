import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Anchor, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useViewer } from '../app/useViewer';
import { InterfaceFacts } from '../features/interfaces/components/InterfaceFacts';
import { InterfaceForm } from '../features/interfaces/components/InterfaceForm';
import { InterfaceUsedBy } from '../features/interfaces/components/InterfaceUsedBy';
import {
  DeleteInterfaceDocument,
  InterfaceDetailDocument,
  InterfacesTableDocument,
} from '../features/interfaces/graphql/interfaces.documents';
import { useCanEditCatalogueEntry } from '../app/useCanEditLandscape';
import { apiErrorMessage } from '../ui/error-message';
import { PageHeader } from '../ui/PageHeader';
import { QueryState } from '../ui/QueryState';

export function InterfaceDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('interfaces');
  const navigate = useNavigate();
  const { organisation } = useViewer();
  const canEditEntry = useCanEditCatalogueEntry();
  const { data, loading, error, refetch } = useQuery(InterfaceDetailDocument, { variables: { id } });
  const [remove, removing] = useMutation(DeleteInterfaceDocument, {
    // The deleted interface leaves the catalogue's list.
    refetchQueries: [InterfacesTableDocument],
  });
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [deleteError, setDeleteError] = useState<string | null>(null);
  const entry = data?.interface;
  // Only the organisation that registered an entry may change it (the API checks again).
  const canEdit = !!entry && canEditEntry(entry);

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
            <InterfaceFacts entry={entry} />
            <InterfaceUsedBy entry={entry} organisationName={organisation?.name ?? ''} />
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
