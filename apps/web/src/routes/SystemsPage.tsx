import { Button, Modal } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useViewer } from '../app/useViewer';
import { CreateSystemUsageForm } from '../features/systems/components/CreateSystemUsageForm';
import { SystemsTable } from '../features/systems/components/SystemsTable';
import { useCanEditLandscape } from '../app/useCanEditLandscape';
import { useAllSystemUsages } from '../features/systems/hooks/useAllSystemUsages';
import { PageHeader } from '../ui/PageHeader';
import { QueryState } from '../ui/QueryState';

export function SystemsPage() {
  const { t } = useTranslation('systems');
  const { organisation } = useViewer();
  const { rows, totalCount, loading, error, refetch } = useAllSystemUsages();
  const canEdit = useCanEditLandscape();
  const navigate = useNavigate();
  const [creating, setCreating] = useState(false);

  return (
    <>
      <PageHeader
        title={t('title')}
        description={t('description')}
        actions={canEdit && <Button onClick={() => setCreating(true)}>{t('create.open')}</Button>}
      />
      <Modal
        closeButtonProps={{ 'aria-label': t('dialogClose') }}
        opened={creating}
        onClose={() => setCreating(false)}
        title={t('create.title')}
        size="lg"
      >
        <CreateSystemUsageForm onCreated={(id) => void navigate(`/systemer/${id}`)} />
      </Modal>
      <QueryState
        loading={loading}
        error={error}
        onRetry={() => void refetch()}
        empty={totalCount === 0}
        loadingLabel={t('loading')}
        emptyText={t('empty')}
      >
        <SystemsTable rows={rows} caption={t('tableCaption', { organisation: organisation?.name ?? '' })} />
      </QueryState>
    </>
  );
}
