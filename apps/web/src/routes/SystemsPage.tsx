import { useTranslation } from 'react-i18next';
import { useViewer } from '../app/useViewer';
import { SystemsTable } from '../features/systems/components/SystemsTable';
import { useAllSystemUsages } from '../features/systems/hooks/useAllSystemUsages';
import { PageHeader } from '../ui/PageHeader';
import { QueryState } from '../ui/QueryState';

export function SystemsPage() {
  const { t } = useTranslation('systems');
  const { organisation } = useViewer();
  const { rows, totalCount, loading, error, refetch } = useAllSystemUsages();

  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
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
