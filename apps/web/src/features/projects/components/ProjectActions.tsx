import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Group, Select } from '@mantine/core';
import {
  canAppointProjectLead,
  isDeletableProject,
  lifecycleActionsFor,
  type ProjectLifecycleAction,
} from '@overblik/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useActor, useCan } from '../../../app/useActor';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import { useErrorMessage } from '../../../ui/useErrorMessage';
import { AppointProjectLeadDocument, ProjectFormOptionsDocument } from '../graphql/project-form.documents';
import { useProjectKeeper } from '../hooks/useProjectKeeper';
import { DeleteProjectDialog } from './DeleteProjectDialog';
import { LifecycleDecisionDialog } from './LifecycleDecisionDialog';
import { ProjectFormModal } from './ProjectFormModal';

export const ProjectActions_project = graphql(`
  fragment ProjectActions_project on Project {
    id
    version
    name
    phase
    status
    owner {
      id
    }
    lead {
      id
    }
    proposals {
      id
      status
    }
    ...ProjectForm_project
  }
`);

/**
 * The project page's actions: edit every field (coordinators, or the project's own owner or lead),
 * appoint the lead of an approved proposal (the steering group or the coordinator), the board's
 * pause, resume and stop, and deleting an idea or a rejected project.
 */
export function ProjectActions({
  project: ref,
  firstPhaseKey,
}: {
  project: FragmentType<typeof ProjectActions_project>;
  /** The first phase of the organisation's project model: a project there is still an idea. */
  firstPhaseKey: string | null;
}) {
  const project = getFragmentData(ProjectActions_project, ref);
  const { t } = useTranslation('portfolio');
  const { canEditRecords } = useProjectKeeper(project);
  const mayAppoint = useCan(canAppointProjectLead);
  const decisions = lifecycleActionsFor(project.status, useActor().roles);
  const mayDelete = canEditRecords && firstPhaseKey !== null && isDeletableProject(project, firstPhaseKey);
  const [editing, setEditing] = useState(false);
  const [appointing, setAppointing] = useState(false);
  const [deciding, setDeciding] = useState<ProjectLifecycleAction | null>(null);
  const [deleting, setDeleting] = useState(false);
  // Proposals come oldest first; the lead is appointed once the latest one is approved.
  const approved = project.proposals.at(-1)?.status === 'APPROVED';
  return (
    <Group gap="xs">
      {canEditRecords && (
        <Button variant="default" onClick={() => setEditing(true)}>
          {t('form.edit')}
        </Button>
      )}
      {mayAppoint && approved && !appointing && (
        <Button variant="default" onClick={() => setAppointing(true)}>
          {t('form.appointLead')}
        </Button>
      )}
      {appointing && (
        <AppointLeadForm
          projectId={project.id}
          version={project.version}
          current={project.lead?.id ?? null}
          onDone={() => setAppointing(false)}
        />
      )}
      {decisions.map((action) => (
        <Button
          key={action}
          variant="default"
          color={action === 'STOP' ? 'red' : undefined}
          onClick={() => setDeciding(action)}
        >
          {t(`lifecycle.action.${action}`)}
        </Button>
      ))}
      {mayDelete && (
        <Button variant="default" color="red" onClick={() => setDeleting(true)}>
          {t('lifecycle.delete')}
        </Button>
      )}
      {editing && <ProjectFormModal project={project} onClose={() => setEditing(false)} />}
      {deciding && (
        <LifecycleDecisionDialog project={project} action={deciding} onClose={() => setDeciding(null)} />
      )}
      {deleting && <DeleteProjectDialog project={project} onClose={() => setDeleting(false)} />}
    </Group>
  );
}

function AppointLeadForm({
  projectId,
  version,
  current,
  onDone,
}: {
  projectId: string;
  version: number;
  current: string | null;
  onDone: () => void;
}) {
  const { t } = useTranslation('portfolio');
  const describeError = useErrorMessage();
  const options = useQuery(ProjectFormOptionsDocument);
  const [leadUserId, setLeadUserId] = useState<string | null>(current);
  const [appoint, { loading, error }] = useMutation(AppointProjectLeadDocument);
  const people = (options.data?.members ?? []).map((m) => ({ value: m.user.id, label: m.user.name }));
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        if (!leadUserId) return;
        void appoint({ variables: { projectId, leadUserId, version } })
          .then(onDone)
          .catch(() => undefined);
      }}
    >
      <Group gap="xs" align="flex-end">
        <Select
          label={t('form.leadToAppoint')}
          data={people}
          value={leadUserId}
          searchable
          allowDeselect={false}
          onChange={setLeadUserId}
        />
        <Button type="submit" loading={loading} disabled={!leadUserId}>
          {t('form.appoint')}
        </Button>
        <Button variant="subtle" onClick={onDone}>
          {t('form.cancel')}
        </Button>
      </Group>
      {error && (
        <Alert color="red" role="alert" mt="xs">
          {describeError(error)}
        </Alert>
      )}
    </form>
  );
}
