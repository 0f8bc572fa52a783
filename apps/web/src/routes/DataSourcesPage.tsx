import { useQuery } from '@apollo/client/react';
import { Alert, Button, Modal, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useViewer } from '../app/useViewer';
import { DataSourceForm } from '../features/data-sources/components/DataSourceForm';
import { DataSourcesTable } from '../features/data-sources/components/DataSourcesTable';
import { DataSourcesTableDocument } from '../features/data-sources/graphql/data-sources.documents';
import { useCanEditCatalogueEntry, useCanEditLandscape } from '../app/useCanEditLandscape';
import { PageHeader } from '../ui/PageHeader';
import { QueryState } from '../ui/QueryState';

const LIMIT = 500;

export function DataSourcesPage() {
  const { t } = useTranslation(['dataSources', 'systems']);
  const { organisation } = useViewer();
  const { data, loading, error, refetch } = useQuery(DataSourcesTableDocument, {
    variables: { limit: LIMIT },
  });
  const page = data?.dataSources;
  const items = page?.items ?? [];
  const canEdit = useCanEditLandscape();
  const canEditEntry = useCanEditCatalogueEntry();
  // null: closed; 'new': create; an id: edit that source (read from the list, so it stays current).
  const [editing, setEditing] = useState<string | null>(null);
  const close = () => setEditing(null);
  const edited = items.find((s) => s.id === editing);
  return (
    <>
      <PageHeader
        title={t('title')}
        description={t('description')}
        actions={canEdit && <Button onClick={() => setEditing('new')}>{t('form.create')}</Button>}
      />
      <Modal
        closeButtonProps={{ 'aria-label': t('form.close') }}
        opened={editing !== null}
        onClose={close}
        size="lg"
        title={edited ? t('form.editNamed', { name: edited.name }) : t('form.create')}
      >
        {editing !== null && <DataSourceForm source={edited} sources={items} onDone={close} />}
      </Modal>
      <QueryState
        loading={loading && !page}
        error={error}
        onRetry={() => void refetch()}
        empty={items.length === 0}
        loadingLabel={t('loading')}
        emptyText={t('empty')}
      >
        <Stack gap="sm">
          {page && page.totalCount > items.length && (
            <Alert color="yellow">
              {t('systems:table.limited', { shown: items.length, total: page.totalCount })}
            </Alert>
          )}
          <DataSourcesTable
            rows={items}
            caption={t('tableCaption', { organisation: organisation?.name ?? '' })}
            onEdit={(row) => setEditing(row.id)}
            canEdit={canEditEntry}
          />
        </Stack>
      </QueryState>
    </>
  );
}
