import { useQuery } from '@apollo/client/react';
import { Alert, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useViewer } from '../app/useViewer';
import { DataSourcesTable } from '../features/data-sources/components/DataSourcesTable';
import { DataSourcesTableDocument } from '../features/data-sources/graphql/data-sources.documents';
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
  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
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
          />
        </Stack>
      </QueryState>
    </>
  );
}
