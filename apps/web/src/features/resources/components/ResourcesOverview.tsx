import { useQuery } from '@apollo/client/react';
import { Card, Stack, Title } from '@mantine/core';
import { canManageResources } from '@overblik/domain';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../../ui/QueryState';
import { ResourceHeatmap } from './ResourceHeatmap';
import { useCan } from '../../../app/useActor';
import { ResourcesDocument } from '../graphql/resources.documents';
import { AllocationsPanel } from './AllocationsPanel';
import { CompetenciesPanel } from './CompetenciesPanel';
import { DemandPanel } from './DemandPanel';
import { PeoplePanel } from './PeoplePanel';

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Card withBorder component="section" aria-labelledby={id}>
      <Stack gap="sm">
        <Title order={2} size="h3" id={id}>
          {title}
        </Title>
        {children}
      </Stack>
    </Card>
  );
}

/** Resources: the load heat map, people, allocations, project demand and competencies. */
export function ResourcesOverview() {
  const { t } = useTranslation('resources');
  const canManage = useCan(canManageResources);
  const { data, loading, error, refetch } = useQuery(ResourcesDocument);
  return (
    <Stack gap="lg">
      <Section id="resources-load" title={t('load.title')}>
        <ResourceHeatmap />
      </Section>
      <QueryState
        loading={loading && !data}
        error={error}
        onRetry={() => void refetch()}
        loadingLabel={t('loading')}
      >
        {data && (
          <>
            <Section id="resources-people" title={t('people.title')}>
              <PeoplePanel
                people={data.people}
                units={data.units}
                competencies={data.competencies}
                canEdit={canManage}
              />
            </Section>
            <Section id="resources-allocations" title={t('allocations.title')}>
              <AllocationsPanel
                people={data.people}
                competencies={data.competencies}
                today={data.contractToday}
                canEdit={canManage}
              />
            </Section>
            <Section id="resources-demand" title={t('demand.title')}>
              <DemandPanel competencies={data.competencies} today={data.contractToday} canEdit={canManage} />
            </Section>
            <Section id="resources-competencies" title={t('competencies.title')}>
              <CompetenciesPanel competencies={data.competencies} canEdit={canManage} />
            </Section>
          </>
        )}
      </QueryState>
    </Stack>
  );
}
