import { useQuery } from '@apollo/client/react';
import { Alert, Select, Stack, Tabs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useViewer } from '../../../app/useViewer';
import { QueryState } from '../../../ui/QueryState';
import { CONTRACTS_LIMIT, ContractsOverviewDocument } from '../graphql/contracts.documents';
import { ContractsTable } from './ContractsTable';
import { CostsByUnit } from './CostsByUnit';
import { ContractTimeline } from './ContractTimeline';
import { JointTenderView } from './JointTenderView';
import { StandardRequirementsPanel } from './StandardRequirementsPanel';

const WINDOWS = ['6', '12', '24', '36'];
const TABS = ['table', 'timeline', 'joint', 'requirements', 'costs'] as const;
/** Tabs that show the organisation's contracts (with the re-tender filter). */
const CONTRACT_TABS: readonly string[] = ['table', 'timeline'];

/**
 * The contracts area: overview table, timeline and joint-tender candidates. The re-tender filter
 * and the tab live in the URL so a filtered view can be shared and reopened.
 */
export function ContractsOverview() {
  const { t } = useTranslation('contracts');
  const { organisation } = useViewer();
  const [params, setParams] = useSearchParams();
  const within = params.get('genudbud');
  const tab = TABS.find((x) => x === params.get('visning')) ?? 'table';
  const { data, loading, error, refetch } = useQuery(ContractsOverviewDocument, {
    variables: {
      limit: CONTRACTS_LIMIT,
      filter: within && WINDOWS.includes(within) ? { retenderWithinMonths: Number(within) } : null,
    },
  });
  const page = data?.contracts;
  const items = page?.items ?? [];
  const setParam = (key: string, value: string | null) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(key, value);
        else next.delete(key);
        return next;
      },
      { replace: true },
    );

  return (
    <Tabs value={tab} onChange={(v) => setParam('visning', v === 'table' ? null : v)} keepMounted={false}>
      <Tabs.List mb="md">
        <Tabs.Tab value="table">{t('tabs.table')}</Tabs.Tab>
        <Tabs.Tab value="timeline">{t('tabs.timeline')}</Tabs.Tab>
        <Tabs.Tab value="joint">{t('tabs.joint')}</Tabs.Tab>
        <Tabs.Tab value="requirements">{t('tabs.requirements')}</Tabs.Tab>
        <Tabs.Tab value="costs">{t('tabs.costs')}</Tabs.Tab>
      </Tabs.List>
      {CONTRACT_TABS.includes(tab) && (
        <Select
          mb="md"
          w={320}
          label={t('filter.retender')}
          value={within && WINDOWS.includes(within) ? within : ''}
          onChange={(v) => setParam('genudbud', v || null)}
          allowDeselect={false}
          data={[
            { value: '', label: t('filter.all') },
            ...WINDOWS.map((m) => ({ value: m, label: t('filter.months', { count: Number(m) }) })),
          ]}
        />
      )}
      <Tabs.Panel value="joint">
        <JointTenderView />
      </Tabs.Panel>
      <Tabs.Panel value="requirements">
        <StandardRequirementsPanel />
      </Tabs.Panel>
      <Tabs.Panel value="costs">
        <CostsByUnit />
      </Tabs.Panel>
      {CONTRACT_TABS.includes(tab) && (
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
              <Alert color="yellow">{t('limited', { shown: items.length, total: page.totalCount })}</Alert>
            )}
            <Tabs.Panel value="table">
              <ContractsTable
                rows={items}
                caption={t('tableCaption', { organisation: organisation?.name ?? '' })}
              />
            </Tabs.Panel>
            <Tabs.Panel value="timeline">
              <ContractTimeline rows={items} units={data?.units ?? []} today={data?.contractToday ?? ''} />
            </Tabs.Panel>
          </Stack>
        </QueryState>
      )}
    </Tabs>
  );
}
