import { useQuery } from '@apollo/client/react';
import { Anchor, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { GatePanel } from '../features/projects/components/GatePanel';
import { ProjectFacts } from '../features/projects/components/ProjectFacts';
import { ProjectHistory } from '../features/projects/components/ProjectHistory';
import { ProjectDetailDocument } from '../features/projects/graphql/project.documents';
import { PageHeader } from '../ui/PageHeader';
import { QueryState } from '../ui/QueryState';

export function ProjectDetailPage() {
  const { t } = useTranslation('portfolio');
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(ProjectDetailDocument, { variables: { id } });
  const project = data?.project;
  const phaseNames = new Map((data?.projectPhases ?? []).map((p) => [p.key, p.name]));
  return (
    <>
      <Anchor component={Link} to="/portefolje" size="sm">
        {t('detail.back')}
      </Anchor>
      <PageHeader
        title={project?.name ?? t('detail.title')}
        description={project?.description || undefined}
      />
      <QueryState
        loading={loading && !project}
        error={error}
        onRetry={() => void refetch()}
        loadingLabel={t('detail.loading')}
      >
        {project && (
          <Stack gap="lg">
            <GatePanel project={project} phaseNames={phaseNames} />
            <ProjectFacts project={project} phaseNames={phaseNames} />
            <ProjectHistory project={project} phaseNames={phaseNames} />
          </Stack>
        )}
      </QueryState>
    </>
  );
}
