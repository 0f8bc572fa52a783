import { useQuery } from '@apollo/client/react';
import { Anchor, Stack, Tabs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ExternalReferencesSection } from '../features/references/components/ExternalReferencesSection';
import { DataSourceFacts } from '../features/data-sources/components/DataSourceFacts';
import { DataSourceDetailDocument } from '../features/data-sources/graphql/data-source-detail.documents';
import { ChangeHistory } from '../features/history/components/ChangeHistory';
import { PageHeader } from '../ui/PageHeader';
import { QueryState } from '../ui/QueryState';

/** One data source: its basics and its history, one tab each (more tabs join as the page grows). */
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
          <Tabs defaultValue="basics" keepMounted={false}>
            <Tabs.List mb="md">
              <Tabs.Tab value="basics">{t('detail.basics')}</Tabs.Tab>
              <Tabs.Tab value="history">{t('detail.history')}</Tabs.Tab>
            </Tabs.List>
            <Tabs.Panel value="basics">
              <Stack gap="xl">
                <DataSourceFacts source={source} />
                <ExternalReferencesSection subject="DATA_SOURCE" subjectId={source.id} />
              </Stack>
            </Tabs.Panel>
            <Tabs.Panel value="history">
              <ChangeHistory entity="DATA_SOURCE" id={source.id} ownType="DataSource" />
            </Tabs.Panel>
          </Tabs>
        )}
      </QueryState>
    </>
  );
}
