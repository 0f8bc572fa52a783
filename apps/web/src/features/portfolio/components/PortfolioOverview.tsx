import { useQuery } from '@apollo/client/react';
import { Alert, Tabs } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../../ui/QueryState';
import { PORTFOLIO_LIMIT, PortfolioProjectsDocument } from '../graphql/portfolio.documents';
import { usePortfolioPermissions } from '../../../app/usePortfolioPermissions';
import { BoardCategoryFilter } from './BoardCategoryFilter';
import { ProjectsTable } from './ProjectsTable';
import { ProposalForm } from './ProposalForm';
import { RankingBoard } from './RankingBoard';
import { ScenarioBar } from './ScenarioBar';

function ProjectsTab() {
  const { t } = useTranslation('portfolio');
  const { data, loading, error, refetch } = useQuery(PortfolioProjectsDocument, {
    variables: { limit: PORTFOLIO_LIMIT },
  });
  const page = data?.projects;
  const phaseNames = new Map((data?.projectPhases ?? []).map((p) => [p.key, p.name]));
  return (
    <QueryState
      loading={loading && !page}
      error={error}
      onRetry={() => void refetch()}
      empty={page?.items.length === 0}
      loadingLabel={t('overview.loading')}
      emptyText={t('overview.empty')}
    >
      {page && page.totalCount > page.items.length && (
        <Alert color="yellow">
          {t('overview.limited', { shown: page.items.length, total: page.totalCount })}
        </Alert>
      )}
      <ProjectsTable rows={page?.items ?? []} phaseNames={phaseNames} />
    </QueryState>
  );
}

/**
 * The portfolio area: overview, the ranking board with scenarios, a new proposal, resources.
 * The resources tab is passed in by the route: the heatmap belongs to the resources feature.
 */
export function PortfolioOverview({ resources }: { resources: ReactNode }) {
  const { t } = useTranslation('portfolio');
  const { canPropose } = usePortfolioPermissions();
  const [scenarioId, setScenarioId] = useState<string | null>(null);
  const [categoryId, setCategoryId] = useState<string | null>(null);
  return (
    <Tabs defaultValue="projects" keepMounted={false}>
      <Tabs.List mb="md">
        <Tabs.Tab value="projects">{t('tabs.projects')}</Tabs.Tab>
        <Tabs.Tab value="board">{t('tabs.board')}</Tabs.Tab>
        {canPropose && <Tabs.Tab value="proposal">{t('tabs.proposal')}</Tabs.Tab>}
        <Tabs.Tab value="resources">{t('tabs.resources')}</Tabs.Tab>
      </Tabs.List>
      <Tabs.Panel value="projects">
        <ProjectsTab />
      </Tabs.Panel>
      <Tabs.Panel value="board">
        <ScenarioBar scenarioId={scenarioId} onChange={setScenarioId} />
        <BoardCategoryFilter value={categoryId} onChange={setCategoryId} />
        <RankingBoard scenarioId={scenarioId} categoryId={categoryId} />
      </Tabs.Panel>
      {canPropose && (
        <Tabs.Panel value="proposal">
          <ProposalForm />
        </Tabs.Panel>
      )}
      <Tabs.Panel value="resources">{resources}</Tabs.Panel>
    </Tabs>
  );
}
