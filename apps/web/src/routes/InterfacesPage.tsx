import { useQuery } from '@apollo/client/react';
import { Alert, Button, Modal, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useViewer } from '../app/useViewer';
import { InterfaceForm } from '../features/interfaces/components/InterfaceForm';
import { InterfacesTable } from '../features/interfaces/components/InterfacesTable';
import { InterfacesTableDocument } from '../features/interfaces/graphql/interfaces.documents';
import { useCanEditLandscape } from '../app/useCanEditLandscape';
import { PageHeader } from '../ui/PageHeader';
import { QueryState } from '../ui/QueryState';

const LIMIT = 500;

export function InterfacesPage() {
  const { t } = useTranslation(['interfaces', 'systems']);
  const { organisation } = useViewer();
  const { data, loading, error, refetch } = useQuery(InterfacesTableDocument, {
    variables: { limit: LIMIT },
  });
  const page = data?.interfaces;
  const items = page?.items ?? [];
  const canEdit = useCanEditLandscape();
  const [creating, setCreating] = useState(false);
  return (
    <>
      <PageHeader
        title={t('title')}
        description={t('description')}
        actions={canEdit && <Button onClick={() => setCreating(true)}>{t('form.create')}</Button>}
      />
      <Modal
        closeButtonProps={{ 'aria-label': t('form.close') }}
        opened={creating}
        onClose={() => setCreating(false)}
        size="lg"
        title={t('form.create')}
      >
        {creating && <InterfaceForm onDone={() => setCreating(false)} />}
      </Modal>
      <QueryState
        loading={loading && !page}
        error={error}
        onRetry={() => void refetch()}
        empty={items.length === 0}
        loadingLabel={t('loading')}
        emptyText={canEdit ? t('emptyCanCreate') : t('empty')}
      >
        <Stack gap="sm">
          {page && page.totalCount > items.length && (
            <Alert color="yellow">
              {t('systems:table.limited', { shown: items.length, total: page.totalCount })}
            </Alert>
          )}
          <InterfacesTable
            rows={items}
            caption={t('tableCaption', { organisation: organisation?.name ?? '' })}
          />
        </Stack>
      </QueryState>
    </>
  );
}
