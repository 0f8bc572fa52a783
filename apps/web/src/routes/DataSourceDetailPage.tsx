import { useQuery } from '@apollo/client/react';
import { Anchor, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ExternalReferencesSection } from '../features/references/components/ExternalReferencesSection';
import { DataSourceFacts } from '../features/data-sources/components/DataSourceFacts';
import { DataSourceDetailDocument } from '../features/data-sources/graphql/data-source-detail.documents';
import { ChangeHistory } from '../features/history/components/ChangeHistory';
import { PageHeader } from '../ui/PageHeader';
import { QueryState } from '../ui/QueryState';
import { RecordTabs } from '../ui/RecordTabs';

/** One data source: its facts and references, and its history in a tab of its own. */
export function DataSourceDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('dataSources');
  const { data, loading, error, refetch } = useQuery(DataSourceDetailDocument, { variables: { id } });
  const source = data?.dataSource;

  return (
    <>
      <PageHeader title={source?.name ?? t('loading')} description={source?.description || undefined} />
      <Anchor component={Link} to="/datakilder" mb="md" display="inline-block">
        {t('detail.back')}
      </Anchor>
      <QueryState
        loading={loading && !source}
        error={error}
        onRetry={() => void refetch()}
        loadingLabel={t('loading')}
      >
        {source && (
          <RecordTabs history={<ChangeHistory entity="DATA_SOURCE" id={source.id} ownType="DataSource" />}>
            <Stack gap="xl">
              <DataSourceFacts source={source} />
              <ExternalReferencesSection subject="DATA_SOURCE" subjectId={source.id} />
            </Stack>
          </RecordTabs>
        )}
      </QueryState>
    </>
  );
}
