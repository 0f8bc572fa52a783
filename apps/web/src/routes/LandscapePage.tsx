import { useQuery } from '@apollo/client/react';
import { Stack, Tabs, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { CopyRegisterExitView } from '../features/landscape/components/CopyRegisterExitView';
import { LandscapeGraphView } from '../features/landscape/components/LandscapeGraphView';
import { LandscapeTableView } from '../features/landscape/components/LandscapeTableView';
import { LifecycleConflictsView } from '../features/landscape/components/LifecycleConflictsView';
import { LifecycleSummary } from '../features/landscape/components/LifecycleSummary';
import { NeighbourhoodView } from '../features/landscape/components/NeighbourhoodView';
import { OverlapView } from '../features/landscape/components/OverlapView';
import { LandscapeGraphDocument } from '../features/landscape/graphql/landscape.documents';
import { PageHeader } from '../ui/PageHeader';
import { QueryState } from '../ui/QueryState';

const TABS = ['graf', 'tabel', 'naboskab', 'kopiregistre', 'overlap', 'konflikter'] as const;
type Tab = (typeof TABS)[number];

export function LandscapePage() {
  const { t } = useTranslation('landscape');
  const [params, setParams] = useSearchParams();
  const tab: Tab = TABS.includes(params.get('visning') as Tab) ? (params.get('visning') as Tab) : 'graf';
  const selectedId = params.get('fokus');
  // Not normalised into the cache: thousands of nodes and edges cost seconds to write there, and
  // nothing else reads them from it (the server caches the graph per data version instead).
  const { data, loading, error, refetch } = useQuery(LandscapeGraphDocument, { fetchPolicy: 'no-cache' });
  const graph = data?.landscapeGraph;

  const update = (changes: Record<string, string | null>) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        for (const [key, value] of Object.entries(changes)) {
          if (value) next.set(key, value);
          else next.delete(key);
        }
        return next;
      },
      { replace: true },
    );

  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
      <QueryState
        loading={loading && !graph}
        error={error}
        onRetry={() => void refetch()}
        empty={graph?.nodes.length === 0}
        loadingLabel={t('loading')}
        emptyText={t('empty')}
      >
        {graph && (
          <Stack gap="lg">
            <LifecycleSummary nodes={graph.nodes} />
            <Tabs
              value={tab}
              onChange={(value) => update({ visning: value === 'graf' ? null : value })}
              keepMounted={false}
            >
              <Tabs.List>
                {TABS.map((key) => (
                  <Tabs.Tab key={key} value={key}>
                    {t(`tabs.${key}`)}
                  </Tabs.Tab>
                ))}
              </Tabs.List>
              <Tabs.Panel value="graf" pt="md">
                <LandscapeGraphView
                  organisationId={graph.organisationId}
                  nodes={graph.nodes}
                  edges={graph.edges}
                  selectedId={selectedId}
                  onSelect={(id) => update({ fokus: id })}
                  onNeighbourhood={(id) => update({ visning: 'naboskab', fokus: id })}
                />
              </Tabs.Panel>
              <Tabs.Panel value="tabel" pt="md">
                <LandscapeTableView nodes={graph.nodes} edges={graph.edges} />
              </Tabs.Panel>
              <Tabs.Panel value="naboskab" pt="md">
                {selectedId ? (
                  <NeighbourhoodView rootId={selectedId} />
                ) : (
                  <Text>{t('neighbourhood.choose')}</Text>
                )}
              </Tabs.Panel>
              <Tabs.Panel value="kopiregistre" pt="md">
                <CopyRegisterExitView />
              </Tabs.Panel>
              <Tabs.Panel value="overlap" pt="md">
                <OverlapView />
              </Tabs.Panel>
              <Tabs.Panel value="konflikter" pt="md">
                <LifecycleConflictsView />
              </Tabs.Panel>
            </Tabs>
          </Stack>
        )}
      </QueryState>
    </>
  );
}
