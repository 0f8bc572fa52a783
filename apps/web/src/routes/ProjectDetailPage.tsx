import { useQuery } from '@apollo/client/react';
import { Anchor, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ExternalReferencesSection } from '../features/references/components/ExternalReferencesSection';
import { ArtefactsSection } from '../features/projects/components/ArtefactsSection';
import { ProjectBenefitsSection } from '../features/benefits/ProjectBenefitsSection';
import { BusinessCaseEditor } from '../features/projects/components/BusinessCaseEditor';
import { GatePanel } from '../features/projects/components/GatePanel';
import { ProjectActions } from '../features/projects/components/ProjectActions';
import { ProjectDependencies } from '../features/projects/components/ProjectDependencies';
import { ProjectFacts } from '../features/projects/components/ProjectFacts';
import { ProjectHistory } from '../features/projects/components/ProjectHistory';
import { ProjectTeamSection } from '../features/projects/components/ProjectTeamSection';
import { ProjectPrioritisation } from '../features/portfolio/components/ProjectPrioritisation';
import { RelatedProjects } from '../features/portfolio/components/RelatedProjects';
import { StatusReportsSection } from '../features/projects/components/StatusReportsSection';
import { RequirementChecklist } from '../features/contracts/components/RequirementChecklist';
import { ProjectDetailDocument } from '../features/projects/graphql/project.documents';
import { PageHeader } from '../ui/PageHeader';
import { QueryState } from '../ui/QueryState';
import { ChangeHistory } from '../features/history/components/ChangeHistory';
import { RecordTabs } from '../ui/RecordTabs';

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
        actions={
          project && <ProjectActions project={project} firstPhaseKey={data?.projectPhases[0]?.key ?? null} />
        }
      />
      <QueryState
        loading={loading && !project}
        error={error}
        onRetry={() => void refetch()}
        loadingLabel={t('detail.loading')}
      >
        {project && (
          <RecordTabs history={<ChangeHistory entity="PROJECT" id={project.id} ownType="Project" />}>
            <Stack gap="lg">
              <GatePanel project={project} phaseNames={phaseNames} />
              <ArtefactsSection project={project} />
              <ProjectFacts project={project} phaseNames={phaseNames} />
              <ProjectTeamSection project={project} />
              <ProjectDependencies project={project} />
              <StatusReportsSection project={project} />
              <BusinessCaseEditor project={project} />
              <ProjectPrioritisation projectId={project.id} />
              <RelatedProjects projectId={project.id} />
              <ProjectHistory project={project} phaseNames={phaseNames} />
              <ProjectBenefitsSection projectId={project.id} />
              <RequirementChecklist projectId={project.id} />
              <ExternalReferencesSection subject="PROJECT" subjectId={project.id} />
            </Stack>
          </RecordTabs>
        )}
      </QueryState>
    </>
  );
}
