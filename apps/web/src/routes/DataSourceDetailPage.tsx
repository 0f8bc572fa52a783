import { useQuery } from '@apollo/client/react';
import { Anchor, SimpleGrid, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ExternalReferencesSection } from '../features/references/components/ExternalReferencesSection';
import { DataSourceAuthority } from '../features/data-sources/components/DataSourceAuthority';
import { DataSourceCost } from '../features/data-sources/components/DataSourceCost';
import { DataSourceExitPlan } from '../features/data-sources/components/DataSourceExitPlan';
import { DataSourceFacts } from '../features/data-sources/components/DataSourceFacts';
import { DataSourceReaders } from '../features/data-sources/components/DataSourceReaders';
import { DataSourceTouching } from '../features/data-sources/components/DataSourceTouching';
import { DataSourceDetailDocument } from '../features/data-sources/graphql/data-source-detail.documents';
import { ChangeHistory } from '../features/history/components/ChangeHistory';
import { PageHeader } from '../ui/PageHeader';
import { QueryState } from '../ui/QueryState';
import { RecordTabs } from '../ui/RecordTabs';

/**
 * One data source as its system owner or architect reads it: facts, cost, authoritative or copy, who
 * reads it, the exit plan, the contracts and projects touching it, references; history in its own tab.
 */
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
              <SimpleGrid cols={{ base: 1, md: 2, xl: 3 }}>
                <DataSourceFacts source={source} />
                <DataSourceCost source={source} />
                <DataSourceAuthority source={source} />
              </SimpleGrid>
              <DataSourceReaders profile={source.profile} />
              <DataSourceExitPlan source={source} />
              <DataSourceTouching profile={source.profile} />
              <ExternalReferencesSection subject="DATA_SOURCE" subjectId={source.id} />
            </Stack>
          </RecordTabs>
        )}
      </QueryState>
    </>
  );
}
