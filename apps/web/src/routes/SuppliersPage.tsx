import { useQuery } from '@apollo/client/react';
import { Alert, Button, Modal, Stack } from '@mantine/core';
import { canKeepSuppliers } from '@overblik/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useCan } from '../app/useActor';
import { useViewer } from '../app/useViewer';
import { SupplierForm } from '../features/suppliers/components/SupplierForm';
import { SuppliersTable } from '../features/suppliers/components/SuppliersTable';
import { SuppliersListDocument } from '../features/suppliers/graphql/suppliers.documents';
import { PageHeader } from '../ui/PageHeader';
import { QueryState } from '../ui/QueryState';

const LIMIT = 500;

/** The supplier register: who delivers the organisation's systems, contracts and data sources. */
export function SuppliersPage() {
  const { t } = useTranslation(['suppliers', 'systems']);
  const { organisation } = useViewer();
  const { data, loading, error, refetch } = useQuery(SuppliersListDocument, { variables: { limit: LIMIT } });
  const canKeep = useCan(canKeepSuppliers);
  const navigate = useNavigate();
  const [creating, setCreating] = useState(false);
  const page = data?.suppliers;
  const items = page?.items ?? [];

  return (
    <>
      <PageHeader
        title={t('title')}
        description={t('description')}
        actions={canKeep && <Button onClick={() => setCreating(true)}>{t('form.create')}</Button>}
      />
      <Modal
        closeButtonProps={{ 'aria-label': t('form.close') }}
        opened={creating}
        onClose={() => setCreating(false)}
        title={t('form.create')}
      >
        {creating && (
          <SupplierForm
            onCancel={() => setCreating(false)}
            onDone={(id) => void navigate(`/leverandoerer/${id}`)}
          />
        )}
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
          <SuppliersTable
            rows={items}
            caption={t('tableCaption', { organisation: organisation?.name ?? '' })}
          />
        </Stack>
      </QueryState>
    </>
  );
}
